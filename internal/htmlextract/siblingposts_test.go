package htmlextract

import (
	"regexp"
	"testing"
)

// TestSiblingPosts: rule "sibling-posts". A page that declares itself a
// discussion holds a short question over a long answer, two posts built
// alike; the content search stays above them and both are kept.
func TestSiblingPosts(t *testing.T) {
	post := func(id, user, body string) string {
		return `<article class="post" id="post_` + id + `"><header class="post-meta"><a class="author" href="/u/` + user + `">` + user +
			`</a></header><div class="post-body">` + body + `</div></article>`
	}
	page := `<!DOCTYPE html><html><head><title>New ferry berth timetable - Harbour Forum</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"New ferry berth timetable"}</script></head><body>
<header><nav><a href="/">Harbour Forum</a> <a href="/latest">Latest</a></nav></header>
<main><h1>New ferry berth timetable</h1><div class="topic-posts">` +
		post("1", "ron_k", `<p>Hi, is there a timetable for the new ferry berth at Pell Harbour? The council page only lists the old one. Thanks!</p>`) +
		post("2", "harbourmaster_p", `<p>The berth opens in spring. Until then the ferry leaves from the old quay on the north side, and the timetable there is unchanged.</p>`+
			`<p>The council will post the new timetable two weeks before the berth opens, together with a map of the new walkway from the car park, which is longer than the old one.</p>`+
			`<p>If you travel with a bicycle, note that the new berth has a separate ramp for bikes, so you will no longer queue with the cars at the barrier.</p>`) +
		`</div></main><footer>Harbour Forum</footer></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "is there a timetable for the new ferry berth", "question", true)
	checkKept(t, a, "separate ramp for bikes", "answer", true)
}

// TestSiblingPostsMoves: rule "sibling-posts" stops the content search
// only at an item with a sibling built alike that holds text of its own:
// a post whose only sibling built alike is hidden (a reply awaiting a
// moderator), and a <div> of no class or id beside another (any two plain
// <div>s are alike), are moved into as before.
func TestSiblingPostsMoves(t *testing.T) {
	head := `<!DOCTYPE html><html><head><title>Night ferry to Pell - Harbour Forum</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Night ferry to Pell"}</script></head><body>
<header><nav><a href="/">Harbour Forum</a> <a href="/latest">Latest</a></nav></header><main><h1>Night ferry to Pell</h1>`
	long := `<p>The night ferry to Pell runs on Fridays and Saturdays only, leaving the old quay at eleven and arriving a little after midnight in summer.</p>` +
		`<p>In winter the crossing takes longer because the ferry goes round the sandbank on the east side, so plan on arriving closer to one in the morning.</p>` +
		`<p>Tickets are sold on board, cash or card, and bicycles travel free; the bar closes half an hour before arrival and the deck stays open in good weather.</p>`
	tail := `</main><footer>Harbour Forum</footer></body></html>`
	tests := []struct{ name, page, root string }{
		{"hidden sibling", head + `<div class="topic-posts"><article class="post" id="post_1"><div class="post-body">` + long + `</div></article>` +
			`<article class="post" id="post_2" hidden><div class="post-body"><p>This reply is waiting for a moderator to approve it before others see it.</p></div></article></div>` + tail,
			"/html.#/body.#/main.#/div.topic-posts#/article.post#post_1/div.post-body#"},
		{"plain divs", head + `<div><div>` + long + `</div><div><p>Three members and eleven guests are reading this.</p></div></div>` + tail,
			"/html.#/body.#/main.#/div.#/div.#"},
	}
	counts := regexp.MustCompile(`\([^)]*\)`)
	for _, tc := range tests {
		var root string
		debugRoot = func(path string) { root = counts.ReplaceAllString(path, "") }
		mustExtract(t, tc.page)
		debugRoot = nil
		if root != tc.root {
			t.Errorf("%s: content root %s, want %s", tc.name, root, tc.root)
		}
	}
}

// madeAsTests: rule "sibling-posts" compares a sibling's classes, space
// normalised, and its id without digits.
var madeAsTests = []struct {
	page, cls, id string
	want          bool
}{
	{`<article class="post  post--reply" id="post_13">`, "post post--reply", "post_", true},
	{`<article class="post" id="post_13">`, "post post--reply", "post_", false},
	{`<article class="post" id="reply_13">`, "post", "post_", false},
	{`<article class="post">`, "post", "", true},
}

func TestMadeAs(t *testing.T) {
	for _, tc := range madeAsTests {
		n := mustParseTag(t, tc.page, "article")
		if got := madeAs(n, tc.cls, tc.id); got != tc.want {
			t.Errorf("madeAs(%s, %q, %q) = %v, want %v", tc.page, tc.cls, tc.id, got, tc.want)
		}
	}
}
