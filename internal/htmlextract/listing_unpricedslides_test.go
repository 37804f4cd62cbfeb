package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// featureSlidesPage is an invented page of a bookkeeping service: two
// paragraphs on the service and a features section laid out as a
// slider whose slides are classed one by one ("carousel__slide") in an
// unclassed track, each a name and a line under it. ogType is the page's
// declared og:type; line is the line under each name, %d standing for
// the slide's number.
func featureSlidesPage(ogType, line string) string {
	names := []string{"Receipts", "Payroll", "Quarterly returns", "Year-end close"}
	var slides strings.Builder
	for i, name := range names {
		fmt.Fprintf(&slides, `<div class="track-item carousel__slide"><h3>%s</h3><p>`+line+`</p></div>`, name, i)
	}
	return `<html><head><title>Tallowby Books</title><meta property="og:type" content="` + ogType + `"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav><main>` +
		`<h1>Bookkeeping for workshops and small makers</h1>` +
		`<p>Tallowby Books keeps the accounts of potters, joiners and weavers in the valley, so that the people who make things can spend their evenings making them.</p>` +
		`<p>You send us photos of your receipts and your bank statements once a month; we send back a plain report and file what the tax office asks for.</p>` +
		`<p>Our two bookkeepers trained at the county college and have kept the books of the weavers' guild for eleven years, through two changes of the rules on sales tax.</p>` +
		`<p>A first call costs nothing: we look at a month of your papers with you, tell you what we would change, and quote a fixed fee for the year before you sign anything.</p>` +
		`<p>If you leave us, we hand over every ledger in a form your next bookkeeper can read, with the notes we kept on each account, at no charge and within a week.</p>` +
		`<h2>What we take off your hands</h2><div class="track">` + slides.String() + `</div></main>` +
		`<footer><a href="/terms">Terms</a></footer></body></html>`
}

// TestUnpricedSlides: rule "unpriced-slides". On a service's page a
// slider of features, a name and a sentence a slide, is one of its
// sections and stays; a slider of prices (a shop's strip of offers), one
// of bare labels, or one on a page declared an article still goes.
func TestUnpricedSlides(t *testing.T) {
	const sentence = "Slide %d: we sort and post every entry by the fifth of the month."
	for _, tc := range []struct {
		what, ogType, line, probe string
		want                      bool
	}{
		{"features", "website", sentence, "Slide 2: we sort and post", true},
		{"priced", "website", "Plan %d, from $19 a month, for a sole trader with one account.", "for a sole trader with one", false},
		{"labels", "website", "Tab %d", "Quarterly returns", false},
		{"article", "article", sentence, "Slide 2: we sort and post", false},
	} {
		a := mustExtract(t, featureSlidesPage(tc.ogType, tc.line))
		checkKept(t, a, tc.probe, tc.what+": the slider", tc.want)
		checkKept(t, a, "send us photos of your receipts", tc.what+": the service's prose", true)
	}
}
