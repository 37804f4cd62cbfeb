package people

import "testing"

// TestNounGender pins the genders rule descriptionGender reads from a
// description's job or title noun; kinship nouns say none here.
func TestNounGender(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want byte
	}{
		{"spokesman", 'm'}, {"Spokeswoman", 'f'}, {"businessman", 'm'}, {"chairwoman", 'f'},
		{"actress", 'f'}, {"spokesperson", 0}, {"official", 0}, {"mother", 0}, {"", 0},
	} {
		if got := NounGender(tt.w); got != tt.want {
			t.Errorf("NounGender(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
