package textclean

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDialogueDash: dash-led lines of dialogue stay paragraphs with their
// dash (rule dialogue-dash), in a run where one line attributes its
// speech; a dash-led list with no speech in it stays a list. Fails with
// the rule switched off (the dialogue became list items without dashes).
func TestDialogueDash(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []model.Block
	}{
		{"polish", "Pociąg spóźniał się już od godziny, a na peronie zbierało się coraz więcej podróżnych z walizkami.\n\n– Nie wiem, kiedy przyjedzie – odpowiedział konduktor.\n\n– Może pół godziny.\n\nLudzie wrócili do poczekalni i usiedli na ławkach, czekając na kolejny komunikat.",
			[]model.Block{{Kind: model.KindParagraph, Text: "– Nie wiem, kiedy przyjedzie – odpowiedział konduktor."}, {Kind: model.KindParagraph, Text: "– Może pół godziny."}}},
		// dialogue-verbs-pl-ru: Polish and Russian reporting verbs.
		{"polish reporting verb", "Zebranie w remizie w Borkowicach przeciągnęło się do późnego wieczora, bo mieszkańcy mieli wiele pytań.\n\n– Remont drogi zaczniemy w kwietniu – zaznaczył wójt.\n\n– A chodnik?\n\nSołtys obiecał, że protokół ze spotkania zawiesi na tablicy ogłoszeń.",
			[]model.Block{{Kind: model.KindParagraph, Text: "– Remont drogi zaczniemy w kwietniu – zaznaczył wójt."}, {Kind: model.KindParagraph, Text: "– A chodnik?"}}},
		{"russian reporting verb", "Собрание жильцов в посёлке Ольховка затянулось до позднего вечера, вопросов было много.\n\n– Котельную починят до холодов, – заявил управляющий.\n\n– А крышу?\n\nПротокол собрания повесят на доске объявлений у входа в контору.",
			[]model.Block{{Kind: model.KindParagraph, Text: "– Котельную починят до холодов, – заявил управляющий."}, {Kind: model.KindParagraph, Text: "– А крышу?"}}},
		// dialogue-verbs-uk-cs: Ukrainian and Czech reporting verbs.
		{"ukrainian reporting verb", "Збори мешканців у селищі Вільшанка затягнулися до пізнього вечора, питань було багато.\n\n– Котельню полагодять до холодів, – наголосив управитель.\n\n– А дах?\n\nПротокол зборів повісять на дошці оголошень біля входу до контори.",
			[]model.Block{{Kind: model.KindParagraph, Text: "– Котельню полагодять до холодів, – наголосив управитель."}, {Kind: model.KindParagraph, Text: "– А дах?"}}},
		{"czech reporting verb", "Schůze obyvatel v obci Olšany se protáhla až do pozdního večera, otázek bylo mnoho.\n\n– Kotelnu opravíme před zimou, – uvedl správce.\n\n– A střechu?\n\nZápis ze schůze bude vyvěšen na úřední desce u vchodu do kanceláře.",
			[]model.Block{{Kind: model.KindParagraph, Text: "– Kotelnu opravíme před zimou, – uvedl správce."}, {Kind: model.KindParagraph, Text: "– A střechu?"}}},
		// dialogue-compound-past: the French and Italian auxiliary
		// before the speech verb's participle.
		{"french compound past", "La séance du conseil de Kervalec s'est prolongée tard dans la soirée, les habitants avaient beaucoup de questions.\n\n– La chaufferie sera réparée avant l'hiver, a déclaré le maire.\n\n– Et le toit ?\n\nLe compte rendu de la séance sera affiché à l'entrée de la mairie.",
			[]model.Block{{Kind: model.KindParagraph, Text: "– La chaufferie sera réparée avant l'hiver, a déclaré le maire."}, {Kind: model.KindParagraph, Text: "– Et le toit ?"}}},
		{"swedish", "Färjan till ön gick inte i dag på grund av stormen, och många turister fick vänta i hamnen.\n\n– Vi vet inte när den går igen, säger hamnkaptenen.\n\n– I morgon kanske.\n\nKaféet i hamnen höll öppet längre än vanligt för de väntande resenärerna.",
			[]model.Block{{Kind: model.KindParagraph, Text: "– Vi vet inte när den går igen, säger hamnkaptenen."}, {Kind: model.KindParagraph, Text: "– I morgon kanske."}}},
		{"german hyphen", "Am Morgen stand Karl am Steg und sah auf das Wasser hinaus, wo der Nebel noch tief über dem See lag.\n\n- Kommst du mit?, fragte seine Tochter.\n\n- Heute nicht.\n\nDann ging er zurück ins Haus und setzte Kaffee auf, wie jeden Morgen seit vielen Jahren.",
			[]model.Block{{Kind: model.KindParagraph, Text: "- Kommst du mit?, fragte seine Tochter."}, {Kind: model.KindParagraph, Text: "- Heute nicht."}}},
		{"list stays a list", "Inför en längre vandring i fjällen är det viktigt att packa rätt och tänka på vädret, som kan slå om.\n\n– Bra kängor, gärna vattentäta\n\n– Regnjacka och varma lager\n\nTa det lugnt de första dagarna och lyssna på kroppen, säger fjällguiden.",
			[]model.Block{{Kind: model.KindListItem, Text: "Bra kängor, gärna vattentäta"}, {Kind: model.KindListItem, Text: "Regnjacka och varma lager"}}},
		// dialogue-attribution: a speech verb that opens a longer clause
		// is no reply's attribution.
		{"swedish advice list", "Inför resan till ön finns det några saker som gör dagen enklare för både resenärer och personal.\n\n- Boka biljett i god tid och kom en kvart före avgång.\n\n- Ta med matsäck, säger man ofta till dem som ska gå hela leden runt ön.\n\nFärjan går varje timme från klockan sju på morgonen till sent på kvällen.",
			[]model.Block{{Kind: model.KindListItem, Text: "Boka biljett i god tid och kom en kvart före avgång."}, {Kind: model.KindListItem, Text: "Ta med matsäck, säger man ofta till dem som ska gå hela leden runt ön."}}},
		// dialogue-not-particle: German's two-letter "so" after a comma
		// opens an English clause, no attribution.
		{"so list", "Three changes to the library's opening hours start next month, after a survey of its readers.\n\n- The reading room opens at eight, so come early.\n\n- The café closes at six.\n\nThe library board will review the hours again at the end of the year.",
			[]model.Block{{Kind: model.KindListItem, Text: "The reading room opens at eight, so come early."}, {Kind: model.KindListItem, Text: "The café closes at six."}}},
		// dialogue-not-english: English words after a comma are no
		// attribution of a dash-led reply.
		{"advice list", "Before the first trip on the new tram line, a few habits make the ride easier for everyone on board.\n\n- Be kind to the crew. When a car is full, ask yourself, \"Can I wait for the next one?\"\n\n- If you need the ramp, tell the driver.\n\nThe tram runs every ten minutes from six in the morning until midnight.",
			[]model.Block{{Kind: model.KindListItem, Text: "Be kind to the crew. When a car is full, ask yourself, \"Can I wait for the next one?\""}, {Kind: model.KindListItem, Text: "If you need the ramp, tell the driver."}}},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Body) != 4 {
			t.Errorf("%s: %d blocks, want 4: %+v", tc.name, len(a.Body), a.Body)
			continue
		}
		for k, w := range tc.want {
			if b := a.Body[k+1]; b.Kind != w.Kind || b.Text != w.Text {
				t.Errorf("%s: block %d is %s %q, want %s %q", tc.name, k+1, b.Kind, b.Text, w.Kind, w.Text)
			}
		}
	}
}

// BenchmarkDashList: a page with a list of 80 dash-led items, each with
// commas and lower-case words after them and no speech (an invented
// list): rule dialogue-dash reads every item's words for a speech verb,
// again for each item within maxDialogueScan of it.
func BenchmarkDashList(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("The harbour board met on Tuesday to discuss the plans for the new ferry terminal on the east quay.\n\n")
	for range 80 {
		sb.WriteString("- A plain item, with some words, and more words, here\n\n")
	}
	sb.WriteString("The board will meet again next month to vote on the final plans, its chair said.")
	text := sb.String()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
