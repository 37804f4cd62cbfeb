package claims

import "testing"

// TestVerbOnly checks rule verbOnlySubject: a subject of a verb and a
// pronoun alone goes; one that names something stays. Texts invented.
func TestVerbOnly(t *testing.T) {
	tests := []langCase[string]{
		{"en", "The Velmar index, after a quiet week, slipped 0.6 per cent.", []string{""}},
		{"en", "Orvan Rail said it raised $40 million.", []string{""}},
		{"en", "Orvan Rail raised $40 million.", []string{"Orvan Rail raised"}},
	}
	checkLang(t, tests, claimSubject)
}

// TestVerbOnlySubject is the table of rule verbOnlySubject.
func TestVerbOnlySubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"is expected to", ""},
		{"It was lowered", ""},
		{"we gained", ""},
		{"slid", ""},
		{"votes", "votes"},
		{"Undecided", "Undecided"},
		{"those who are retired", "those who are retired"},
		{"Velmar earned", "Velmar earned"},
		{"it", "it"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := verbOnlySubject(tt.in); got != tt.want {
			t.Errorf("verbOnlySubject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
