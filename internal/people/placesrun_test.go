package people

import "testing"

// TestPlacesRun covers rule placesRun: in a language other than English
// two listed places side by side are no person; a given name, no listed
// place, beside a place still makes one. Invented text; the first case
// fails with the rule off.
func TestPlacesRun(t *testing.T) {
	tests := []struct {
		name, lang, text, person string
		want                     bool
	}{
		{"German verb before two countries", "de", "Im Finale schlug Deutschland Frankreich mit 2:1. Die Regierung in Frankreich reagierte.", "Deutschland Frankreich", false},
		{"a person's name beside a place", "fr", "Hier soir, Florence Paris a chanté devant mille personnes.", "Florence Paris", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, p := range AnalyzeLang(tt.text, tt.lang).People {
				got = got || p.Name == tt.person
			}
			if got != tt.want {
				t.Errorf("%q: person %q found %v, want %v", tt.text, tt.person, got, tt.want)
			}
		})
	}
}
