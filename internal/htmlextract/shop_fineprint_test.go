package htmlextract

import "testing"

// finePrintPage is a watchmaker's product page whose short headed
// sections are outweighed by the numbered notes of the page's footer,
// opened by footerOpen and closed by footerClose.
func finePrintPage(footerOpen, footerClose string) string {
	return `<html><head><title>Orvania Watch</title></head><body>` +
		`<header><nav><a href="/">Home</a><a href="/w">Watches</a></nav></header>` +
		`<main>` +
		`<h1>Orvania Watch</h1>` +
		`<p>The Orvania watch keeps time on the Harbour trail and counts your steps as you climb the cliffs of Vell, in rain or in sun, from the first light until the lamps of the port go on.</p>` +
		`<section><h2>Health</h2><p>It reads your pulse all day and tells you when to rest after a long climb up the hill, and it keeps a diary of your sleep for your phone to show at dawn.</p></section>` +
		`<section><h2>Safety</h2><p>It calls the harbour master when you fall on a wet rock, and tells your friends your spot on the map.</p></section>` +
		`<section><h2>Battery</h2><p>One charge lasts a week of walks, and a quick charge at breakfast gives a full day on the trail.</p></section>` +
		`<section><h2>Straps</h2><p>The strap comes in sea blue, moss and slate, and swaps in a second without any tool at all.</p></section></main>` +
		footerOpen +
		`<ul>` +
		`<li><small>* Paying by the month is open to buyers the Quell Bank says yes to, at a rate set by the watch and the number of months, with the post and the town tax on the first slip; a missed month ends the plan.</small></li>` +
		`<li><small>1. The week of walks on one charge was counted by our own testers on the Vell cliffs with the step counter on and the lamp off; a cold morning or a weak cell gives fewer days.</small></li>` +
		`<li><small>2. What an old watch fetches when handed in at the counter hangs on its dents and its age, and the sum goes onto a voucher for the Orvania shops; a cracked glass may fetch nothing at all.</small></li>` +
		`<li><small>3. The call to the harbour master needs a mast in reach, so on the far side of the cliffs it waits until the walker climbs back into range, and the pulse reading is a guide for walkers, not a doctor's word.</small></li>` +
		`<li><small>4. The water rating holds for a swim in the harbour but not for a dive, a hot bath or a sauna, and the seals wear with age, so a watch older than two years should stay dry.</small></li>` +
		`<li><small>5. The free strap offer is open to members of the Orvania club only, for one strap per watch, and it is never paid out in coins or stacked on another deal.</small></li>` +
		`<li><small>6. Delivery times are estimates for the towns of the coast; parcels to the islands take two more days, and the courier may leave a parcel with a neighbour when no one is in.</small></li><li><small>7. Prices shown include the sales tax of the coast towns; buyers in the hill country pay the local rate, which the till adds when the address is known.</small></li>` +
		`<li><small>8. The club points earned on a watch lapse twelve months on, and points spent on a watch that is sent back come back to the member within seven days.</small></li></ul>` +
		`<p>© 2026 Orvania Watchworks of Vell</p>` + footerClose + `</body></html>`
}

// TestFinePrintFooter: a footer declared by its tag or its ARIA role is
// never rescued as the text, however much prose its notes hold.
func TestFinePrintFooter(t *testing.T) {
	for _, c := range []struct{ name, open, close string }{
		{"footer tag", `<footer>`, `</footer>`},
		{"contentinfo role", `<div role="contentinfo">`, `</div>`},
	} {
		a := mustExtract(t, finePrintPage(c.open, c.close))
		checkKept(t, a, "counts your steps", c.name+": section text", true)
		checkKept(t, a, "counted by our own testers", c.name+": footnote", false)
		checkKept(t, a, "Quell Bank", c.name+": footnote", false)
	}
}
