package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// cardGridPage is an invented page of a surveying firm: three paragraphs
// on the firm (enough prose for rule "link-list" to apply) and a grid of
// six cards, each one link around a heading, a one-sentence description
// in a division and a "See the service" label. ogType is the page's
// declared og:type; heading makes card i's heading.
func cardGridPage(ogType string, heading func(i int) string) string {
	var cards strings.Builder
	for i := range 6 {
		fmt.Fprintf(&cards, `<div class="cell"><a class="tile" href="/services/s%d"><h3>%s</h3>`+
			`<div class="tile-text">Our field team %d measures boundaries, slopes and drainage on site, then sends a signed plan that the county office accepts without further checks.</div>`+
			`<div class="tile-more"><span>See the service</span></div></a></div>`, i, heading(i), i)
	}
	return `<html><head><title>Services - Pellworth Surveys</title><meta property="og:type" content="` + ogType + `"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav><main>` +
		`<h1>Land surveys for owners and builders</h1>` +
		`<p>Pellworth Surveys has measured farms, building plots and river banks across the valley for three generations, and every plan we sign is drawn by a chartered surveyor who walked the ground.</p>` +
		`<p>Most jobs start with a phone call and a visit within the week; we quote a fixed price after the visit, and the price does not change if the ground turns out harder than it looked.</p>` +
		`<p>We work with the county land office every day, so our plans are filed in the form the office asks for, and a sale or a building permit is not held up by a missing mark.</p>` +
		`<p>Owners who need a plan for a dispute with a neighbour get a surveyor who has given evidence before, and a report written for a judge who has never seen the land.</p>` +
		`<p>Builders who need the plot set out before the diggers arrive get pegs in the ground the day before, checked again on the morning the work begins.</p>` +
		`<p>Farmers who split a field between heirs get a plan that follows the hedges where the law allows it, so that no one has to move a fence that stood for a century.</p>` +
		`<h2>What we do</h2><div class="tiles">` + cards.String() + `</div></main>` +
		`<footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>`
}

// TestCardDescription: rule "card-description". On a firm's page a grid
// of whole-card links, each a short name and one sentence on the service,
// is the page's text, not a link list. The same grid on a page declared
// an article, or with cards headed by long headlines (teasers of other
// stories), still goes.
func TestCardDescription(t *testing.T) {
	name := func(i int) string { return fmt.Sprintf("Boundary Plans %d", i) }
	headline := func(i int) string {
		return fmt.Sprintf("How a valley family settled a quarrel over the old mill stream in week %d", i)
	}
	for _, tc := range []struct {
		what, ogType string
		heading      func(int) string
		want         bool
	}{
		{"service cards", "website", name, true},
		{"cards on an article", "article", name, false},
		{"cards headed by headlines", "website", headline, false},
	} {
		a := mustExtract(t, cardGridPage(tc.ogType, tc.heading))
		checkKept(t, a, "Our field team 5 measures", tc.what+": the last card's description", tc.want)
		checkKept(t, a, "Farmers who split a field", tc.what+": the firm's prose", true)
	}
}

// TestEndsSentence: the description's last mark, as rule
// "card-description" reads it.
var endsSentenceCases = []struct {
	in   string
	want bool
}{
	{"We survey the plot.", true},
	{"Need a plan by Friday?", true},
	{"Call us today!  ", true},
	{`He said "we measure twice."`, true},
	{"We measure the plot (and the stream.)", true},
	{"Plans for every plot", false},
	{"The quarrel over the mill stream went on for...", false},
	{"The quarrel over the mill stream went on for…", false},
	{"", false},
}

func TestEndsSentence(t *testing.T) {
	for _, c := range endsSentenceCases {
		if got := endsSentence(c.in); got != c.want {
			t.Errorf("endsSentence(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
