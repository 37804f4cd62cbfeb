package textclean

import (
	"slices"
	"strings"
	"testing"
)

// TestTopicTailFurniture: a closing topic list ends at the page's next
// furniture, which the phrase rules read ("Reuse this content", "Most
// viewed"), not only at the end of the text (rule topic-tail-furniture),
// and "Explore more on these topics" labels it (rule
// topic-label-explore); the tags are read. A short list under a
// "Topics" line that runs on into the story's prose stays. Fails with
// either rule switched off.
func TestTopicTailFurniture(t *testing.T) {
	const story = "Ferry fares between the two harbour towns will rise by a fifth from April, the operator said on Tuesday.\n\n" +
		"A single adult ticket will cost more than six pounds, the company said.\n\n"
	for _, tc := range []struct {
		name, tail string
		tags       []string
		kept       string // a line the body keeps
	}{
		{"furniture after the tags", "Topics\nFerries\nHarbour towns\nReuse this content\nMost viewed\nGull steals chips on the pier\n",
			[]string{"Ferries", "Harbour towns"}, ""},
		{"explore label", "Explore more on these topics\nFerries\nTransport\nReuse this content\n",
			[]string{"Ferries", "Transport"}, ""},
		{"prose after the list", "Topics\nFerries\nHarbour towns\nThe council will discuss the fares at its next meeting.\n",
			nil, "Harbour towns"},
	} {
		a, _ := Extract("Harbour ferry fares to rise\n\n"+story+tc.tail, Options{})
		if !slices.Equal(a.Tags, tc.tags) {
			t.Errorf("%s: tags %q, want %q", tc.name, a.Tags, tc.tags)
		}
		if tc.kept != "" && !strings.Contains(a.Text, tc.kept) {
			t.Errorf("%s: %q left the body: %q", tc.name, tc.kept, a.Text)
		}
		if tc.tags != nil && strings.Contains(a.Text, tc.tags[0]) {
			t.Errorf("%s: tag %q kept in the body: %q", tc.name, tc.tags[0], a.Text)
		}
	}
}
