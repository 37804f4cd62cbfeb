package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// newsIndexPage is an invented news index of a harbour town's paper:
// sixteen entries, each an <article> with a linked headline in its
// <header>, a date line and a paragraph of summary. ogType is the page's
// declared og:type; kicker, when not empty, opens each header before the
// headline.
func newsIndexPage(ogType, kicker string) string {
	var entries strings.Builder
	for i := range 16 {
		fmt.Fprintf(&entries, `<article><header>`+kicker+`<a href="/news/%d">Headline %d: ferry timetable changes at Pellow Quay</a></header>`+
			`<div class="meta">%d April</div><p>The harbour board moved the first crossing of the day %d minutes earlier, so that workers on the island reach the boatyards before the morning shift begins.</p></article>`, i, i, i+1, i+5)
	}
	return `<html><head><title>Pellow Gazette: news</title><meta property="og:type" content="` + ogType + `"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><main><h1>Latest news</h1>` + entries.String() + `</main>` +
		`<footer><a href="/terms">Terms</a></footer></body></html>`
}

// TestEntryTitles: rule "entry-title". On a news index the headline of
// each entry stays above its summary; on a page declared an article the
// same boxes are its related stories, and a header that a kicker opens
// is no plain title: the rule leaves both to the teaser and link-list
// rules.
func TestEntryTitles(t *testing.T) {
	a := mustExtract(t, newsIndexPage("website", ""))
	checkKept(t, a, "Headline 4: ferry timetable", "index: an entry's headline", true)
	checkKept(t, a, "9 minutes earlier", "index: the entry's summary", true)
	a = mustExtract(t, newsIndexPage("article", ""))
	checkKept(t, a, "Headline 4: ferry timetable", "article: an entry's headline", false)
	a = mustExtract(t, newsIndexPage("website", "<span>Transport</span> "))
	checkKept(t, a, "Headline 4: ferry timetable", "kicker: an entry's headline", false)
}
