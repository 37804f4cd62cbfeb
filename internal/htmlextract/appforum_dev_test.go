package htmlextract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestForumSkeleton measures rule "app-state-discourse" where it matters,
// on Discourse threads as a browser gets them: the benchmark pages
// holding a data-preloaded topic (they also carry the crawler view, which
// the rule leaves alone), their <body> stripped to its scripts and the
// preload element (forumSkeleton). It scores the skeleton's text without
// the rule ("before": the splash or the meta description), with it
// ("after") and the full page's ("full"), WCXB's word-bag F1, and prints
// one line the CI gate 33-discourse reads:
//
//	LEDE_FORUM_CASES=../shared/bench/extract-wcxb/cases.jsonl go test ./internal/htmlextract -run TestForumSkeleton -v
func TestForumSkeleton(t *testing.T) {
	cases := os.Getenv("LEDE_FORUM_CASES")
	if cases == "" {
		t.Skip("LEDE_FORUM_CASES not set")
	}
	n, fromState, before, after, full := skeletonScores(t, cases, "discourse", func(c devCaseRec, p string) (string, bool) {
		if c.Body == "" || !strings.Contains(p, "post_stream") || !strings.Contains(p, "data-preloaded") {
			return "", false
		}
		return forumSkeleton(p)
	})
	if n == 0 {
		t.Fatal("no page carries a Discourse preload")
	}
	fmt.Printf("forum-skeleton pages=%d from_state=%d before=%.3f after=%.3f full=%.3f\n",
		n, fromState, before/float64(n), after/float64(n), full/float64(n))
}

// forumSkeleton is the page with its <body> stripped to its scripts and
// its id="data-preloaded" element, as Discourse sends it to a browser.
func forumSkeleton(page string) (string, bool) {
	return skeletonKeeping(page, func(n *html.Node) bool { return attr(n, "id") == "data-preloaded" })
}
