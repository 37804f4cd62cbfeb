package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// sectionLinkIndexPage is an invented news index whose entries open their
// title box with a linked section name before the linked headline:
// <article><div class="head"><a>Transport</a><h2><a>headline</a></h2></div>,
// a date line, a summary.
func sectionLinkIndexPage() string {
	var entries strings.Builder
	for i := range 16 {
		fmt.Fprintf(&entries, `<article><div class="head"><a href="/transport">Transport</a> <h2><a href="/news/%d">Headline %d: night buses return to Kelsby Road</a></h2></div>`+
			`<div class="meta">%d May</div><p>The operator restored the late service after %d weeks, once the depot on the ring road had hired enough drivers for the evening rota.</p></article>`, i, i, i+1, i+2)
	}
	return `<html><head><title>Kelsby Courier: news</title><meta property="og:type" content="website"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><main><h1>Latest news</h1>` + entries.String() + `</main>` +
		`<footer><a href="/terms">Terms</a></footer></body></html>`
}

// TestEntryTitleFirstTextInHeading pins rule "entry-title"'s check that
// the box's first text lies in its linked heading (contains(h, t)): a
// box that a linked section name opens is a kicker's, which the rule
// leaves to the teaser and link-list rules, as it does a <header> that a
// kicker opens (TestEntryTitles).
func TestEntryTitleFirstTextInHeading(t *testing.T) {
	a := mustExtract(t, sectionLinkIndexPage())
	checkKept(t, a, "Headline 4: night buses", "kicker box: an entry's headline", false)
	checkKept(t, a, "after 6 weeks", "kicker box: the entry's summary", true)
}

// replyCards returns k replies of a forum thread, each an <article> that
// shares a link to a report with a line of its own.
func replyCards(k int) string {
	var b strings.Builder
	for i := range k {
		fmt.Fprintf(&b, `<article class="reply"><div class="who">rower%d</div><div class="date">June %d</div>`+
			`<div class="msg">Reply %d: the club posted its answer here, <a href="/news/regatta-%d">Regatta moved to the upper reach for 2027</a>, worth reading before Sunday.</div></article>`, i, i+1, i, i)
	}
	return b.String()
}

// TestStoryRunLeavesThreads pins rule "story-run"'s check that leaves a
// thread alone: on a page declared a discussion, a run of short replies,
// each an <article> holding a linked headline it shares, is the thread's
// posts, not cards of other stories.
func TestStoryRunLeavesThreads(t *testing.T) {
	page := func(ogType string) string {
		return `<html><head><title>Regatta course</title><meta property="og:type" content="` + ogType + `"></head><body><main><div class="content">` +
			`<h1>Regatta course</h1>` + points(10) + `<div class="replies">` + replyCards(4) + `</div></div></main></body></html>`
	}
	a := mustExtract(t, page("DiscussionForumPosting"))
	checkKept(t, a, "Reply 2:", "thread: a reply", true)
	checkKept(t, a, "Point 9", "thread: the opening post", true)
}

// TestStoryRunLeavesListings pins rule "story-run"'s check that leaves a
// listing page alone: a section page whose prose is a two-line
// introduction, its stories in a class="related" box of <article> cards
// (linked headline in a <div>, date, excerpt's first line), is those
// cards; once the relaxed class words bring the box back, story-run must
// not take them for other stories under a text.
func TestStoryRunLeavesListings(t *testing.T) {
	var cards strings.Builder
	for i := range 4 {
		fmt.Fprintf(&cards, `<article class="card"><div class="title"><a href="/county/story-%d">Drove road culverts cleared, story %d</a></div><div class="date">May %d</div>`+
			`<div class="body">Card %d: the parish clerk logged the repairs. The verges were cut back.</div></article>`, i, i, i+1, i)
	}
	intro := `<p>Intro %d: The county surveyors walked the old drove road on Saturday and found three culverts blocked by storm debris.</p>`
	page := `<html><head><title>County</title><meta property="og:type" content="website"></head><body><main><h1>Around the county</h1>` +
		fmt.Sprintf(intro, 0) + fmt.Sprintf(intro, 1) + `<div class="related"><div class="stories">` + cards.String() + `</div></div></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Card 2:", "listing: an entry", true)
	checkKept(t, a, "Intro 1:", "listing: the introduction", true)
}

// TestShortcodeInPreCode pins rule "shortcode-line"'s skipping of
// preformatted blocks in the markup a Markdown renderer gives a code
// sample, <pre><code>: a tutorial's sample shortcode is its text.
func TestShortcodeInPreCode(t *testing.T) {
	page := `<html><body><main><article><h1>Adding a photo gallery to a post</h1>` + points(6) +
		`<p>Type this line where the gallery goes:</p><pre><code>[gallery ids="11,12"]</code></pre>` + pointRange(6, 10) + `</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, `[gallery ids="11,12"]`, "shortcode in pre>code", true)
}
