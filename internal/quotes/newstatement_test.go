package quotes

import "testing"

// TestNewStatement: "X said" and a clause after a quotation closing its
// sentence is a new statement, not that quotation's attribution (rule
// newStatement); "X said." and "X said on Friday." still attribute it.
// Invented sentences.
func TestNewStatement(t *testing.T) {
	const lead = "Mill to close\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a clause after the verb",
			"\"The orders dried up,\" said Nell Ward, the owner. \"We held on for a year.\" Ward said the staff would be paid until March.",
			[]spoken{{"The orders dried up,\" said Nell Ward, the owner. \"We held on for a year.", "Nell Ward", "Nell Ward, the owner"}, {"the staff would be paid until March", "Nell Ward", "Ward"}}},
		{"a time after the verb keeps the attribution",
			"\"We held on for a year.\" Ward said on Friday.",
			[]spoken{{"We held on for a year.", "Ward", "Ward"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
