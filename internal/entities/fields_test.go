package entities

import (
	"slices"
	"strings"
	"testing"
)

// FuzzFields pins fields to strings.Fields.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"", " ", "ein Rezept ist", "  zwei\tWörter\n\n", "a\u00a0b\u2003c ", "\xff x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := slices.Collect(fields(s))
		if want := strings.Fields(s); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
	})
}
