package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestTitleUnattributed: a title-cased name in marks with no speaker is a
// work's title, not a quotation; a speaker's quotation in the same text
// stays (rule titleUnattributed). Invented text.
func TestTitleUnattributed(t *testing.T) {
	text := "Der Hafen von Orvanien\n\nAm Abend läuft „Harbour Lights of the North“ im Hafenkino, danach spielt die Kapelle. Viele Gäste kennen „Lieder vom Alten Kai“ schon aus ihrer Kindheit. „Wir brauchen eine neue Mole“, sagte Bürgermeisterin Ada Quell."
	checkSpokenLang(t, text, "de", []spoken{{"Wir brauchen eine neue Mole", "Ada Quell", "Bürgermeisterin Ada Quell"}})
	for _, c := range []struct {
		q    model.Quote
		want bool
	}{
		{model.Quote{Text: "Harbour Lights of the North"}, true},
		{model.Quote{Text: "Ende der Fischerei"}, true},
		{model.Quote{Text: "Harbour Lights of the North", Speaker: "Ada Quell"}, false},
		{model.Quote{Text: "Wir brauchen eine neue Mole"}, false},
		{model.Quote{Text: "Stop The Boats!"}, false},
		{model.Quote{Text: "Orvania"}, false},
	} {
		if got := titleUnattributed(c.q); got != c.want {
			t.Errorf("titleUnattributed(%q) = %v, want %v", c.q.Text, got, c.want)
		}
	}
}
