package textclean

import (
	"strings"
	"testing"
)

// TestNotHeadline: a short first line standing alone is not taken as the
// title when it is a one-word label, a label ending with a colon, page
// chrome, a dateline or an image credit (an extractor that left the headline
// out); the line stays with the body, which keeps it or removes it by its
// own rules. Each case fails with its rule switched off; the last cases are
// headlines that must stay titles.
func TestNotHeadline(t *testing.T) {
	const body = "\n\nThe Quimby council opened two allotment sites on Friday, each with forty plots.\n\nThe sites open at eight."
	for _, tc := range []struct {
		rule, first, title string
		removed            bool // the body rules remove the line (else it opens the body text)
	}{
		{"title-one-word", "Zorblets", "", false},
		{"title-one-word", "#1", "", false},
		{"title-counter", "1,204 views", "", false},
		{"title-counter", "$24.95 Excl. tax", "", false},
		{"title-label", "Tallow plots come with the following:", "", false},
		{"title-salutation", "Hi, all zorblers!", "", false},
		{"title-salutation", "Dear fellow allotment holders,", "", false},
		{"title-salutation", "Back at the Quimby plots again --", "", false},
		{"title-chrome", "Share on Pinterest", "", true},
		{"title-chrome", "Skip to main content", "", true},
		{"title-chrome", "Ada Marr/Reuters", "", true},
		{"title-dateline", "Updated March 9, 2031", "", true},
		{"title-dateline", "By Ada Marr", "", true},
		{"title-credit", "AFP / Ada Marr", "", true},
		{"title-credit", "Ada Marr digging the new plots (Photo: Tallow Gazette)", "", true},
		{"headline", "Quimby council opens two allotment sites", "Quimby council opens two allotment sites", false},
		{"headline opening with a number", "2031 in review: the Quimby allotments", "2031 in review: the Quimby allotments", false},
		{"headline after cta-watch", "WATCH: Five things the Quimby council promised", "WATCH: Five things the Quimby council promised", false},
	} {
		a, err := Extract(tc.first+body, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%s %q: title %q, want %q", tc.rule, tc.first, a.Title, tc.title)
			continue
		}
		if tc.title != "" {
			continue
		}
		kept := strings.HasPrefix(a.Text, tc.first+"\n")
		if tc.removed {
			kept = false
			for _, r := range a.Removed {
				kept = kept || r.Text == tc.first
			}
		}
		if !kept {
			t.Errorf("%s %q: line lost; text %.60q, removed %v", tc.rule, tc.first, a.Text, a.Removed)
		}
	}
}
