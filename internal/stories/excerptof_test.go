package stories

import "testing"

// TestExcerptOfWording pins rule excerpt-of-wording: a wording that is a
// run of another outlet's longer wording, not of the main one, is shown
// as an excerpt of it, not as the main wording rewritten.
func TestExcerptOfWording(t *testing.T) {
	long := "we have held talks at a very high level, the highest level, with the island council"
	g := quoteGroup([]quoteItem{
		{speaker: "Ada Morrow", text: "the highest level", outlet: "Skerry Wire", quote: 1},
		{speaker: "Ada Morrow", text: "the highest level", outlet: "Coast Post", quote: 2},
		{speaker: "Ada Morrow", text: long, outlet: "Bay Courier", quote: 3},
		{speaker: "Ada Morrow", text: "talks at a very high level", outlet: "Harbour Gazette", quote: 4},
	})
	if g.Text != "the highest level" {
		t.Fatalf("main wording %q, want the one two outlets gave", g.Text)
	}
	for _, v := range g.Variants {
		if v.Outlets[0] != "Harbour Gazette" {
			continue
		}
		if v.Diff != "… talks at a very high level …" {
			t.Errorf("excerpt's diff %q, want it shown as a run of the longer wording", v.Diff)
		}
		return
	}
	t.Errorf("no excerpt among %+v", g.Variants)
}
