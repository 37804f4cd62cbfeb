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
		{"swedish", "Färjan till ön gick inte i dag på grund av stormen, och många turister fick vänta i hamnen.\n\n– Vi vet inte när den går igen, säger hamnkaptenen.\n\n– I morgon kanske.\n\nKaféet i hamnen höll öppet längre än vanligt för de väntande resenärerna.",
			[]model.Block{{Kind: model.KindParagraph, Text: "– Vi vet inte när den går igen, säger hamnkaptenen."}, {Kind: model.KindParagraph, Text: "– I morgon kanske."}}},
		{"german hyphen", "Am Morgen stand Karl am Steg und sah auf das Wasser hinaus, wo der Nebel noch tief über dem See lag.\n\n- Kommst du mit?, fragte seine Tochter.\n\n- Heute nicht.\n\nDann ging er zurück ins Haus und setzte Kaffee auf, wie jeden Morgen seit vielen Jahren.",
			[]model.Block{{Kind: model.KindParagraph, Text: "- Kommst du mit?, fragte seine Tochter."}, {Kind: model.KindParagraph, Text: "- Heute nicht."}}},
		{"list stays a list", "Inför en längre vandring i fjällen är det viktigt att packa rätt och tänka på vädret, som kan slå om.\n\n– Bra kängor, gärna vattentäta\n\n– Regnjacka och varma lager\n\nTa det lugnt de första dagarna och lyssna på kroppen, säger fjällguiden.",
			[]model.Block{{Kind: model.KindListItem, Text: "Bra kängor, gärna vattentäta"}, {Kind: model.KindListItem, Text: "Regnjacka och varma lager"}}},
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
