package people

import "testing"

// TestWorkforceOfEmployer covers rule workforceOfEmployer: the firm after
// a workforce's plural noun and "of" or "at" is no person; a known given
// name there still is. Names invented.
func TestWorkforceOfEmployer(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The workers of Fennick Steel said the plant closed.", "Fennick Steel", false},
		{"\"Nobody warned us,\" the 300 employees at Fennick Steel said.", "Fennick Steel", false},
		{"\"Nobody warned us,\" the staff of Harold Quist said.", "Harold Quist", true},
	}
	for _, tt := range tests {
		if found := foundByFind(tt.text, tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
