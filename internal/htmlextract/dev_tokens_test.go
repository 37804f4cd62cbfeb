package htmlextract

import (
	"os"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
)

// devTokens splits a class or id value into lower-cased words at
// punctuation and camelCase humps (as classifyName reads it).
func devTokens(v string) []string {
	var out []string
	var cur []byte
	prevLower := false
	flush := func() {
		if len(cur) > 1 {
			out = append(out, string(cur))
		}
		cur = cur[:0]
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
			cur = append(cur, c)
			prevLower = true
		case c >= 'A' && c <= 'Z':
			if prevLower {
				flush()
			}
			cur = append(cur, c+32)
			prevLower = false
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	return out
}

// TestDevTokens lists the class and id words whose regions hold text the
// extraction kept but the gold leaves out, at least twice as much as kept
// text the gold has, on three pages or more (LEDE_DEV_TOK=cases.jsonl): the
// candidates for classTokens (a development aid).
func TestDevTokens(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_TOK")
	if cases == "" {
		t.Skip()
	}
	junk, good := map[string]int{}, map[string]int{}
	pages := map[string]map[string]bool{}
	eachDevCase(t, cases, func(c devCaseRec) bool {
		if strings.TrimSpace(c.Body) == "" {
			return true
		}
		gold := model.CollapseSpace(c.Body)
		page := devPage(t, cases, c.Page)
		a, _ := Extract(page, Options{URL: c.URL})
		if a == nil {
			return true
		}
		pred := model.CollapseSpace(a.Text)
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return true
		}
		var walk func(n *html.Node, toks []string)
		walk = func(n *html.Node, toks []string) {
			if n.Type == html.ElementNode {
				if isJunkTag(n.DataAtom) {
					return
				}
				for _, k := range []string{"class", "id"} {
					if v := attr(n, k); v != "" && !(k == "id" && slugID(v)) {
						toks = append(toks[:len(toks):len(toks)], devTokens(v)...)
					}
				}
			}
			if n.Type == html.TextNode {
				tx := model.CollapseSpace(n.Data)
				if len(tx) < 20 || !strings.Contains(pred, tx) {
					return
				}
				seen := map[string]bool{}
				for _, tk := range toks {
					if seen[tk] {
						continue
					}
					seen[tk] = true
					if strings.Contains(gold, tx) {
						good[tk] += len(tx)
					} else {
						junk[tk] += len(tx)
						if pages[tk] == nil {
							pages[tk] = map[string]bool{}
						}
						pages[tk][c.ID] = true
					}
				}
				return
			}
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				walk(ch, toks)
			}
		}
		walk(doc, nil)
		return true
	})
	var ks []string
	for k := range junk {
		if len(pages[k]) >= 3 && junk[k] > 2*good[k] {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool { return junk[ks[i]] > junk[ks[j]] })
	for _, k := range ks {
		t.Logf("%-20s junk=%7d good=%7d pages=%d", k, junk[k], good[k], len(pages[k]))
	}
}
