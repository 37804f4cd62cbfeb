package htmlextract

import (
	"os"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestDevCards lists, per page, the groups of priced cards (3+ sibling
// card-sized elements with a price) inside the chosen root, with the
// share of their words the gold keeps (LEDE_DEV_CARDS=cases.jsonl; a
// development aid).
func TestDevCards(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_CARDS")
	if cases == "" {
		t.Skip()
	}
	defer func() { debugDone = nil }()
	eachDevCase(t, cases, func(c devCaseRec) bool {
		gold := map[string]bool{}
		for _, w := range wordsOf(c.Body) {
			gold[w] = true
		}
		debugDone = func(x *extractor, body, root *html.Node) {
			rt := x.info1(root).text
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				var cards []*html.Node
				for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
					if x.sizedCard(ch) != nil && cardPriced(ch) {
						cards = append(cards, ch)
					}
				}
				if len(cards) >= 3 {
					var ws []string
					var tx int32
					for _, cd := range cards {
						ws = append(ws, wordsOf(cardText(cd))...)
						tx += x.info1(cd).text
					}
					in := 0
					for _, w := range ws {
						if gold[w] {
							in++
						}
					}
					t.Logf("CARDS %s %-10s n=%2d share=%.2f gold=%.2f words=%d %.60s", c.ID, c.PageType, len(cards),
						float64(tx)/float64(max(rt, 1)), float64(in)/float64(max(len(ws), 1)), len(ws), strings.Join(ws, " "))
					return
				}
				for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
					if ch.Type == html.ElementNode {
						if p := x.ptr(ch); p != nil && !p.skip {
							walk(ch)
						}
					}
				}
			}
			walk(root)
		}
		Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		return true
	})
}

// TestDevState lists each page's search state: listing, relax, the
// root's share of the body's text (LEDE_DEV_STATE=cases.jsonl).
func TestDevState(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_STATE")
	if cases == "" {
		t.Skip()
	}
	defer func() { debugDone = nil }()
	eachDevCase(t, cases, func(c devCaseRec) bool {
		debugDone = func(x *extractor, body, root *html.Node) {
			bi, ri := x.info1(body), x.info1(root)
			t.Logf("STATE %s %s teaserLoss=%d reviews=%d listing=%v relax=%d noTeasers=%v bodyText=%d rootText=%d rootShare=%.2f bodyCGood=%d rootCGood=%d tag=%s",
				c.ID, c.PageType, x.teaserLoss, x.reviews, x.listing, x.relax, x.noTeasers, bi.text, ri.text, float64(ri.text)/float64(max(bi.text, 1)), bi.cgood, ri.cgood, root.Data)
		}
		Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		return true
	})
}

// TestDevProduct lists, per page with a declared Product description, the
// description's words, the body's, the gold's and the description's
// coverage of each (LEDE_DEV_PROD=cases.jsonl).
func TestDevProduct(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_PROD")
	if cases == "" {
		t.Skip()
	}
	eachDevCase(t, cases, func(c devCaseRec) bool {
		page := devPage(t, cases, c.Page)
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return true
		}
		d := productDescription(doc)
		if d == "" {
			return true
		}
		a, _ := Extract(page, Options{URL: c.URL})
		dw, bw, gw := wordsOf(d), wordsOf(a.Text), wordsOf(c.Body)
		t.Logf("PROD %s %-10s desc=%4d body=%5d gold=%5d desc-in-body=%.2f desc-in-gold=%.2f gold-in-desc=%.2f", c.ID, c.PageType, len(dw), len(bw), len(gw),
			wordCoverage(dw, bw), wordCoverage(dw, gw), wordCoverage(gw, dw))
		return true
	})
}

