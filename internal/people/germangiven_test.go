package people

import "testing"

// TestGermanGivenNames: a German noun before a common German given name
// the shared lists lacked is the person's role, not part of the name
// (rules germanGivenNames and germanNounLead). Invented sentences.
func TestGermanGivenNames(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Der Imker Alfred Velm zeigte uns seine Bienen.", "Alfred Velm", "Imker"},
		{"Am Abend sprach ihr Ehemann Malte Tessdorf mit der Presse.", "Malte Tessdorf", "Ehemann"},
		{"Die Stellvertreterin Heike Orlandt leitet die Sitzung.", "Heike Orlandt", "Stellvertreterin"},
		{"Für 60 Euro ersteigerte der Rentner Udo Velmsdorf ein Bild.", "Udo Velmsdorf", "Rentner"},
	}
	for _, tt := range tests {
		wantRole(t, "de", tt.text, tt.name, tt.role)
	}
}
