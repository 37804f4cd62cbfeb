package textclean

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRemnantAfterEmbed: rule remnant-after-embed keeps the platform's
// link line under a post ("View on X" under its signature, "View on
// TikTok" under the caption) in that post: one embed each, and the
// paragraphs around them stay.
func TestRemnantAfterEmbed(t *testing.T) {
	const story = `Lighthouse keepers vote to strike

Keepers at the three lighthouses of the Orrin coast voted on Monday to walk out for two days next month over rosters.

The rota has not changed in ten years and nobody asked us.
— Pia Lund (@pialund) March 12, 2026
View on X

@orrinlights the night shift from the top of the tower #lighthouse ♬ original sound - Orrin Lights
View on TikTok

The coast authority said it would meet the union on Friday.
`
	a, _ := Extract(story, Options{})
	var got []string
	for _, e := range a.Embeds {
		got = append(got, e.Platform+" "+e.Handle)
	}
	want := []string{"twitter pialund", "tiktok orrinlights"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("embeds (-want +got):\n%s", d)
	}
	if len(a.Body) != 2 {
		t.Errorf("got %d blocks, want 2: %+v", len(a.Body), a.Body)
	}
}
