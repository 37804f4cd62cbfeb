package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// storyCards returns k <article> cards of other stories as a regional
// paper's theme prints them under a report: section, linked headline in
// a <div>, author, date and the excerpt's first line.
func storyCards(k int, nested bool) string {
	var b strings.Builder
	for i := range k {
		body := fmt.Sprintf(`<div class="body">Card %d: the harbour board met on Monday to settle the winter mooring fees for the fishing fleet...</div>`, i)
		if nested {
			body = `<article class="inner">` + body + `</article>`
		}
		fmt.Fprintf(&b, `<article class="card"><div class="section">Local</div><div class="title"><a href="/local/story-%d">Harbour board settles winter fees, story %d</a></div>`+
			`<div class="author">Desk</div><div class="date">March %d</div>%s</article>`, i, i, i+1, body)
	}
	return b.String()
}

// offerCards returns k <article> cards of a service's offers: an unlinked
// title, a line and a call to act as the only link.
func offerCards(k int) string {
	var b strings.Builder
	for i := range k {
		fmt.Fprintf(&b, `<article class="card"><h3>Offer %d title</h3><p>Offer %d: new timetables for every line of the network, sent to you each season.</p>`+
			`<a href="/signup/%d">Sign up for the timetable letter</a></article>`, i, i, i)
	}
	return b.String()
}

// TestStoryRun: rule "story-run" drops the run of <article> cards of
// other stories under the text; a run of posts whose text sits in an
// <article> of its own (a forum's) and a run set between paragraphs of
// the text stay, and so do the cards of a service's offers, whose only
// link is a call to act.
func TestStoryRun(t *testing.T) {
	page := func(mid, tail string) string {
		return `<html><body><main><div class="content"><h1>Ferry timetable changes</h1>` + points(10) + mid + points(2) +
			`<div class="more"><p>Also in the news</p><div class="slot">` + tail + `</div></div></div></main></body></html>`
	}
	a := mustExtract(t, page("", storyCards(4, false)))
	checkKept(t, a, "Card 2:", "story card", false)
	checkKept(t, a, "Point 9", "text", true)
	a = mustExtract(t, page("", storyCards(4, true)))
	checkKept(t, a, "Card 2:", "post with its own article", true)
	a = mustExtract(t, page(`<div class="inset">`+storyCards(4, false)+`</div>`, ""))
	checkKept(t, a, "Card 2:", "run inside the text", true)
	a = mustExtract(t, page("", offerCards(3)))
	checkKept(t, a, "Offer 1:", "offer card", true)
}
