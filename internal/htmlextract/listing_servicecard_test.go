package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// serviceCardsPage is an invented page of a cleaning firm: prose on the
// firm and a grid of six cards, each card built by card(i). ogType is
// the page's declared og:type.
func serviceCardsPage(ogType string, card func(i int) string) string {
	var cards strings.Builder
	for i := range 6 {
		cards.WriteString(`<div class="card">` + card(i) + `</div>`)
	}
	return `<html><head><title>Orrin Vale Cleaning</title><meta property="og:type" content="` + ogType + `"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/book">Book</a></nav><main>` +
		`<h1>Cleaning for homes and small offices</h1>` +
		`<p>Orrin Vale Cleaning has looked after the flats, shops and surgeries of the river towns for nine years, with crews of two who come at the same hour every week.</p>` +
		`<p>We bring our own cloths, ladders and refillable bottles, and we leave a note of what we did and what we saw that needs a repair, so that nothing is left to guess.</p>` +
		`<p>Every crew is insured, vetted and trained by us; if a crew misses a corner, tell us within two days and they come back to finish it at no cost to you.</p>` +
		`<p>Regular clients can pause the service for a holiday with a week's notice and keep their slot, and a first visit comes with a walk round to agree the list.</p>` +
		`<p>Prices follow the floor area and how often we come; a quote by phone takes ten minutes and holds for the whole year of the contract.</p>` +
		`<p>Our supplies come from a soap maker in the hills who refills our drums every month, and the cloths go to a laundry that washes them without bleach.</p>` +
		`<p>Crews keep the same addresses for years: most of our clients have had the same two faces at the door since they signed, and know them by name.</p>` +
		`<p>Keys are kept in a locked safe at the depot, each on a tag with a number and no address, and a crew signs them out and back in on every visit.</p>` +
		`<p>Invoices go out on the first of the month with a line for each visit, and you can pay by transfer, by card at the depot, or by a standing order.</p>` +
		`<p>In winter the crews start an hour later so that they do not arrive before the heating is on, and in summer they open the windows before they dust.</p>` +
		`<p>The firm began with one van and a borrowed ladder; today it runs six vans, all electric since last spring, charged at the depot from panels on its roof.</p>` +
		`<p>New crew members spend their first month beside a senior cleaner, and they learn the care of old floors, stone sills and painted wood before glass.</p>` +
		`<p>We do not use sprays on shared stairwells, because neighbours with asthma asked us not to, and our dust sheets are washed after every single job.</p>` +
		`<p>Complaints go to the owner, who reads each one herself and answers within a working day, with a visit if a photo cannot settle the question.</p>` +
		`<h2>What we do</h2><div class="grid">` + cards.String() + `</div></main>` +
		`<footer><a href="/terms">Terms</a></footer></body></html>`
}

// serviceNames are the six offers of serviceCardsPage.
var serviceNames = []string{"Windows", "Ovens", "Carpets", "End of tenancy", "Offices", "Gutters"}

// TestServiceCards: rule "service-card". A grid of offers, each a
// linked name and one short line, stays on a firm's page; the same grid
// on a page declared an article, cards that open with a date, cards
// with a news teaser's long summary, and cards titled with a headline
// still go as teasers.
func TestServiceCards(t *testing.T) {
	offer := func(i int) string {
		return fmt.Sprintf(`<h3><a href="/s/%d">%s</a></h3><p>Offer %d: done by a crew of two in one visit.</p>`, i, serviceNames[i], i)
	}
	dated := func(i int) string {
		return fmt.Sprintf(`<span>3 May</span><h3><a href="/s/%d">%s</a></h3><p>Offer %d: done by a crew of two in one visit.</p>`, i, serviceNames[i], i)
	}
	long := func(i int) string {
		return fmt.Sprintf(`<h3><a href="/s/%d">%s</a></h3><p>Offer %d: the crews met the council on Tuesday. `+
			`They talked about the new bins for the market square and the hours of the street sweepers. `+
			`A second meeting is set for the spring, when the river path reopens and the stalls move back to the quay. `+
			`Minutes of both meetings will be posted at the library.</p>`, i, serviceNames[i], i)
	}
	headline := func(i int) string {
		return fmt.Sprintf(`<h3><a href="/s/%d">Crews of the river towns won the county's %s award again</a></h3><p>Offer %d: done by a crew of two in one visit.</p>`, i, serviceNames[i], i)
	}
	for _, tc := range []struct {
		what, ogType string
		card         func(int) string
		want         bool
	}{
		{"offers", "website", offer, true},
		{"offers on an article", "article", offer, false},
		{"dated cards", "website", dated, false},
		{"news teasers", "website", long, false},
		{"headline-titled cards", "website", headline, false},
	} {
		a := mustExtract(t, serviceCardsPage(tc.ogType, tc.card))
		checkKept(t, a, "Offer 3:", tc.what+": a card's line", tc.want)
		checkKept(t, a, "walk round to agree the list", tc.what+": the firm's prose", true)
	}
}