// TestDevReviews lists each page's outermost "reviews"-classed regions:
// their text and the share of their words the gold has
// (LEDE_DEV_REV=cases.jsonl).
func TestDevReviews(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_REV")
	if cases == "" {
		t.Skip()
	}
	defer func() { debugDone = nil }()
	eachDevCase(t, cases, func(c devCaseRec) bool {
		gold := wordsOf(c.Body)
		debugDone = func(x *extractor, body, root *html.Node) {
			if x.reviews == 0 {
				return
			}
			for _, n := range x.boilerTops {
				ni := x.info1(n)
				if ni.word != "class:reviews" {
					continue
				}
				ws := wordsOf(textOf(n))
				t.Logf("REV %s %-10s n=%d text=%6d good=%6d inRoot=%v gold=%.2f cls=%.60s", c.ID, c.PageType, x.reviews, ni.text, ni.good, contains(root, n) || contains(n, root), wordCoverage(ws, gold), attr(n, "class")+"#"+attr(n, "id"))
			}
		}
		Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		return true
	})
}

// TestDevRelax lists, for pages searched with relaxed class rules, the
// boilerplate-classed regions holding the most prose, with the share of
// their words the gold has (LEDE_DEV_RELAX=cases.jsonl).
func TestDevRelax(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_RELAX")
	if cases == "" {
		t.Skip()
	}
	defer func() { debugDone = nil }()
	eachDevCase(t, cases, func(c devCaseRec) bool {
		gold := wordsOf(c.Body)
		debugDone = func(x *extractor, body, root *html.Node) {
			if x.relax != 1 || x.listing {
				return
			}
			tops := append([]*html.Node(nil), x.boilerTops...)
			sort.Slice(tops, func(i, j int) bool { return x.info1(tops[i]).good > x.info1(tops[j]).good })
			bg := x.info1(body).good
			for i, n := range tops {
				if i == 4 {
					break
				}
				ni := x.info1(n)
				t.Logf("RELAX %s %-10s %-22s good=%5d/%5d gold=%.2f inRoot=%v %.50s", c.ID, c.PageType, ni.word, ni.good, bg,
					wordCoverage(wordsOf(textOf(n)), gold), contains(root, n) || contains(n, root), attr(n, "class"))
			}
		}
		Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		return true
	})
}

// TestDevSafeguard lists the boilerplate-classed regions that the
// keepShare safeguard kept as content, with the share of their words the
// gold has (LEDE_DEV_SAFE=cases.jsonl).
func TestDevSafeguard(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_SAFE")
	if cases == "" {
		t.Skip()
	}
	defer func() { debugDone = nil }()
	eachDevCase(t, cases, func(c devCaseRec) bool {
		gold := wordsOf(c.Body)
		debugDone = func(x *extractor, body, root *html.Node) {
			bg := x.info1(body).good
			for _, n := range x.boilerTops {
				p := x.ptr(n)
				if p == nil || p.effBoiler || p.rescued || !x.applies(p) || float64(p.good) < keepShare*float64(bg) {
					continue
				}
				ws := wordsOf(textOf(n))
				t.Logf("SAFE %s %-10s %-20s good=%6d/%6d relax=%d gold=%.2f goldIn=%.2f inRoot=%v", c.ID, c.PageType, p.word, p.good, bg, x.relax,
					wordCoverage(ws, gold), wordCoverage(gold, ws), contains(root, n) || contains(n, root))
			}
		}
		Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		return true
	})
}

// TestDevMain lists, for pages whose root lies inside <main>, the text
// of <main> and of the root, and how many element children <main> has
// with text (LEDE_DEV_MAIN=cases.jsonl).
func TestDevMain(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_MAIN")
	if cases == "" {
		t.Skip()
	}
	defer func() { debugDone = nil }()
	eachDevCase(t, cases, func(c devCaseRec) bool {
		debugDone = func(x *extractor, body, root *html.Node) {
			for p := root.Parent; p != nil && p != body; p = p.Parent {
				if p.DataAtom != atom.Main {
					continue
				}
				mi, ri := x.info1(p), x.info1(root)
				kids, secs := 0, 0
				for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
					if ch.Type == html.ElementNode && x.info1(ch).ctext > 0 {
						kids++
						if ch.DataAtom == atom.Section {
							secs++
						}
					}
				}
				t.Logf("MAIN %s %-10s ratio=%.2f main=%d root=%d kids=%d sections=%d rootTag=%s", c.ID, c.PageType, float64(mi.ctext)/float64(max(ri.ctext, 1)), mi.ctext, ri.ctext, kids, secs, root.Data)
				break
			}
		}
		Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		return true
	})
}
