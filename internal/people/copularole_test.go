package people

import "testing"

// TestCopulaRole covers rule copulaRole and its guards: a full name with
// an unknown given name followed by "is a" and a role noun is a person;
// a name written twice or glued to a word before by a full stop is not.
// Names invented.
func TestCopulaRole(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Heading here\n\nOrlin Brakke is a retired nurse and chair of the reading group. The vote is a first step.", "Orlin Brakke", true},
		{"Heading here\n\nOrlin Brakke is an engineer.", "Orlin Brakke", true},
		{"Heading here\n\nOrlin Brakke is a popular choice.", "Orlin Brakke", false},
		// An everyday trade (occupationNouns) counts as a role noun does;
		// a word other than "a" or "an" after "is", or a capitalised
		// word before the noun, stops the rule.
		{"Heading here\n\nOrlin Brakke is a local plumber.", "Orlin Brakke", true},
		{"Heading here\n\nOrlin Brakke is the engineer.", "Orlin Brakke", false},
		{"Heading here\n\nOrlin Brakke is a Velm engineer.", "Orlin Brakke", false},
		{"Heading here\n\nOrlin Brakke Orlin Brakke is a jewellery designer.", "Orlin Brakke Orlin Brakke", false},
		// Three words, so the word written twice, not the length, is
		// what rules the name out.
		{"Heading here\n\nBrakke Orlin Brakke is a jewellery designer.", "Brakke Orlin Brakke", false},
		{"Heading here\n\nVelm Holdings.Orlin Brakke is an investor.", "Velm Holdings.Orlin Brakke", false},
	}
	for _, tt := range tests {
		if found := foundByFind(tt.text, tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
