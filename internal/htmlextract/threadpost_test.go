package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// threadPostPage is an invented forum thread that declares itself one
// (schema.org DiscussionForumPosting): long posts and a short one, each a
// comment-classed box whose author's name is a linked heading.
func threadPostPage() string {
	n := 0
	post := func(who, text string) string {
		n++
		name := `<h3 class="entry-user"><a href="/members/` + who + `">` + who + `</a></h3>`
		return fmt.Sprintf(`<article id="post-comment-%d" class="entry">`, n) +
			`<aside class="entry-side">` + name + `<div>Members</div></aside>` +
			`<aside class="entry-head"><time>June 3</time></aside>` +
			`<div class="entry-body">` + text + `</div></article>`
	}
	long := []string{
		`<p>We repainted the old boathouse doors last spring with a linseed paint, and after one wet summer the lower panels are already flaking where the rain splashes back from the slipway.</p><p>Did anyone else have this with linseed paint on oak, or did we skip a step when we prepared the wood?</p>`,
		`<p>Oak holds tannin and moisture near the end grain, so the first coat needs to be thinned and left for a good week before the next one, and the bottom edges want sealing before anything else.</p><p>We did ours in three thin coats over a month and they have stood four winters without any flaking at all.</p>`,
		`<p>Check the drip edge as well: if the water sits on the bottom rail, no paint will last there, and a small bevel cut under the rail lets it run off before it soaks in.</p><p>Ours flaked exactly like that until the carpenter cut the bevel, and the new coat has held since.</p>`,
		`<p>The colour matters too: a dark paint on a south-facing door heats up in the afternoon and pushes the moisture out through the film, which lifts it in small blisters before it flakes.</p><p>We went one shade lighter on the second try and the blisters never came back.</p>`,
		`<p>I would strip the flaking panels back to bare wood, let them dry indoors for a fortnight if the doors come off, and start again with a thinned first coat as described above.</p><p>Patching over flaking paint only hides the problem for a season.</p>`,
	}
	more := []string{
		`<p>The doors face the water, so they get the morning spray and the afternoon sun, and the hinges weep rust onto the paint every winter however often we oil them.</p>`,
		`<p>Some shops sell a linseed primer made for oak, which soaks in further than the paint itself and takes a few days longer to cure, but it saves a coat later on.</p>`,
		`<p>A rubber strip along the sill keeps the splash off the bottom rail, and it is cheap enough to replace every few years when it perishes in the sun.</p>`,
		`<p>On our shed the darker colour also showed every scratch from the trolley, which was another reason to go lighter when we repainted the whole front.</p>`,
		`<p>Keep the removed flakes away from the water when you scrape, since old paint on a boathouse may hold lead, and wear a mask while you sand it.</p>`,
	}
	for i := range long {
		long[i] += more[i] + fmt.Sprintf(`<p>Edit %d: the photos of these doors are in the gallery thread now, with the dates each coat went on and the weather on those days, in case anyone wants to compare the results with their own.</p>`, i+1)
	}
	body := post("Oarsman", long[0]) + post("Keelwright", long[1]) +
		post("Tidewater", `<p>Agreed, the second coat needs a full day in the sun.</p>`) + post("Slipway", long[2]) +
		post("Sternpost", long[3]) + post("Gunwale", long[4])
	return `<html><head><title>Flaking paint on boathouse doors</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Flaking paint on boathouse doors"}</script>` +
		`</head><body><nav><a href="/">Forum</a> <a href="/new">New posts</a></nav><main><h1>Flaking paint on boathouse doors</h1>` +
		`<div class="thread">` + body + `</div></main><footer><a href="/rules">Rules</a></footer></body></html>`
}

// TestThreadPost: rule "thread-post". In a declared thread a short post
// shaped like a teaser card (a linked heading and one line) is a post.
func TestThreadPost(t *testing.T) {
	a, err := Extract(threadPostPage(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"linseed paint", "three thin coats", "second coat needs a full day", "bevel cut under the rail"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %q:\n%s", want, a.Text)
		}
	}
}

