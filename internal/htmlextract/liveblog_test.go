package htmlextract

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestEntryTime covers rule "entry-time": a live blog's entry stamps,
// each set in a box of its own above the entry, head their entries as
// headings, not paragraphs; a video card's duration badge over its short
// title, or a time over a long line that is no sentence or over a short
// sentence, goes; a figure or a price that only looks like a time stays.
func TestEntryTime(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm live: ferries cancelled as gales hit the coast</title></head>
<body><main><article>
<h1>Storm live: ferries cancelled as gales hit the coast</h1>
<div class="live-feed">
<div class="live-entry"><div class="entry-meta"><time datetime="2024-11-02T10:42:00Z">10:42</time></div>
<h2>Coastal road closed</h2>
<p>Police have closed the coast road between the two harbour towns after waves threw stones and seaweed across both lanes this morning.</p></div>
<div class="live-entry"><div class="entry-meta"><time datetime="2024-11-02T09:15:00Z">9:15am</time></div>
<p>The ferry operator has cancelled all sailings until at least midday, saying the swell at the harbour mouth is too high for a safe crossing.</p></div>
<div class="live-entry"><p class="stamp">08.50 GMT</p>
<p>Good morning and welcome to our coverage of the storm, which forecasters say will bring gusts of up to ninety miles an hour to exposed headlands.</p>
<p>12.50</p></div>
<div class="clip"><p class="badge">1:07</p><p>Waves over the pier</p></div>
</div></article></main></body></html>`
	a := mustExtract(t, page)
	for _, stamp := range []string{"10:42", "9:15am", "08.50 GMT"} {
		i := slices.IndexFunc(a.Body, func(b model.Block) bool { return b.Text == stamp })
		if i < 0 || a.Body[i].Kind != model.KindHeading || i+1 == len(a.Body) {
			t.Errorf("stamp %q does not head its entry:\n%+v", stamp, a.Body)
		}
	}
	if slices.ContainsFunc(a.Body, func(b model.Block) bool { return b.Text == "1:07" }) {
		t.Errorf("duration badge kept:\n%s", a.Text)
	}
	checkKept(t, a, "Police have closed the coast road", "the first entry", true)
	checkKept(t, a, "Good morning and welcome", "the last entry", true)
	checkKept(t, a, "12.50", "a figure without a suffix", true)
	checkKept(t, a, "Waves over the pier", "the clip's title", true)
	// under a time, a long line that is no sentence (a clip's caption) or
	// a sentence too short for an entry's is no entry: the time goes
	page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm live: the afternoon</title></head>
<body><main><article>
<h1>Storm live: the afternoon</h1>
<p>The storm moved east through the afternoon, and the coastguard said it had answered more than forty calls along the exposed stretch of coast.</p>
<div class="clip"><p class="badge">2:30</p><p>Crowds gather on the promenade to watch the waves break over the sea wall</p></div>
<div class="live-entry"><p class="stamp">15:05</p><p>Ferries stopped.</p></div>
<p>Forecasters expect the wind to ease overnight, though a warning for heavy rain stays in place for the hills until Sunday morning.</p>
</article></main></body></html>`
	a = mustExtract(t, page)
	for _, stamp := range []string{"2:30", "15:05"} {
		if slices.ContainsFunc(a.Body, func(b model.Block) bool { return b.Text == stamp }) {
			t.Errorf("time %q over no entry kept:\n%s", stamp, a.Text)
		}
	}
	for _, s := range []string{"10:42", "9:15am", "9:15 p.m.", "14.05 GMT", "10h15", "7:05 AM ET"} {
		if !entryTime(s, strings.ToLower(s)) {
			t.Errorf("entryTime(%q) = false", s)
		}
	}
	for _, s := range []string{"12.50", "25:10", "10:75", "2:1", "10:42 Police said", "1024:00", "At 10:42"} {
		if entryTime(s, strings.ToLower(s)) {
			t.Errorf("entryTime(%q) = true", s)
		}
	}
}
