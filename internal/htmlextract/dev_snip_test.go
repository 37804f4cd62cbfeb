package htmlextract

import (
	"os"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDevSnippets lists, per page of a snippet cases file
// (LEDE_DEV_SNIP=cases.jsonl), the "with" snippets the extraction misses
// (with the rule that removed them, or "-" when they never reached the
// root) and the "without" snippets it keeps (a development aid).
func TestDevSnippets(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_SNIP")
	if cases == "" {
		t.Skip("LEDE_DEV_SNIP not set")
	}
	fold := model.CollapseSpace
	eachDevCase(t, cases, func(c devCaseRec) bool {
		if len(c.With) == 0 && len(c.Without) == 0 {
			return true
		}
		a, _ := Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		text := ""
		if a != nil {
			text = fold(a.Text)
		}
		for _, s := range c.With {
			s = fold(s)
			if strings.Contains(text, s) {
				continue
			}
			rule := "-"
			if a != nil {
				for _, r := range a.Removed {
					if strings.Contains(fold(r.Text), s) {
						rule = r.Kind + "/" + r.Rule
						break
					}
				}
			}
			t.Logf("MISS %s [%s] %.120s", c.ID, rule, s)
		}
		for _, s := range c.Without {
			s = fold(s)
			if strings.Contains(text, s) {
				t.Logf("FP   %s %.120s", c.ID, s)
			}
		}
		return true
	})
}
