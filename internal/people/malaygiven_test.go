package people

import "testing"

// TestMalayGivenNames pins rule malayGivenNames: IsFirstName knows
// common Indonesian and Malay given names, the words left out stay
// unknown, and a name opening with one is a person with no other cue.
// Texts and names invented.
func TestMalayGivenNames(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Joko", true}, {"Siti", true}, {"Azman", true}, {"Nurhayati", true},
		{"Indah", false}, {"Putri", false}, {"Sri", false}, {"Nur", false}, {"Velmawati", false},
	} {
		if got := IsFirstName(tt.w); got != tt.want {
			t.Errorf("IsFirstName(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	for _, tt := range []struct{ lang, text, name string }{
		{"id", "Perpustakaan baru dibuka oleh Siti Velmawati kemarin.", "Siti Velmawati"},
		{"ms", "Perpustakaan baharu dirasmikan oleh Azman Velmudin semalam.", "Azman Velmudin"},
	} {
		var names []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			names = append(names, p.Name)
		}
		if len(names) != 1 || names[0] != tt.name {
			t.Errorf("%s %q: people %q, want [%s]", tt.lang, tt.text, names, tt.name)
		}
	}
}
