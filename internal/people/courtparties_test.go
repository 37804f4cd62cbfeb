package people

import "testing"

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
		wantRole(t, "de", tt.text, tt.name, tt.role)
	}
}
