package textclean

import (
	"strings"
	"testing"
)

// TestLeadNotHeadline: a first line that ends with a full stop and is longer
// than a headline is the body's lead paragraph (an extractor that leaves the
// headline out); a short stopped line or an unstopped one alone is still the
// headline. Fails with rule lead-not-headline switched off.
func TestLeadNotHeadline(t *testing.T) {
	for _, tc := range []struct {
		name, text, title, firstBody string
	}{
		{"long stopped lead", "We compare the four garden planners we tried over a whole wet summer to help you pick the one for your plot.\n\nThe first planner, Tallow Rows, draws beds to scale.\n\nThe second, Quimby Plots, only lists them.",
			"", "We compare the four garden planners"},
		{"headline without stop", "Quimby council opens two new allotment sites\n\nThe council opened the sites on Friday.\n\nThey hold forty plots each.",
			"Quimby council opens two new allotment sites", "The council opened the sites"},
		{"short stopped slogan", "Grown with care.\n\nTallow Farm sells its beans at the Saturday market.\n\nThe stall opens at eight.",
			"Grown with care.", "Tallow Farm sells"},
		{"long question headline", "Should every small town in the valley be allowed to run its own little bus company again?\n\nThe council asked residents on Monday.\n\nAnswers close in May.",
			"Should every small town in the valley be allowed to run its own little bus company again?", "The council asked"},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title || !strings.HasPrefix(a.Text, tc.firstBody) {
			t.Errorf("%s: title %q, text %.60q; want title %q, text from %q", tc.name, a.Title, a.Text, tc.title, tc.firstBody)
		}
	}
}
