package htmlextract

import (
	"os"
	"strings"
	"testing"
)

// TestDevLead lists the standfirsts rule "lead-paragraph" emits over a
// cases file (LEDE_DEV_LEAD=cases.jsonl) and whether the gold keeps them
// (IN), leaves them out (OUT) or lists them as boilerplate (WITHOUT); a
// development aid.
func TestDevLead(t *testing.T) {
	cases := os.Getenv("LEDE_DEV_LEAD")
	if cases == "" {
		t.Skip("LEDE_DEV_LEAD not set")
	}
	defer func() { debugLead = nil }()
	fold := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	cnt := map[string]int{}
	eachDevCase(t, cases, func(c devCaseRec) bool {
		gold := fold(c.Body + "\n" + strings.Join(c.With, "\n"))
		without := fold(strings.Join(c.Without, "\n"))
		debugLead = func(text string) {
			tx := fold(text)
			probe := tx
			if len(probe) > 50 {
				probe = probe[:50]
			}
			v := "OUT"
			if strings.Contains(gold, probe) {
				v = "IN"
			}
			if without != "" && strings.Contains(without, probe) {
				v = "WITHOUT"
			}
			cnt[v]++
			t.Logf("%s %s %s: %.100s", v, c.ID, c.PageType, tx)
		}
		Extract(devPage(t, cases, c.Page), Options{URL: c.URL})
		return true
	})
	t.Log(cnt)
}
