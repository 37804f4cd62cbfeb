package people

import (
	"slices"
	"testing"
)

// TestContractionRuns pins rules curlyContraction and
// contractionEndsRun: a contraction written with a typographic
// apostrophe is a sentence word like its straight form, no part of a
// name; a name run into one keeps its words. Invented text.
func TestContractionRuns(t *testing.T) {
	for _, c := range []struct {
		text, want, lost string
	}{
		{"Quarn Deck I’ve played this card game for years. I’ve never lost a round at the club.", "", "Quarn Deck I’ve"},
		{"Best office chairs\n\nSarah Velmont I’ve tested forty chairs this year, and Velmont keeps the best three at her desk.", "Sarah Velmont", "Sarah Velmont I’ve"},
	} {
		var names []string
		for _, p := range Find(c.text) {
			names = append(names, p.Name)
		}
		if slices.Contains(names, c.lost) || c.want != "" && !slices.Contains(names, c.want) {
			t.Errorf("people %q: want %q, not %q", names, c.want, c.lost)
		}
	}
}
