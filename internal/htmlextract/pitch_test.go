package htmlextract

import "testing"

// TestSubscribePitch covers rule "subscribe-pitch": the paywall's box
// after the story's last paragraph, inside the article's container and
// classed with nothing a rule knows, goes with its buttons, also over a
// tail of topic links; a story whose paragraphs talk about subscriptions,
// a pitch-like box with prose after it, a closing box that talks about
// subscribing without a link to do it, one with a sign-in link that does
// not talk about subscribing, and a short brief that ends on a
// subscription link stay.
func TestSubscribePitch(t *testing.T) {
	story := `<p>The town council on Tuesday approved plans for a new harbour wall, ending two years of debate over how to protect the old quay from winter storms.</p>
<p>The wall, which will cost an estimated 4.2 million pounds, is to be built in two phases starting next spring, the council's planning committee said.</p>
<p>Residents of the lower town had campaigned for the project since flooding damaged dozens of homes and shops along the seafront in the winter of 2022.</p>`
	pitch := `<div class="c-offer-box"><p>To keep reading, subscribe today for unlimited access to local news and the daily e-paper. Cancel anytime.</p>
<a class="btn" href="/offers">Subscribe now</a> <a href="/account">Already a subscriber? Log in</a></div>`
	page := func(body string) string {
		return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves new harbour wall</title></head><body><main><article>
<h1>Council approves new harbour wall</h1><div class="article-body">` + body + `</div></article></main></body></html>`
	}
	a := mustExtract(t, page(story+pitch))
	checkKept(t, a, "unlimited access", "the pitch after the last paragraph", false)
	checkKept(t, a, "Residents of the lower town", "the story's last paragraph", true)

	// the content's tail after the box holds no prose (a row of topic
	// links): the box is still the last thing with prose, and goes
	tags := `<div class="topics"><a href="/t/harbour">Harbour</a> <a href="/t/council">Council</a></div>`
	a = mustExtract(t, page(story+pitch+tags))
	checkKept(t, a, "unlimited access", "the pitch over a row of topic links", false)

	// a closing box that talks about subscribing, but whose link asks for
	// nothing of the kind, is the story's
	scheme := `<div class="c-note"><p>Residents can subscribe to flood alerts for the seafront by text message from the council's emergency team.</p>
<a href="/flood-map">Flood map of the lower town</a></div>`
	a = mustExtract(t, page(story+scheme))
	checkKept(t, a, "subscribe to flood alerts", "a box whose link is no subscription", true)

	// a closing box with a sign-in link that does not talk about
	// subscribing is the story's
	report := `<div class="c-note"><p>The committee's full report on the wall, with its maps and cost tables, is open to residents.</p>
<a href="/portal">Sign in to the residents' portal</a></div>`
	a = mustExtract(t, page(story+report))
	checkKept(t, a, "full report on the wall", "a box that does not talk about subscribing", true)

	// prose after the box: the box is the story's (a subscription scheme
	// it reports on, with a link to it)
	a = mustExtract(t, page(story+pitch+`<p>Work on the first phase is due to start in April, and the council expects the wall to be finished within three years of that date.</p>`))
	checkKept(t, a, "unlimited access", "a box with prose after it", true)

	// a brief: the box holds most of the prose, so it is the content
	brief := `<div class="wrap"><p>The island council backed the plan at its meeting on Monday evening.</p><div class="brief"><p>The ferry company will offer a yearly subscription for islanders from May, covering unlimited crossings for a fixed fee paid in advance.</p>
<a href="/ferry">Subscribe to the ferry pass</a></div></div>`
	a = mustExtract(t, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry pass for islanders</title></head><body><main><article>
<h1>Ferry pass for islanders</h1>`+brief+`</article></main></body></html>`)
	checkKept(t, a, "yearly subscription for islanders", "a brief about a subscription", true)
}
