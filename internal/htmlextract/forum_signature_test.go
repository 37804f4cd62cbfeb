package htmlextract

import (
	"strings"
	"testing"
)

// signatureThread is an invented cycling club's thread, declared as a
// discussion, whose posts end with their posters' signatures, one named
// by a data-role only (the rule's to take) and one by the bare class word
// (rule "class-token" takes it too, on a page it does not relax).
const signatureThread = `<!DOCTYPE html><html lang="en"><head><title>Gravel tyres for the autumn audax - Marrowby Wheelers Forum</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Gravel tyres for the autumn audax"}</script></head><body>
<div class="site-nav"><a href="/">Forum home</a> <a href="/search">Search</a></div>
<h1>Gravel tyres for the autumn audax</h1>
<div class="topic">
<article class="entry" id="post-301"><h3 class="entry-author">Wren Okafor</h3>
<div class="entry-content"><p>The autumn audax route has forty kilometres of forest track this year, and my road tyres will not survive the flint.</p><p>Is a 40 mm gravel tyre too slow on the tarmac sections, or is 35 mm the better compromise?</p></div>
<div data-role="memberSignature" class="entry-foot"><p>Riding a steel frame since the last century, slowly.</p></div></article>
<article class="entry" id="post-302"><h3 class="entry-author">Piet Lindqvist</h3>
<div class="entry-content"><p>I rode last year's edition on 38 mm tyres at low pressure and lost nothing on the road that I noticed.</p><p>Take a spare tube and a plug kit either way: the flint on the ridge is sharp.</p></div>
<div class="signature"><p>Club captain, winter league organiser, tea urn keeper.</p></div></article>
</div>
<div class="site-foot"><a href="/rules">Forum rules</a></div>
</body></html>`

// TestPostSignature: rule "post-signature". The posts stay; the
// signatures under them go.
func TestPostSignature(t *testing.T) {
	a := mustExtract(t, signatureThread)
	for _, want := range []string{"forty kilometres of forest track", "38 mm tyres at low pressure", "plug kit"} {
		checkKept(t, a, want, "the post text", true)
	}
	for _, sig := range []string{"steel frame since the last century", "tea urn keeper"} {
		checkKept(t, a, sig, "the signature", false)
	}
}

// TestPostSignatureNotThread: off a thread only a compound name says
// signature for certain; an article's sign-off classed "signature" is left
// to rule "class-token".
func TestPostSignatureNotThread(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Harbour notes</title></head><body><article>` + points(8) +
		`<div class="postsignature"><p>Sent from the harbour office, where the kettle is always on.</p></div></article></body></html>`
	a := mustExtract(t, page)
	if !strings.Contains(a.Text, "Point 7") {
		t.Errorf("body lacks the text:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "kettle is always on") {
		t.Errorf("body holds the signature:\n%s", a.Text)
	}
}
