package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/people"
)

// TestLexiconListsBalticCroatian: the reader of lang.go gives a quote its
// speaker with lexicon's Croatian list (also read for Serbian and
// Bosnian): the perfect after the quotation ("rekao je" + name), its
// Cyrillic form and the Bosnian "kazao je"; the auxiliary before the
// participle, out of the subject ("Ana Horvat je izjavila da"); and with
// its Latvian and Lithuanian lists, the past after the quotation
// ("sacīja" + name, ", – sakė" + name). The text is analysed with the
// English people rules, as package people has no word lists of these
// languages (so analysis gives them no language yet).
func TestLexiconListsBalticCroatian(t *testing.T) {
	tests := []struct {
		lang, text, want string
	}{
		{"hr", "Vijeće je u srijedu usvojilo proračun.\n\n„Ovo je dobar dan za grad”, rekao je Dario Vrbanić, predsjednik vijeća.", "Dario Vrbanić"},
		{"hr", "„Radovi kasne dva mjeseca”, izjavila je Snježana Kolarić u ponedjeljak.", "Snježana Kolarić"},
		{"hr", "Ana Horvat je izjavila da će most biti gotov do zime.", "Ana Horvat"},
		{"sr", "„Пут ће бити готов до зиме”, рекао је Милан Јовичић.", "Милан Јовичић"},
		{"bs", "„Cijene će pasti”, kazao je Edin Hodžić.", "Edin Hodžić"},
		{"lv", "„Šis ir labs gads ostai”, sacīja Kārlis Vītols.", "Kārlis Vītols"},
		{"lv", "„Mēs gaidām vairāk kuģu”, piebilda Ilze Zariņa.", "Ilze Zariņa"},
		{"lt", "„Tai gera diena uostui“, – sakė Jonas Petraitis.", "Jonas Petraitis"},
		{"lt", "„Laivų bus daugiau“, – pridūrė Rūta Kazlauskienė, uosto vadovė.", "Rūta Kazlauskienė"},
	}
	for _, tt := range tests {
		sp := lexicon.SpeechIn(tt.lang)
		if sp == nil {
			t.Fatalf("lexicon.SpeechIn(%q) = nil", tt.lang)
		}
		qs, _ := langExtract(people.Analyze(tt.text), sp)
		if len(qs) != 1 || qs[0].SpeakerMention != tt.want {
			t.Errorf("%s %q: quotes %+v, want one by %q", tt.lang, tt.text, qs, tt.want)
		}
	}
}
