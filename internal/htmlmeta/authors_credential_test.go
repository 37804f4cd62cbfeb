package htmlmeta

import (
	"slices"
	"testing"
)

// TestCredentialMark covers rule authorCredentialMark: a degree with a
// footnote mark after a name is no second author.
func TestCredentialMark(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Written By Rosa Kellerton-Vane, MD*", []string{"Rosa Kellerton-Vane"}},
		{"Rosa Kellerton, PhD†", []string{"Rosa Kellerton"}},
		{"Rosa Kellerton, DVM", []string{"Rosa Kellerton"}},
		{"Rosa Kellerton, Ivo Marsh*", []string{"Rosa Kellerton", "Ivo Marsh"}},
	} {
		if got := splitAuthors(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
