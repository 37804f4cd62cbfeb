package htmlmeta

import (
	"testing"
	"time"

	"golang.org/x/net/html"
)

// TestDumpDates writes, for every benchmark page, the published date
// chosen, its evidence and the date candidates the rules weigh, one JSON
// line per page, to LEDE_DATE_DUMP; a development aid for studying misses.
func TestDumpDates(t *testing.T) {
	now := time.Now()
	devDump(t, "LEDE_DATE_DUMP", func(devCase) bool { return true }, func(set string, c devCase, doc *html.Node) any {
		m := Extract(doc, c.URL, now)
		col := collect(doc, c.URL)
		metas := map[string][]string{}
		for _, ks := range [][]string{publishedMetas, modifiedMetas} {
			for _, k := range ks {
				if v := col.metas[k]; len(v) > 0 {
					metas[k] = v
				}
			}
		}
		ld := map[string]any{}
		if col.ld.main != nil {
			for _, k := range []string{"@type", "datePublished", "dateModified", "dateCreated", "uploadDate"} {
				if v, ok := col.ld.main[k]; ok {
					ld[k] = v
				}
			}
		}
		var others []string
		for _, o := range col.ld.objects {
			if v := str(o["datePublished"]); v != "" {
				others = append(others, v)
			}
		}
		var times []map[string]any
		for _, tc := range col.times {
			times = append(times, map[string]any{"v": tc.value, "kind": tc.kind, "ev": tc.evidence, "order": tc.order, "chrome": tc.chrome})
		}
		h1 := col.mainH1Order()
		var shown []string
		for _, st := range col.shownTexts(now, 8) {
			shown = append(shown, st.day+" | "+st.text)
		}
		rec := map[string]any{
			"set": set, "id": c.ID, "type": c.PageType, "url": c.URL, "lang": col.htmlLang,
			"metas": metas, "ld": ld, "ldPub": others, "times": times, "h1": h1,
			"shown": shown, "labels": col.labels.texts, "bare": col.labels.bare, "script": col.scriptDate,
			"bodyLines": col.bodyLines,
		}
		if m.Published != nil {
			rec["pub"], rec["pubEv"] = m.Published.Value, m.Published.Evidence
		}
		if m.Modified != nil {
			rec["mod"], rec["modEv"] = m.Modified.Value, m.Modified.Evidence
		}
		return rec
	})
}
