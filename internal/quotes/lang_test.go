package quotes

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

func TestExtractLang(t *testing.T) {
	type want struct{ text, form, speaker string }
	tests := []struct {
		lang, text string
		want       []want
	}{
		{"de", "„Wir haben zehn Jahre gewartet“, sagte Bürgermeisterin Anna Schulz. „Das bringt Arbeitsplätze.“",
			[]want{{"Wir haben zehn Jahre gewartet", "direct", "Anna Schulz"}, {"Das bringt Arbeitsplätze.", "direct", "Anna Schulz"}}},
		{"de", "Finanzminister Thomas Becker sprach im Landtag. Becker erklärte: „Die Schulden sinken.“",
			[]want{{"Die Schulden sinken.", "direct", "Thomas Becker"}}},
		{"de", "Die Ministerin Julia von Hagen sagte, dass die Reform im Frühjahr kommen werde.",
			[]want{{"die Reform im Frühjahr kommen werde", "indirect", "Julia von Hagen"}}},
		// Rule reportedSubjunctive: no "dass", the subjunctive marks it;
		// a plain clause after a comma is no reported speech.
		{"de", "Der Oppositionsführer Peter Braun kritisierte, die Kosten seien viel zu hoch.",
			[]want{{"die Kosten seien viel zu hoch", "indirect", "Peter Braun"}}},
		{"de", "Peter Braun kritisierte, als die Sitzung begann.", nil},
		{"de", "Der Minister Thomas Becker sagte, die Reform würde im Frühjahr kommen.",
			[]want{{"die Reform würde im Frühjahr kommen", "indirect", "Thomas Becker"}}},
		{"fr", "« Nous attendions ce port depuis dix ans », a déclaré la maire Claire Martin.",
			[]want{{"Nous attendions ce port depuis dix ans", "direct", "Claire Martin"}}},
		{"fr", "Le ministre Pierre Dubois était à Lyon. « C'est une bonne nouvelle », a-t-il ajouté.",
			[]want{{"C'est une bonne nouvelle", "direct", "Pierre Dubois"}}},
		{"fr", "Selon l'Insee, le chômage a reculé au troisième trimestre.",
			[]want{{"le chômage a reculé au troisième trimestre", "indirect", "Insee"}}},
		{"fr", "Selon l’Insee, mille emplois seront créés.",
			[]want{{"mille emplois seront créés", "indirect", "Insee"}}},
		{"fr", "Le journal « Le Monde » a publié l'enquête.", nil},
		{"de", "Laut der Polizei wurden drei Menschen verletzt.",
			[]want{{"wurden drei Menschen verletzt", "indirect", "Polizei"}}},
		{"de", "Nach Angaben der Deutschen Bahn fielen viele Züge aus.",
			[]want{{"fielen viele Züge aus", "indirect", "Deutschen Bahn"}}},
		// Rule germanFiniteVerb: "will" after the source is its verb.
		{"de", "Nach Angaben von Marta Kölbel will der Kreis bis Ende März entscheiden.",
			[]want{{"will der Kreis bis Ende März entscheiden", "indirect", "Marta Kölbel"}}},
		{"nl", "Volgens het CBS steeg de werkloosheid flink.",
			[]want{{"steeg de werkloosheid flink", "indirect", "CBS"}}},
		// Rule deQue.
		{"es", "El ministro Carlos Ruiz informó de que el paro bajó en marzo.",
			[]want{{"el paro bajó en marzo", "indirect", "Carlos Ruiz"}}},
		// The verbs added with the i18n residue.
		{"fr", "« C'est une victoire », a réagi la présidente de l'Assemblée, Sophie Marchand.",
			[]want{{"C'est une victoire", "direct", "Sophie Marchand"}}},
		// Rule decimalComma: a decimal comma ends no source phrase.
		{"nl", "Volgens het CBS steeg de werkloosheid met 3,9 procent.",
			[]want{{"steeg de werkloosheid met 3,9 procent", "indirect", "CBS"}}},
		{"de", "Laut Polizei stieg die Zahl der Unfälle um 4,5 Prozent.",
			[]want{{"stieg die Zahl der Unfälle um 4,5 Prozent", "indirect", "Polizei"}}},
		// Rule definiteSource: a definite description speaks, as "the
		// police" does in English; an indefinite one does not.
		{"nl", "Volgens de politie raakten drie mensen gewond.",
			[]want{{"raakten drie mensen gewond", "indirect", "de politie"}}},
		{"fr", "Selon le gouvernement, le projet coûtera très cher.",
			[]want{{"le projet coûtera très cher", "indirect", "le gouvernement"}}},
		{"fr", "Selon une étude, la majorité des salariés veulent partir.",
			[]want{{"la majorité des salariés veulent partir", "indirect", ""}}},
		// Each language's own articles: French "des", "de" are indefinite
		// (German "des" and Dutch "de" are definite).
		{"fr", "Selon des pêcheurs du port, la digue cédera cet hiver.",
			[]want{{"la digue cédera cet hiver", "indirect", ""}}},
		{"pt", "Segundo a guarda costeira, o navio afundou de madrugada.",
			[]want{{"o navio afundou de madrugada", "indirect", "a guarda costeira"}}},
		{"fr", "Selon un sondage Ifop publié dimanche, la majorité des Français y sont opposés. « Ces chiffres sont connus », estime l'économiste Jean-Marc Lefort.",
			[]want{{"la majorité des Français y sont opposés", "indirect", "Ifop"}, {"Ces chiffres sont connus", "direct", "Jean-Marc Lefort"}}},
		{"es", "El ministro de Economía, Carlos Ruiz, habló.\n\n«Vamos a crear empleo», dijo Ruiz.",
			[]want{{"Vamos a crear empleo", "direct", "Carlos Ruiz"}}},
		{"it", "«Il ponte sarà pronto», ha detto il sindaco Marco Rossi. Il cantiere apre domani, secondo l'Anas.",
			[]want{{"Il ponte sarà pronto", "direct", "Marco Rossi"}, {"Il cantiere apre domani", "indirect", "Anas"}}},
		{"it", "«È una manovra seria», ha dichiarato il ministro dell'Economia Marco Ferretti.",
			[]want{{"È una manovra seria", "direct", "Marco Ferretti"}}},
		{"es", "«Es una medida de justicia social», aseguró la vicepresidenta segunda, Lucía Herrera, en rueda de prensa.",
			[]want{{"Es una medida de justicia social", "direct", "Lucía Herrera"}}},
		{"pt", "“Vamos investir na saúde”, disse o ministro João Silva.",
			[]want{{"Vamos investir na saúde", "direct", "João Silva"}}},
		{"nl", "Burgemeester Jan van der Berg opende de brug. „We zijn trots”, verklaarde Van der Berg.",
			[]want{{"We zijn trots", "direct", "Jan van der Berg"}}},
		// Rule-by-rule cases, each failing with its rule switched off.
		// A quote opening the next paragraph continues the speaker.
		{"de", "„Wir sind bereit“, sagte Trainerin Lena Vogt.\n\n„Das Team ist jung und hungrig.“",
			[]want{{"Wir sind bereit", "direct", "Lena Vogt"}, {"Das Team ist jung und hungrig.", "direct", "Lena Vogt"}}},
		// appositionName: the name after the role decides between two
		// holders of one role noun.
		{"es", "La vicepresidenta primera, Ana Ruiz, habló el lunes. «Es una buena noticia», aseguró la vicepresidenta segunda, Marta Gil, en la radio.",
			[]want{{"Es una buena noticia", "direct", "Marta Gil"}}},
		// An elided "qu'" opens the reported clause.
		{"fr", "Le maire Paul Girard affirme qu'il restera en poste.",
			[]want{{"il restera en poste", "indirect", "Paul Girard"}}},
		// A role alone names its one holder.
		{"de", "Bürgermeisterin Anna Schulz eröffnete das Bad. „Es ist ein guter Tag“, sagte die Bürgermeisterin.",
			[]want{{"Es ist ein guter Tag", "direct", "Anna Schulz"}}},
		// The subject before the verb after a quote.
		{"es", "El ministro Carlos Ruiz llegó tarde. «No hay dinero para todo», Ruiz dijo.",
			[]want{{"No hay dinero para todo", "direct", "Carlos Ruiz"}}},
		// An inverted pronoun before the quote.
		{"fr", "Le maire Paul Girard était ravi. Puis, explique-t-il : « Nous avons gagné. »",
			[]want{{"Nous avons gagné.", "direct", "Paul Girard"}}},
		// "Dr." ends no sentence.
		{"de", "„Die Klinik bleibt offen“, sagte Dr. Anna Weber.",
			[]want{{"Die Klinik bleibt offen", "direct", "Anna Weber"}}},
	}
	for _, tt := range tests {
		d := people.AnalyzeLang(tt.text, tt.lang)
		got := ExtractDoc(d, Options{})
		var gw []want
		for _, q := range got {
			checkOffsets(t, tt.text, q)
			gw = append(gw, want{q.Text, q.Form, q.Speaker})
		}
		if !reflect.DeepEqual(gw, tt.want) {
			t.Errorf("%s %q:\n got  %v\n want %v", tt.lang, tt.text, gw, tt.want)
		}
	}
}

