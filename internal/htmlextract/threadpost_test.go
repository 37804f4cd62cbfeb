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
