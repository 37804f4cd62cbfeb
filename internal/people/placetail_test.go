package people

import (
	"slices"
	"testing"
)

// TestPlaceTail pins rule placeTail on invented texts: the tail of a
// place whose first word was dropped ("New" of "New Hampshire") opens no
// name and is no role.
func TestPlaceTail(t *testing.T) {
	tests := []struct {
		text  string
		names []string
		role  string
	}{
		{"\"We will win,\" a New Zealand Velmist told the rally in Harwick.", nil, ""},
		{"New Jersey Gov. Chris Velm said on Monday the bridge would reopen.", []string{"Chris Velm"}, "Gov."},
		{"The firm moved to San Francisco Tech Park last year.", nil, ""},
	}
	for _, tt := range tests {
		var names []string
		var roles []string
		for _, p := range AnalyzeLang(tt.text, "en").People {
			names = append(names, p.Name)
			roles = append(roles, p.Roles...)
		}
		if !slices.Equal(names, tt.names) || tt.role != "" && !slices.Equal(roles, []string{tt.role}) {
			t.Errorf("%q: people %q with roles %q, want %q with role %q", tt.text, names, roles, tt.names, tt.role)
		}
	}
}
