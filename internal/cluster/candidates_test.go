package cluster

import (
	"math"
	"slices"
	"testing"
	"time"
)

// TestCandidatesStampWrap: candidates' stamps (seen, gen) start again
// when gen wraps; stale stamps of the last round would else match the new
// round's and hide every story.
func TestCandidatesStampWrap(t *testing.T) {
	c := New()
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"The harbour board of Kelby voted to raise mooring fees at the marina by ten percent from April.",
		"Kelby harbour board raises marina mooring fees by ten percent, the board voted on Monday.",
		"The library of Ostrand will open until ten at night on weekdays from May, the town said.",
	} {
		c.Add(&Doc{Text: text, Date: day})
	}
	v := c.vector(docTerms(&Doc{Text: "Mooring fees at the Kelby marina rise as the harbour board votes.", Date: day}))
	want := c.candidates(v)
	if len(want) == 0 {
		t.Fatal("no candidates before the wrap")
	}
	c.gen = math.MaxUint32
	for i := range c.seen {
		c.seen[i] = 1 // the first stamp after the wrap
	}
	if got := c.candidates(v); !slices.Equal(got, want) {
		t.Errorf("candidates after the stamp wrapped %v, want %v", got, want)
	}
}
