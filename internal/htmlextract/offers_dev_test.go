package htmlextract

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/htmlmeta"
)

// TestOfferStripDev counts what rule "offer-strip" rests on, per page type
// of a cases file: the pages that declare a single product (declaresProduct
// on the declared type htmlmeta reads), and the pages where the rule drops
// strips, each listed with its strips' removed text (read there the cards'
// sizes and counts that maxStripCard and maxStripKids bound):
//
//	LEDE_OFFERS_CASES=$PWD/../shared/bench/extract-wcxb/cases.jsonl go test ./internal/htmlextract -run TestOfferStripDev -v
func TestOfferStripDev(t *testing.T) {
	cases := os.Getenv("LEDE_OFFERS_CASES")
	if cases == "" {
		t.Skip("LEDE_OFFERS_CASES not set")
	}
	pages, declared, fired := map[string]int{}, map[string]int{}, map[string]int{}
	eachDevCase(t, cases, func(c devCaseRec) bool {
		p := devPage(t, cases, c.Page)
		pages[c.PageType]++
		if doc, err := html.Parse(strings.NewReader(p)); err == nil && declaresProduct(htmlmeta.Extract(doc, c.URL, testNow).Type) {
			declared[c.PageType]++
		}
		a, _ := Extract(p, Options{URL: c.URL, Now: testNow})
		strips := 0
		for _, r := range a.Removed {
			if r.Rule == "offer-strip" {
				strips++
				t.Logf("%s %s strip: %.120q", c.ID, c.PageType, r.Text)
			}
		}
		if strips > 0 {
			fired[c.PageType]++
		}
		return true
	})
	kinds := make([]string, 0, len(pages))
	for k := range pages {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("offer-strip %-13s pages=%4d declare-product=%3d rule-fired=%3d\n", k, pages[k], declared[k], fired[k])
	}
}
