package htmlextract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// quoteHeadThread is an invented sailing forum's thread whose replies
// quote earlier posts two ways: under a citation box ("2 hours ago, Ada
// Quell said:") and under a line that is one link to the quoted post
// ("Tomas Verrill said:"), with prose enough around them for the
// link-list rule to apply.
const quoteHeadThread = `<!DOCTYPE html><html lang="en"><head><title>Which kettle for a small boat? - Brindlemouth Sailing Forum</title></head><body>
<div class="site-nav"><a href="/">Forums</a> <a href="/new/">New posts</a></div>
<h1>Which kettle for a small boat?</h1>
<div class="thread">
<article class="post"><div class="post-author">Ada Quell</div><div class="post-text">
<p>I sail a small sloop out of Brindlemouth and want a kettle that survives rough weather without sliding off the gimballed stove. Which of the whistling ones should I buy for the galley this spring, and does the handle matter when the boat heels hard in a gust?</p>
<p>Last season I went through two cheap aluminium kettles; both split along the seam after a month of salt air, and one of them poured boiling water across the chart table when the lid flew open.</p></div></article>
<article class="post"><div class="post-author">Tomas Verrill</div><div class="post-text">
<blockquote class="postQuote"><div class="postQuote_citation">2 hours ago, Ada Quell said:</div><div class="postQuote_contents"><p>Which of the whistling ones should I buy for the galley this spring?</p></div></blockquote>
<p>Get a flat-bottomed steel one with a locking lid; the copper ones dent the first time the boom swings across the cabin and catches the shelf. A wide base keeps it on the fiddle rails even in a steep chop off the headland.</p>
<p>I have used the same steel kettle for six seasons now, through two winters laid up in the yard, and it has never rusted at the spout or lost its whistle.</p></div></article>
<article class="post"><div class="post-author">Mirela Santo</div><div class="post-text">
<blockquote class="quoteBox"><div class="quoteBox-title"><a href="/goto/post?id=41" class="quoteBox-jump">Tomas Verrill said:</a></div><div class="quoteBox-content"><p>Get a flat-bottomed steel one with a locking lid.</p></div></blockquote>
<p>Seconded. Mine has crossed the channel twelve times without a single leak, and the handle folds flat for storage under the bench when we are racing and every gram in the galley counts against us.</p>
<p>One more tip: fill it only halfway at sea. A half-full kettle boils sooner on a small burner and throws far less water when a wake from a passing ferry rolls the hull.</p></div></article>
<article class="post"><div class="post-author">Ada Quell</div><div class="post-text">
<p>Thank you all. I went down to the chandlery on the quay this morning and the owner showed me three steel kettles with locking lids; I picked the squat one with the folding handle, which sits snugly between the fiddles and weighs less than the old aluminium pair together.</p>
<p>We took it out past the breakwater in the afternoon with a fresh south-westerly and a short, ugly sea. It stayed put on the burner the whole time, whistled loudly enough to be heard from the helm, and not a drop escaped when we tacked twice in quick succession near the harbour mouth.</p>
<p>For anyone reading this later: check that the lid lock clicks firmly before you light the burner, because a lid that only looks shut will open on the first big roll, and keep a damp cloth under the kettle so it cannot creep across the stove top in a swell.</p></div></article>
</div>
<div class="site-foot"><a href="/terms/">Terms</a> <a href="/privacy/">Privacy</a></div>
</body></html>`

// TestQuoteHead: rule "quote-head". Both attribution lines stay, each
// before the quote it introduces.
func TestQuoteHead(t *testing.T) {
	a := mustExtract(t, quoteHeadThread)
	for _, want := range []string{"2 hours ago, Ada Quell said:", "Tomas Verrill said:", "Get a flat-bottomed steel one", "fill it only halfway"} {
		checkKept(t, a, want, "the reply", true)
	}
	if i, j := strings.Index(a.Text, "Tomas Verrill said:"), strings.Index(a.Text, "Seconded."); i < 0 || j < i {
		t.Errorf("the attribution is not before the reply quoting it:\n%s", a.Text)
	}
}

func TestQuoteHeadFunc(t *testing.T) {
	cases := []struct {
		name, html string
		want       bool
	}{
		{"citation box", `<blockquote><div id="q">Ada Quell said:</div><p>Buy steel.</p></blockquote>`, true},
		{"linked line", `<blockquote> <div id="q"><a href="/p/2">Am 3. Mai schrieb Tomas:</a></div><p>Buy steel.</p></blockquote>`, true},
		{"no colon", `<blockquote><div id="q">Ada Quell</div><p>Buy steel.</p></blockquote>`, false},
		{"not first", `<blockquote><p>Buy steel.</p><div id="q">Ada Quell said:</div><p>Or copper.</p></blockquote>`, false},
		{"whole quote", `<blockquote><div id="q">Ada Quell said:</div></blockquote>`, false},
		{"not in a quote", `<div><div id="q">Ada Quell said:</div><p>Buy steel.</p></div>`, false},
		{"too long", `<blockquote><div id="q">` + strings.Repeat("word ", 20) + `and then:</div><p>Buy steel.</p></blockquote>`, false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatal(err)
		}
		q := findID(doc, "q")
		if q == nil {
			t.Fatalf("%s: no element q", c.name)
		}
		if got := quoteHead(q); got != c.want {
			t.Errorf("%s: quoteHead = %v, want %v", c.name, got, c.want)
		}
	}
}

// findID returns the element under n whose id is id, or nil.
func findID(n *html.Node, id string) *html.Node {
	if n.Type == html.ElementNode && attr(n, "id") == id {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findID(c, id); f != nil {
			return f
		}
	}
	return nil
}
