package people

import "testing"

// TestHyphenatedGivenName covers rule hyphenatedGivenName: two listed
// given names joined by a hyphen open a full name as one does, with the
// first's gender; a hyphenated word of other words does not. Names
// invented.
var hyphenGivenTests = []struct {
	w    string
	want byte
}{
	{"hans-peter", 'm'},
	{"marie-claire", 'f'},
	{"peter", 'm'},
	{"velm-peter", 0},
	{"hans-velm", 0},
	{"hans", 'm'},
	{"hansi", 0},
}

func TestHyphenatedGivenName(t *testing.T) {
	for _, tt := range hyphenGivenTests {
		if got := givenGender(firstNameGender, tt.w); got != tt.want {
			t.Errorf("givenGender(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
	for _, tt := range []struct{ lang, text, name string }{
		{"de", "Das Gericht hat Hans-Peter Kalvmer (61) zu zwei Jahren verurteilt.", "Hans-Peter Kalvmer"},
		// Doc.givenName: the compound starts the name after a German
		// noun of description (rule germanNounLead).
		{"de", "Der frühere Fußball-Nationalspieler Karl-Heinz Velmerich ist tot.", "Karl-Heinz Velmerich"},
		{"fr", "La réunion a été présidée par Anne-Sophie Velmont hier soir.", "Anne-Sophie Velmont"},
		{"en", "The gallery was opened by Mary-Ellen Orvell on Friday.", "Mary-Ellen Orvell"},
	} {
		if !personFound(tt.text, tt.lang, tt.name) {
			t.Errorf("%q: no person %q", tt.text, tt.name)
		}
	}
}
