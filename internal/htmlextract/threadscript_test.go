package htmlextract

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// threadScriptPage is an invented forum thread in a crawler view: its
// type is in a JSON-LD script of its own, og:type says website, and each
// post opens with its date line and its place in the thread.
func threadScriptPage(ld string) string {
	n := 0
	post := func(date, text string) string {
		n++
		return `<div class="topic-body crawler-post"><div class="crawler-post-meta"><span class="crawler-post-infos"><time datetime="2026-03-03T09:12:00Z" class="post-time">` + date + `</time>
<span itemprop="position">` + strconv.Itoa(n) + `</span></span></div>
<div class="post"><p>` + text + `</p></div></div>`
	}
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kiln shelf cracked on the first firing - Glaze Room</title>
<meta property="og:type" content="website">` + ld + `</head><body>
<header><a href="/">Glaze Room</a></header>
<div id="main-outlet" class="wrap" role="main"><h1>Kiln shelf cracked on the first firing</h1>` +
		post("March 3, 2026, 9:12am", "My new cordierite shelf split straight across on its first bisque firing. I had it on three posts and the kiln was only half full. Was it faulty?") +
		post("March 3, 2026, 11:40am", "Three posts is right, but a new shelf needs a slow first firing to drive the last water out. Cracks straight across usually mean it heated too fast, not that it was faulty.") +
		post("March 4, 2026, 8:05pm", "That fits: I fired it at full speed. I will take the next one slowly through the first two hundred degrees.") +
		post("March 4, 2026, 9:30pm", "Worth adding that a shelf also cracks when one side sits over an element and the other over a gap in the load. Keep the load spread evenly across the whole shelf, and leave a finger's width between the shelf edge and the kiln wall so the air can move.") +
		post("March 5, 2026, 7:15am", "I keep a log of every firing: date, load, ramp, peak and hold. When something cracks or a glaze crawls I can look back and see what changed, and nine times out of ten it was the ramp in the first hour rather than anything at the top.") +
		post("March 5, 2026, 6:50pm", "One more thing: wash the shelf on one side only and always fire it wash side up. If you flip it, the wash flakes onto the pots below, and a shelf that is flipped each firing also warps less, which is the reason some potters flip it anyway and wash both sides.") +
		post("March 6, 2026, 10:05am", "Thanks, everyone. The replacement shelf came through a slow first firing without a mark, and the pots on it were the best of the month. I have started the firing log as well and taped the ramp schedule to the wall beside the controller.") +
		`</div><footer><a href="/about">About</a></footer></body></html>`
}

// TestThreadScript: rules "declared-thread" (a JSON-LD script that
// declares a Q&A page makes the page a thread) and "item-position" (in a
// thread, each post's ordinal goes). Either off, the posts' numbers stay
// as lines of their own.
func TestThreadScript(t *testing.T) {
	// The question inside the page names its date, so the page's main
	// type is read as the question's, not QAPage.
	ld := `<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"Kiln shelf cracked on the first firing","mainEntity":{"@type":"Question","name":"Kiln shelf cracked on the first firing","datePublished":"2026-03-03T09:12:00Z","answerCount":6}}</script>`
	a := mustExtract(t, threadScriptPage(ld))
	for _, b := range a.Body {
		if _, err := strconv.Atoi(strings.TrimSpace(b.Text)); err == nil || strings.HasSuffix(b.Text, "am 1") {
			t.Errorf("a post's ordinal stayed: %q", b.Text)
		}
	}
	checkKept(t, a, "March 3, 2026, 9:12am", "first post's date line", true)
	checkKept(t, a, "split straight across", "first post", true)
}

var threadScriptCases = []struct {
	script string
	want   bool
}{
	{`<script type="application/ld+json">{"@type": "QAPage"}</script>`, true},
	{`<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"DiscussionForumPosting","headline":"x"}]}</script>`, true},
	{`<script type="application/ld+json">{"@type":"NewsArticle","headline":"QAPage rules"}</script>`, false},
	{`<script>var t = {"@type":"QAPage"};</script>`, false},
	{`<script type="application/ld+json">{"@type":"FAQPage"}</script>`, false},
}

func TestThreadScriptTypes(t *testing.T) {
	for _, tc := range threadScriptCases {
		doc, err := html.Parse(strings.NewReader("<html><head>" + tc.script + "</head><body></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, got := scanElements(doc, nil); got != tc.want {
			t.Errorf("scanElements thread = %v for %s, want %v", got, tc.script, tc.want)
		}
	}
}