// undeclaredThreadPage is an invented Q&A thread that declares nothing:
// its question and answers are comment-classed posts built alike, the
// question short and one answer long.
func undeclaredThreadPage() string {
	post := func(n int, who, when, text string) string {
		return fmt.Sprintf(`<div id="comment-%d_wrap" class="comment">`, n) +
			`<div class="comment-meta"><a href="/u/` + who + `">` + who + `</a> <span class="date">` + when + `</span></div>` +
			`<div class="comment-body">` + text + `</div></div>`
	}
	question := `<p>My rye starter grows a grey liquid layer after two days in the fridge. Is it dead, and how do I prevent it?</p>`
	answer := `<p>That grey liquid is only alcohol the yeast makes once it has run out of flour to eat. The starter is not dead; it is hungry, and the cold slows it down without stopping it.</p>` +
		`<p>Pour the liquid off for a milder loaf or stir it back in for a sharper one, then feed the starter equal weights of flour and water and leave it out for a few hours.</p>` +
		`<p>To prevent it, feed a stiffer mix before it goes into the fridge, two parts flour to one of water, so that it has more food to work through. Rye ferments fast because it carries more enzymes than white flour.</p>`
	short := `<p>I keep mine in a smaller jar so less of it meets the air, and the layer takes a week to appear instead of two days.</p>`
	return `<html><head><title>Grey layer on a rye starter - Velden Bakers</title></head><body>` +
		`<nav><a href="/">Home</a> <a href="/questions">Questions</a></nav><main><h1>Grey layer on a rye starter</h1>` +
		`<div id="comments" class="comments">` + post(101, "Marta", "asked Mar 4", question) +
		post(102, "Oskar", "answered Mar 4", answer) + post(103, "Ines", "answered Mar 5", short) +
		`</div></main><footer><a href="/about">About</a></footer></body></html>`
}

// TestUndeclaredThread: rule "undeclared-thread". The short question and
// the short answer stay beside the long answer.
func TestUndeclaredThread(t *testing.T) {
	a, err := Extract(undeclaredThreadPage(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Is it dead, and how do I prevent it?", "only alcohol the yeast makes", "smaller jar"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %q:\n%s", want, a.Text)
		}
	}
}

// TestVoteCount: rule "vote-count". The scores beside an invented Q&A
// page's question and answers go; a count closing a line of text stays.
func TestVoteCount(t *testing.T) {
	post := func(id, votes, text string) string {
		return `<div id="` + id + `" class="post"><div class="votecell"><button>Up vote</button>` +
			`<div class="js-vote-count">` + votes + `</div><button>Down vote</button></div>` +
			`<div class="postcell">` + text + `</div></div>`
	}
	page := `<html><head><title>Chain skips on the smallest cog</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage"}</script></head><body><main>` +
		`<h1>Chain skips on the smallest cog</h1>` +
		post("question-71", "14", `<p>Since I replaced the rear wheel of my Corvel tourer, the chain jumps every few strokes on the smallest cog, but only under load. What should I check first?</p>`) +
		post("answer-72", "-2", `<p>A chain that skips only on the smallest cog and only under load almost always meets a worn cog: the smallest one carries the most force per tooth and wears first.</p><p>Look at the teeth: worn ones are hooked like fins. Rating so far: <span class="vote-count">31</span></p>`) +
		post("answer-73", "1.2k", `<p>Check the lockring as well: a loose lockring lets the smallest cog shift on its splines, which feels just like a skip under load.</p>`) +
		`</main></body></html>`
	a, err := Extract(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range a.Body {
		if countText(b.Text) {
			t.Errorf("vote count kept as a block: %q\n%s", b.Text, a.Text)
		}
	}
	for _, want := range []string{"only under load. What should I check first?", "wears first", "Rating so far: 31", "loose lockring"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %q:\n%s", want, a.Text)
		}
	}
}

