package people

import (
	"slices"
	"testing"
)

// TestWebAddressWord pins rule webAddressWord: an e-mail address or a
// web address after a name is no word of it; initials with a capital
// after the dot stay. Invented text.
func TestWebAddressWord(t *testing.T) {
	const text = "Write to your member\n\nPort Vell Sir Tom Reddan Tom.reddan.mp@parliament.example South Orvania\n\n" +
		"Dr. J.R. Hallow said fares rose."
	var names []string
	for _, p := range Find(text) {
		names = append(names, p.Name)
	}
	for _, want := range []string{"Tom Reddan", "J.R. Hallow"} {
		if !slices.Contains(names, want) {
			t.Errorf("want %q among %q", want, names)
		}
	}
	for _, c := range []struct {
		text string
		web  bool
	}{
		{"Velmar.com", true}, {"ada.quell", true}, {"J.R", false}, {"Ada", false}, {"K.s", false},
	} {
		if got := webWord(Tokenize(c.text), 0); got != c.web {
			t.Errorf("webWord(%q) = %v, want %v", c.text, got, c.web)
		}
	}
	if !webWord(Tokenize("Quell@mail.example"), 0) {
		t.Error("a word glued to an @ is an address's")
	}
}
