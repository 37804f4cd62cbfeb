package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestShopForumToolbar: rule shop-forum-toolbar reads a shop's and a
// forum's controls alone on their lines, and leaves the sentences that
// use the same words.
func TestShopForumToolbar(t *testing.T) {
	checkRules(t, []ruleCase{
		{"Sort by", model.RemovedNavigation, "shop-forum-toolbar"},
		{"Quantity", model.RemovedNavigation, "shop-forum-toolbar"},
		{"Qty", model.RemovedNavigation, "shop-forum-toolbar"},
		{"Unit price per", model.RemovedNavigation, "shop-forum-toolbar"},
		{"Frequently bought together", model.RemovedNavigation, "shop-forum-toolbar"},
		{"Recently viewed", model.RemovedNavigation, "shop-forum-toolbar"},
		{"Similar threads", model.RemovedNavigation, "shop-forum-toolbar"},
		{"Compare:", model.RemovedNavigation, "shop-forum-toolbar"},
	})
	for _, s := range []string{
		"Sort by weight before you pack the Orvania ferry crates.",
		"Quantity matters less than freshness, the Harbour Gazette's cook said.",
		"Recently viewed as a rival, the Quell bakery now supplies the market.",
		"Compare: last year the Orvania ferry carried half as many cyclists.",
	} {
		if kind, rule, ok := Classify(s); ok {
			t.Errorf("Classify(%q) = %q, %q; want no rule", s, kind, rule)
		}
	}
}
