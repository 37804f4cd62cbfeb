package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPageFurnitureLines: rule page-furniture-lines reads the controls
// alone on their lines and leaves sentences that open alike.
func TestPageFurnitureLines(t *testing.T) {
	checkRules(t, []ruleCase{
		{"Go to top", model.RemovedNavigation, "page-furniture-lines"},
		{"No posts", model.RemovedNavigation, "page-furniture-lines"},
		{"Author", model.RemovedNavigation, "card-field-labels"},
	})
	for _, s := range []string{
		"Go to top scorers first, the Orvania coach told his defenders.",
		"No posts were filled at the Quell harbour office this year.",
		"First name and surname must match the ferry ticket.",
		"Author of the Orvania harbour history, Ada Quell, signs copies today.",
	} {
		if kind, rule, ok := Classify(s); ok {
			t.Errorf("Classify(%q) = %q, %q; want no rule", s, kind, rule)
		}
	}
}
