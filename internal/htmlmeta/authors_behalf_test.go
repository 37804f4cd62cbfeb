package htmlmeta

import (
	"slices"
	"testing"
)

// behalfCases: bylines naming the group a writer speaks for (rule
// authorOnBehalf), and ones the rule must leave alone.
var behalfCases = []struct {
	in   string
	want []string
}{
	{"Orla Pennick on behalf of the Survey team", []string{"Orla Pennick"}},
	{"Mar. 4, 2026 · Orla Pennick on behalf of Survey team", []string{"Orla Pennick"}},
	{"Jonas Feldmer im Auftrag des Vereinsvorstands", []string{"Jonas Feldmer"}},
	{"Claire Dumarest au nom du comité", []string{"Claire Dumarest"}},
	{"Orla Pennick, on behalf of the Survey team", []string{"Orla Pennick"}},
	{"Orla Pennick", []string{"Orla Pennick"}},
	// No name before the tail: nothing to keep.
	{"on behalf of the Survey team", nil},
}

func TestOnBehalf(t *testing.T) {
	for _, tc := range behalfCases {
		if got := splitAuthors(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
