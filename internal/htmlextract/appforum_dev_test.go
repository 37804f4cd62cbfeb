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
	var n, fromState int
	var before, after, full float64
	eachDevCase(t, cases, func(c devCaseRec) bool {
		if c.Body == "" {
			return true
		}
		p := devPage(t, cases, c.Page)
		if !strings.Contains(p, "post_stream") || !strings.Contains(p, "data-preloaded") {
			return true
		}
		sk, ok := forumSkeleton(p)
		if !ok {
			return true
		}
		off, _ := Extract(sk, Options{URL: c.URL, inner: true})
		on, _ := Extract(sk, Options{URL: c.URL})
		whole, _ := Extract(p, Options{URL: c.URL})
		n++
		b, a, f := wordBagF1(off.Text, c.Body), wordBagF1(on.Text, c.Body), wordBagF1(whole.Text, c.Body)
		before += b
		after += a
		full += f
		if strings.Contains(strings.Join(on.Warnings, "\n"), "discourse") {
			fromState++
		}
		if testing.Verbose() {
			fmt.Printf("  %s before=%.3f after=%.3f full=%.3f\n", c.ID, b, a, f)
		}
		return true
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
