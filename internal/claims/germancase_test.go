package claims

import "testing"

// TestGermanNominative checks rule germanNominative's pure function on
// invented institutions: a dative or genitive name is given in the
// nominative, a phrase of unknown head or a place's adjective is kept.
func TestGermanNominative(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Statistischem Landesamt", "Statistisches Landesamt"},
		{"Statistischen Landesamts Velmsee", "Statistisches Landesamt Velmsee"},
		{"Statistische Landesamt", "Statistisches Landesamt"},
		{"Nordischen Wetterdienstes", "Nordischer Wetterdienst"},
		{"Europäischer Fährbahn", "Europäische Fährbahn"},
		{"Brenn-Instituts", "Brenn-Institut"},
		{"Brennstädter Polizei", "Brennstädter Polizei"},
		{"Studie des Instituts", "Studie des Instituts"},
		{"Landesamt", "Landesamt"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := germanNominative(tt.in); got != tt.want {
			t.Errorf("germanNominative(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGermanNominativeSource checks that a claim's German source is named in
// the nominative, whichever case its preposition gave it.
func TestGermanNominativeSource(t *testing.T) {
	tests := []sourceCase{
		{"Die Kaltmiete in Velmsee stieg laut Statistischem Landesamt auf 8,40 Euro.", "Statistisches Landesamt"},
		{"Nach Angaben des Nordischen Wetterdienstes fielen in Velmsee 40 Liter Regen.", "Nordischer Wetterdienst"},
	}
	checkFirstSource(t, Options{Lang: "de"}, tests)
}
