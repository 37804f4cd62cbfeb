package people

import (
	"slices"
	"testing"
)

// TestPostNominal pins rule postNominal on invented texts: letters after
// a name leave it a name; a seat or rank is the role, an honour none.
func TestPostNominal(t *testing.T) {
	tests := []struct {
		text, name string
		want       []string
	}{
		{"Maria Lowen MP said the plan was wrong. Lowen added that it was late.", "Maria Lowen", []string{"MP"}},
		{"In court, Tom Reedley QC said the ruling was flawed.", "Tom Reedley", []string{"QC"}},
		{"On Friday, Anna Brill OBE said the award was a surprise.", "Anna Brill", nil},
	}
	for _, tt := range tests {
		roles, ok := personRoles(tt.text, "en", tt.name)
		if !ok || !slices.Equal(roles, tt.want) {
			t.Errorf("%q: %s (found %v) roles %q, want %q", tt.text, tt.name, ok, roles, tt.want)
		}
	}
}
