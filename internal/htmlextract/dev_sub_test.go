package htmlextract

import (
	"os"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDevSubstr counts, per class/id substring and page type, the kept
// text bytes the gold has and those it lacks (LEDE_DEV_SUB=cases.jsonl,
// LEDE_DEV_SUBS=comma-separated substrings; a development aid).
func TestDevSubstr(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_SUB")
	if cases == "" {
		t.Skip()
	}
	subs := strings.Split(os.Getenv("LEDE_DEV_SUBS"), ",")
	type cnt struct{ in, out, pages int }
	res := map[string]*cnt{}
	eachDevCase(t, cases, func(c devCaseRec) bool {
		if strings.TrimSpace(c.Body) == "" {
			return true
		}
		gold := strings.Join(strings.Fields(c.Body), " ")
		page := devPage(t, cases, c.Page)
		a, _ := Extract(page, Options{URL: c.URL})
		if a == nil {
			return true
		}
		pred := strings.Join(strings.Fields(a.Text), " ")
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return true
		}
		seenPage := map[string]bool{}
		show := os.Getenv("LEDE_DEV_SUBSHOW")
		var cls []string
		var walk func(n *html.Node, hits map[string]bool)
		walk = func(n *html.Node, hits map[string]bool) {
			if show != "" && n.Type == html.ElementNode {
				v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
				if strings.Contains(v, show) {
					cls = append(cls, v)
					defer func() { cls = cls[:len(cls)-1] }()
				}
			}
			if n.Type == html.ElementNode {
				if isJunkTag(n.DataAtom) {
					return
				}
				v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
				var nh map[string]bool
				for _, s := range subs {
					if !hits[s] && strings.Contains(v, s) {
						if nh == nil {
							nh = map[string]bool{}
							for k := range hits {
								nh[k] = true
							}
						}
						nh[s] = true
					}
				}
				if nh != nil {
					hits = nh
				}
			}
			if n.Type == html.TextNode && len(hits) > 0 {
				tx := strings.Join(strings.Fields(n.Data), " ")
				if len(tx) < 8 || !strings.Contains(pred, tx) {
					return
				}
				for s := range hits {
					k := s + " " + c.PageType
					if res[k] == nil {
						res[k] = &cnt{}
					}
					if strings.Contains(gold, tx) {
						res[k].in += len(tx)
					} else {
						res[k].out += len(tx)
					}
					if s == show && len(cls) > 0 && (os.Getenv("LEDE_DEV_SUBTYPE") == "" || os.Getenv("LEDE_DEV_SUBTYPE") == c.PageType) {
						t.Logf("SHOW %s %s gold=%v [%s] %.80s", c.ID, c.PageType, strings.Contains(gold, tx), strings.Join(cls, " | "), tx)
					}
					if !seenPage[k] {
						seenPage[k] = true
						res[k].pages++
					}
				}
				return
			}
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				walk(ch, hits)
			}
		}
		walk(doc, nil)
		return true
	})
	var ks []string
	for k := range res {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("%-28s in=%7d out=%7d pages=%d", k, res[k].in, res[k].out, res[k].pages)
	}
}
