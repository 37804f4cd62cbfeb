package people

import "testing"

// TestBareComplement covers rule bareComplement: a role with a
// portfolio or field after "for" or "of" and no article, in apposition
// before a name, is the person's role (and makes an unlisted given name a
// person's). Sentences and names invented.
func TestBareComplement(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"The minister for ports, Gerd Halvorsen, visited the town on Monday.", "Gerd Halvorsen", "minister for ports"},
		{"On Friday the minister for inland waters, Tamsin Orrel, opened the lock.", "Tamsin Orrel", "minister for inland waters"},
	}
	for _, tt := range tests {
		wantRole(t, "", tt.text, tt.name, tt.role)
	}
}