func TestCountText(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"427", true}, {"-3", true}, {"+100", true}, {"−5", true}, {"12.4k", true}, {"1,204", true},
		{"", false}, {"k", false}, {"+", false}, {"3 votes", false}, {"v2", false}, {".5", false},
	} {
		if got := countText(c.in); got != c.want {
			t.Errorf("countText(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestAcceptedMark: rule "accepted-mark". The mark beside an invented
// Q&A page's accepted answer goes; the answer, classed alike, stays, and
// so does a short line that is a sentence.
func TestAcceptedMark(t *testing.T) {
	page := `<html><head><title>Damp in a stone cellar</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage"}</script></head><body><main>` +
		`<h1>Damp in a stone cellar</h1>` +
		`<div class="question"><p>The walls of our cellar in Harnby sweat every August, and the shelves along the north wall grow mould within a week. What helps?</p></div>` +
		`<div id="answer-9" class="answer accepted-answer"><div class="accepted-answer-indicator">Accepted answer</div>` +
		`<p>Summer damp in a cellar is warm outside air meeting cold stone: keep the vents shut on humid afternoons and open them on cool nights instead.</p>` +
		`<div class="accepted-note">It worked for us.</div></div>` +
		`</main></body></html>`
	a, err := Extract(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Accepted answer") {
		t.Errorf("accepted mark kept:\n%s", a.Text)
	}
	for _, want := range []string{"What helps?", "warm outside air meeting cold stone", "It worked for us."} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %q:\n%s", want, a.Text)
		}
	}
}

// TestReplyForm: rule "reply-form". The heading over an invented Q&A
// page's answer box goes; a heading over a form whose section text
// follows it stays.
func TestReplyForm(t *testing.T) {
	page := func(after string) string {
		return `<html><head><title>Frost on the inside of a shed window</title>` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage"}</script></head><body><main>` +
			`<h1>Frost on the inside of a shed window</h1>` +
			`<div class="question"><p>Every cold morning the window of my garden shed in Ostervik is frosted on the inside. The shed has no heating. Why does it happen?</p></div>` +
			`<div class="answer"><p>The air inside the shed holds moisture from the soil under the floor, and on a clear night the glass cools below the dew point first, so the water freezes there before anywhere else.</p></div>` +
			`<h2>Your Answer</h2><form action="/answer"><textarea name="body"></textarea><button>Post</button></form>` + after +
			`</main></body></html>`
	}
	a, err := Extract(page(""), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Your Answer") {
		t.Errorf("heading over the answer box kept:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "below the dew point") {
		t.Errorf("answer missing:\n%s", a.Text)
	}
	a, err = Extract(page(`<p>Answers are read by a moderator before they appear, usually within a day of posting them.</p>`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Your Answer") {
		t.Errorf("heading over its own section text dropped:\n%s", a.Text)
	}
}

// TestControlLabel: rule "control-label". The label of an invented Q&A
// page's sort list goes; a sentence before a list stays.
func TestControlLabel(t *testing.T) {
	page := `<html><head><title>Moss on a slate roof</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage"}</script></head><body><main>` +
		`<h1>Moss on a slate roof</h1>` +
		`<div class="question"><p>The north side of our slate roof in Dunmere is green with moss after two wet winters. Is it safe to scrape it off, or will that crack the slates?</p></div>` +
		`<div class="sort">Sorted by: <select><option>Highest score</option><option>Newest</option></select></div>` +
		`<div class="answer"><p>Do not scrape: a scraper lifts the slate edges. A zinc strip along the ridge releases enough metal with each rain to kill the moss within a season, and the dead moss washes off by itself.</p>` +
		`<p>To order the strips, pick the length of your ridge from this list: <select><option>4 m</option></select></p></div>` +
		`</main></body></html>`
	a, err := Extract(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Sorted by") {
		t.Errorf("sort label kept:\n%s", a.Text)
	}
	for _, want := range []string{"crack the slates?", "washes off by itself", "from this list:"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %q:\n%s", want, a.Text)
		}
	}
}

func TestPostStats(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Asked 2 years ago Modified 1 year ago Viewed 3k times", true},
		{"Asked today Modified today Viewed 1.2k times", true},
		{"asked Mar 4, 2026 edited Mar 5, 2026", true},
		{"asked Mar 4, 2026", false},                                         // one label: a post's own line
		{"Asked twice, modified once, viewed by everyone", false},            // no figure
		{"Asked in 2019 and modified in 2021, the rule still holds.", false}, // a sentence
		{"In 2019 we asked and modified nothing", false},                     // opens with no label
		{"", false},
	} {
		if got := postStats(c.in); got != c.want {
			t.Errorf("postStats(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestPostStatsRule: rule "post-stats" on an invented Q&A page: the stats
// line under the title goes, the question stays.
func TestPostStatsRule(t *testing.T) {
	page := `<html><head><title>Why does my kettle whistle before it boils?</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage"}</script></head><body><main>` +
		`<h1>Why does my kettle whistle before it boils?</h1><div class="stats">Asked 3 days ago Viewed 212 times</div>` +
		`<div class="question"><p>My stovetop kettle from Larrow Works starts to whistle a good minute before the water boils. Is the whistle broken?</p></div>` +
		`<div class="answer"><p>The whistle sounds once steam pushes through it fast enough, and small bubbles of steam form at the hot base well before the whole pot reaches a rolling boil, so an early whistle is normal.</p></div>` +
		`</main></body></html>`
	a, err := Extract(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Viewed 212 times") {
		t.Errorf("stats line kept:\n%s", a.Text)
	}
	for _, want := range []string{"Is the whistle broken?", "an early whistle is normal"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %q:\n%s", want, a.Text)
		}
	}
}
