package people

import "testing"

// TestPlaceOfficeComplement: the run after a town's office and its
// preposition is the town, no person (rule placeOfficeComplement); the
// name in apposition stays one. Names invented.
func TestPlaceOfficeComplement(t *testing.T) {
	tests := []struct {
		lang, text, name string
		want             bool
	}{
		{"en", "The mayor of Velling Cross, Tomas Verhoek, said the town would mediate.", "Velling Cross", false},
		{"en", "The mayor of Velling Cross, Tomas Verhoek, said the town would mediate.", "Tomas Verhoek", true},
		{"es", "El alcalde de Villa Norte, Tomás Verhoek, dijo que la ciudad mediará.", "Villa Norte", false},
		// Not a town's office: the widow of a person.
		{"en", "The award went to the widow of John Harlow, the town's first doctor.", "John Harlow", true},
	}
	for _, tt := range tests {
		if found := personFound(tt.text, tt.lang, tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
