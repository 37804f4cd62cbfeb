package htmlextract

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// appStateMarkers name the frameworks whose pages the skeleton test takes.
var appStateMarkers = []string{"__NEXT_DATA__", "self.__next_f", "__NUXT", "__INITIAL_STATE__", "__APOLLO_STATE__",
	"Fusion.globalContent", "__PRELOADED_STATE__", "___gatsby", "__sveltekit_", "{&q;", "__remixContext"}

// TestAppStateSkeleton measures rule "app-state" where it matters, on
// script-rendered pages as a crawler meets them before any server
// rendering: the benchmark pages that carry app state (appStateMarkers),
// their <body> stripped to its scripts. For each page it scores the text
// from that skeleton without the rule ("before"), with it ("after") and
// from the full page ("full"), and prints one line the CI gate
// 32-appstate reads:
//
//	LEDE_APPSTATE_CASES=../shared/bench/extract-wcxb/cases.jsonl go test ./internal/htmlextract -run TestAppStateSkeleton -v
//
// Scores: pages with a gold body, lower-cased word-bag F1 (as WCXB); pages
// with gold snippets only, the share of "with" snippets found. (The
// benchmark's own scorers need the whole set; this is a subset.)
func TestAppStateSkeleton(t *testing.T) {
	cases := os.Getenv("LEDE_APPSTATE_CASES")
	if cases == "" {
		t.Skip("LEDE_APPSTATE_CASES not set")
	}
	n, fromState, before, after, full := skeletonScores(t, cases, "app state", func(c devCaseRec, p string) (string, bool) {
		if !containsAny(p, appStateMarkers) {
			return "", false
		}
		return skeleton(p)
	})
	if n == 0 {
		t.Fatal("no page carries app state")
	}
	fmt.Printf("appstate-skeleton pages=%d from_state=%d before=%.3f after=%.3f full=%.3f\n",
		n, fromState, before/float64(n), after/float64(n), full/float64(n))
}

// skeletonScores is the loop of TestAppStateSkeleton and
// TestForumSkeleton: for each case of cases with a gold body or snippets
// whose page skel strips to a skeleton (ok), it extracts the skeleton without the app state rules
// ("before"), with them ("after") and the full page ("full"), and sums
// their scores: WCXB's word-bag F1 against a gold body, else the share of
// the case's "with" snippets found. fromState counts the skeletons whose
// warnings name warn. With -v it prints each page's scores.
func skeletonScores(t *testing.T, cases, warn string, skel func(c devCaseRec, page string) (string, bool)) (n, fromState int, before, after, full float64) {
	eachDevCase(t, cases, func(c devCaseRec) bool {
		if c.Body == "" && len(c.With) == 0 {
			return true
		}
		p := devPage(t, cases, c.Page)
		sk, ok := skel(c, p)
		if !ok {
			return true
		}
		score := func(text string) float64 {
			if c.Body == "" {
				k := 0
				for _, s := range c.With {
					if strings.Contains(text, s) {
						k++
					}
				}
				return float64(k) / float64(len(c.With))
			}
			return wordBagF1(text, c.Body)
		}
		off, _ := Extract(sk, Options{URL: c.URL, inner: true})
		on, _ := Extract(sk, Options{URL: c.URL})
		whole, _ := Extract(p, Options{URL: c.URL})
		n++
		b, a, f := score(off.Text), score(on.Text), score(whole.Text)
		before += b
		after += a
		full += f
		if strings.Contains(strings.Join(on.Warnings, "\n"), warn) {
			fromState++
		}
		if testing.Verbose() {
			fmt.Printf("  %s before=%.3f after=%.3f full=%.3f\n", c.ID, b, a, f)
		}
		return true
	})
	return n, fromState, before, after, full
}

// skeleton is the page with its <body> stripped to its scripts.
func skeleton(page string) (string, bool) { return skeletonKeeping(page, nil) }

// skeletonKeeping is the page with its <body> stripped to its scripts and
// the elements keep (when not nil) holds on to.
func skeletonKeeping(page string, keep func(*html.Node) bool) (string, bool) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", false
	}
	b := findBody(doc)
	if b == nil {
		return "", false
	}
	var strip func(n *html.Node)
	strip = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.ElementNode && (c.DataAtom == atom.Script || keep != nil && keep(c)):
			case c.Type == html.ElementNode && c.FirstChild != nil:
				strip(c)
				if c.FirstChild == nil {
					n.RemoveChild(c)
				}
			default:
				n.RemoveChild(c)
			}
			c = next
		}
	}
	strip(b)
	var buf bytes.Buffer
	if html.Render(&buf, doc) != nil {
		return "", false
	}
	return buf.String(), true
}

// wordBagF1 is WCXB's measure: lower-cased word bags, F1 of precision and
// recall.
func wordBagF1(pred, gold string) float64 {
	pw, gw := strings.Fields(strings.ToLower(pred)), strings.Fields(strings.ToLower(gold))
	if len(gw) == 0 || len(pw) == 0 {
		if len(gw) == len(pw) {
			return 1
		}
		return 0
	}
	bag := make(map[string]int, len(gw))
	for _, w := range gw {
		bag[w]++
	}
	m := 0
	for _, w := range pw {
		if bag[w] > 0 {
			bag[w]--
			m++
		}
	}
	if m == 0 {
		return 0
	}
	p, r := float64(m)/float64(len(pw)), float64(m)/float64(len(gw))
	return 2 * p * r / (p + r)
}
