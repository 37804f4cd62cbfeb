package people

import (
	"slices"
	"testing"
)

// TestAgeApposition covers rule ageApposition: an unlisted full name with
// an age set off by commas is a person's; a German ordinal date after a
// comma is no age. Texts and names invented.
func TestAgeApposition(t *testing.T) {
	tests := []struct {
		name, lang, text, person string
		want                     bool
	}{
		{"age between commas", "", "Tarn Olvik, 34, found the wreck on the beach at dawn.", "Tarn Olvik", true},
		{"age before a full stop", "", "The wreck was found at dawn by Mara Olvik, 16.", "Mara Olvik", true},
		{"no age", "", "Tarn Olvik found the wreck on the beach at dawn.", "Tarn Olvik", false},
		{"a German date", "de", "Viele Ideen Velmbruck, 2. November 2021. Preisträger wurden geehrt.", "Ideen Velmbruck", false},
	}
	for _, tt := range tests {
		var names []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			names = append(names, p.Name)
		}
		if got := slices.Contains(names, tt.person); got != tt.want {
			t.Errorf("%s: people %q, want %q: %v", tt.name, names, tt.person, tt.want)
		}
	}
}
