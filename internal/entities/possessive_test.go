package entities

import (
	"slices"
	"testing"
)

// TestIrregularPluralPossessive covers rule irregularPluralPossessive: a
// plural without "s" and its "'s" stay inside a name before a kind word;
// a listed place's possessive still ends the name. Names invented.
func TestIrregularPluralPossessive(t *testing.T) {
	tests := []struct{ text, org string }{
		{"She chairs the Porthaven Fishermen's Association, she said.", "Porthaven Fishermen's Association"},
		{"The Velmar Women's Institute met on Monday.", "Velmar Women's Institute"},
		{"A report by the Children's Society was published.", "Children's Society"},
		{"He spoke to the Velmar Fishermen’s Federation.", "Velmar Fishermen’s Federation"},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{})
		var names []string
		for _, o := range orgs {
			names = append(names, o.Name)
		}
		if !slices.Contains(names, tt.org) {
			t.Errorf("%q: orgs %q, want %q", tt.text, names, tt.org)
		}
	}
	orgs, _ := Find("Rebels took Yemen's Council building.", Options{})
	for _, o := range orgs {
		if o.Name == "Yemen's Council" {
			t.Errorf("Yemen's Council read as one organisation")
		}
	}
}
