package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// slidesPage is an invented page of a removals firm: a few paragraphs on
// the firm and a slider (class="carousel") of client quotes, one
// paragraph a slide; ogType is the page's declared og:type and quotes
// the number of slides.
func slidesPage(ogType string, quotes int) string {
	var slides strings.Builder
	for i := range quotes {
		fmt.Fprintf(&slides, `<div class="slide"><p>The crew of van %d packed a four-room flat in one morning, wrapped every frame twice and unloaded it all in the right rooms before dark.</p>`+
			`<p class="who">Client %d, Lorvale</p></div>`, i, i)
	}
	return `<html><head><title>Brennick Removals</title><meta property="og:type" content="` + ogType + `"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/quote">Get a quote</a></nav><main>` +
		`<h1>House moves across the county</h1>` +
		`<p>Brennick Removals has moved families and small offices between the coast towns and the hill villages since the old ferry closed, with its own vans and its own crews.</p>` +
		`<p>Every move starts with a visit: we count the rooms, measure the stairs and the doors, and quote a price that holds unless you add a piano on the day.</p>` +
		`<p>We bring the boxes, the tape and the blankets, and take the empty boxes back a week after the move, so that your new hall is not full of cardboard.</p>` +
		`<h2>What our clients say</h2><div class="carousel">` + slides.String() + `</div></main>` +
		`<footer><a href="/terms">Terms</a></footer></body></html>`
}

// TestProseSlides: rule "prose-slides". On a firm's page a slider of
// client quotes is part of the text; on a page declared an article, or
// with a single slide of prose (a photo and its caption), the carousel
// still goes as a gallery.
func TestProseSlides(t *testing.T) {
	for _, tc := range []struct {
		what, ogType string
		quotes       int
		want         bool
	}{
		{"firm's quotes", "website", 4, true},
		{"quotes on an article", "article", 4, false},
		{"one slide", "website", 1, false},
	} {
		a := mustExtract(t, slidesPage(tc.ogType, tc.quotes))
		checkKept(t, a, "The crew of van 0 packed", tc.what+": the first slide", tc.want)
		checkKept(t, a, "take the empty boxes back", tc.what+": the firm's prose", true)
	}
}