// TestExtractLangEnglish: an English text analysed as English, or as a
// language with no word lists, gets the English rules only.
func TestExtractLangEnglish(t *testing.T) {
	text := `Health Secretary Marcus Thwaite said the walkout was "reckless." "We have answered," Thwaite told reporters. « Oui », dit-il.`
	want := ExtractDoc(people.Analyze(text), Options{})
	for _, lang := range []string{"", "en", "ja"} {
		if got := ExtractDoc(people.AnalyzeLang(text, lang), Options{}); !reflect.DeepEqual(got, want) {
			t.Errorf("lang %q: %v, want %v", lang, got, want)
		}
	}
}

func TestSpacedGuillemets(t *testing.T) {
	text := "Elle a dit : « Nous partons ». Puis «\u202fnon\u202f»."
	var got []string
	for _, g := range findSegmentsOpt(text, true) {
		got = append(got, text[g.inner:g.innerEnd])
	}
	if want := []string{"Nous partons", "non"}; !reflect.DeepEqual(got, want) {
		t.Errorf("spaced: %q, want %q", got, want)
	}
	if n := len(findSegments(text)); n != 0 {
		t.Errorf("unspaced rules found %d segments in spaced guillemets", n)
	}
}

func FuzzExtractLang(f *testing.F) {
	for _, s := range []string{
		"„Wir warten“, sagte Anna Schulz. „Gut.“",
		"« Oui », a-t-il dit. Selon l'Insee, tout va bien.",
		"«Vamos», dijo Ruiz, «ya».\n\n«Sigue", "—Ya —dijo Ruiz—. Bien.\n— —dijo—", "X zei dat ,", "« »", "Selon ,", "dit-il « a",
		"«Да, — сказал он. — Нет»", "— Нет, — говорит Сомов. —", "Как сообщил, ,", "Według Ewy Klimek a",
		"– Nie – dodała. –", "Kaya, \"Evet\" dedi.", "Orhan'a göre", "X, y olduğunu söyledi.", "Мэр заявил:\n\n«Да»",
	} {
		f.Add(s)
	}
	// The languages of lang.go: lexicon's and those of nordic.go and
	// east.go, read from their lists so that a language added there is
	// fuzzed too.
	langs := lexicon.Languages()
	for _, lists := range []map[string]string{nordicSpeech, eastSpeech} {
		langs = append(langs, slices.Sorted(maps.Keys(lists))...)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, lang := range langs {
			for _, q := range ExtractDoc(people.AnalyzeLang(text, lang), Options{}) {
				checkOffsets(t, text, q)
				if q.Form != model.QuoteIndirect && strings.TrimSpace(q.Text) == "" {
					t.Fatalf("empty quote %+v", q)
				}
			}
		}
		// English is untouched by the language rules.
		if got, want := ExtractDoc(people.AnalyzeLang(text, "en"), Options{}), ExtractDoc(people.Analyze(text), Options{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("en: %v, English rules: %v", got, want)
		}
	})
}

// TestManySpeakersLang: the language rules stay linear on a text quoting
// thousands of people.
func TestManySpeakersLang(t *testing.T) {
	const n = 2000
	name := func(i int) string {
		return string([]byte{byte('A' + i%26), byte('a' + i/26%26), byte('a' + i/676%26), 'o'})
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "„Wir bauen die Brücke in diesem Jahr“, sagte %s %s. Er sagte, dass es gut werde.\n\n", name(i), name(i+n))
	}
	start := time.Now()
	qs := ExtractDoc(people.AnalyzeLang(b.String(), "de"), Options{})
	if len(qs) != 2*n {
		t.Fatalf("%d quotes, want %d", len(qs), 2*n)
	}
	if qs[2].Speaker != name(1)+" "+name(n+1) {
		t.Errorf("quote 2 by %q", qs[2].Speaker)
	}
	t.Logf("%d quotes in %v", len(qs), time.Since(start))
}
