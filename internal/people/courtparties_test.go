package people

import (
	"slices"
	"testing"
)

// TestCourtParties covers rule courtParties: in German a defendant's,
// an accused's or a witness's noun before a name, in any case, is the
// person's role and leaves the name. Texts and names invented.
func TestCourtParties(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Das Gericht verurteilte den Angeklagten Peter Kalvmer zu zwei Jahren.", "Peter Kalvmer", "Angeklagten"},
		{"Der Angeklagte Peter Kalvmer schwieg während der Verhandlung.", "Peter Kalvmer", "Angeklagte"},
		{"Die Zeugin Anna Velde erinnerte sich an den Abend.", "Anna Velde", "Zeugin"},
		{"Nach Angaben des Vorsitzenden Jörg Velmann wurde die Sitzung vertagt.", "Jörg Velmann", "Vorsitzenden"},
	}
	for _, tt := range tests {
		var roles []string
		found := false
		for _, p := range AnalyzeLang(tt.text, "de").People {
			if p.Name == tt.name {
				roles, found = p.Roles, true
			}
		}
		if !found || !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s found %v, roles %q, want role %q", tt.text, tt.name, found, roles, tt.role)
		}
	}
}
