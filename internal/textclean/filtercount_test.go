package textclean

import (
	"strings"
	"testing"
)

// TestFilterCount: the line test of rule filter-count.
func TestFilterCount(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Filters (2)", true},
		{"Filter (0)", true},
		{"FILTERS (12)", true},
		{"Filters (200)", false}, // past maxFilterDigits
		{"Filters", false},
		{"Filters (new)", false},
		{"Filters (2) keep the Orvania reservoir clean", false},
	} {
		if got := filterCount(c.line); got != c.want {
			t.Errorf("filterCount(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestFilterCountRule: the button leaves a listing's text, its items stay.
func TestFilterCountRule(t *testing.T) {
	const listing = `Lanterns at the Harbour Store, sorted by how often readers of the Orvania Courier bought them this month.

Filters (2)

Quell storm lantern with brass handle and a glass chimney, in green or red.

Ashe folding camp lantern with a dimmer and a hanging hook for tents.
`
	a, _ := Extract(listing, Options{})
	if strings.Contains(a.Text, "Filters") {
		t.Errorf("filter button kept:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "hanging hook") {
		t.Errorf("an item lost:\n%s", a.Text)
	}
}
