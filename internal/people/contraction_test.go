package people

import "testing"

// TestContractionRuns pins rules curlyContraction and
// contractionEndsRun: a contraction written with a typographic
// apostrophe is a sentence word like its straight form, no part of a
// name; a name run into one keeps its words. Invented text.
func TestContractionRuns(t *testing.T) {
	checkCut(t, []cutCase{
		{"Quarn Deck I’ve played this card game for years. I’ve never lost a round at the club.", "", "Quarn Deck I’ve"},
		{"Best office chairs\n\nSarah Velmont I’ve tested forty chairs this year, and Velmont keeps the best three at her desk.", "Sarah Velmont", "Sarah Velmont I’ve"},
	})
}
