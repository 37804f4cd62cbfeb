package people

import (
	"slices"
	"testing"
)

// TestGermanNumberWord covers rule germanNumberWord: a capitalised German
// number word and the noun after it are no person's name, while the
// people named around them stay. Texts and names invented.
func TestGermanNumberWord(t *testing.T) {
	text := "Vor Zehntausend Zuhörern sagte die Sängerin Lena Marbach, sie sei gerührt. " +
		"Dreitausend Besucher hatten keine Karte, sagte Bürgermeister Klaus Berner. " +
		"Hunderte Fans warteten, sagte Berner."
	var names []string
	for _, p := range AnalyzeLang(text, "de").People {
		names = append(names, p.Name)
	}
	for _, want := range []string{"Lena Marbach", "Klaus Berner"} {
		if !slices.Contains(names, want) {
			t.Errorf("people %q, want %q among them", names, want)
		}
	}
	for _, name := range names {
		if name != "Lena Marbach" && name != "Klaus Berner" {
			t.Errorf("people %q: %q is no person", names, name)
		}
	}
}
