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

// potteryGrid is a potter's grid of six short linked product cards.
const potteryGrid = `<ul class="grid">` +
	`<li class="card"><a href="/p/0"><h3>Vardell bowl</h3></a>` +
	`<p>$24</p></li>` +
	`<li class="card"><a href="/p/1"><h3>Orrindale jug</h3></a>` +
	`<p>$31</p></li>` +
	`<li class="card"><a href="/p/2"><h3>Quessly plate</h3></a>` +
	`<p>$18</p></li>` +
	`<li class="card"><a href="/p/3"><h3>Brannock cup</h3></a>` +
	`<p>$12</p></li>` +
	`<li class="card"><a href="/p/4"><h3>Sallow vase</h3></a>` +
	`<p>$40</p></li>` +
	`<li class="card"><a href="/p/5"><h3>Tember dish</h3></a>` +
	`<p>$22</p></li></ul>`

// menuPage is a potter's collection page: a grid of short product cards
// in <main>, a menu of categories each with a line of blurb wrapped by
// open and close, and an aside about the workshop.
func menuPage(open, close string) string {
	return `<html><head><title>Tableware | Marrowgate Pottery</title></head><body>` +
		open +
		`<ul>` +
		`<li><a href="/c/0">Bowls</a>` +
		`<p>Deep and shallow bowls thrown from river silt, each glazed by hand in two coats of ash and fired for a full day in the wood kiln.</p></li>` +
		`<li><a href="/c/1">Jugs</a>` +
		`<p>Pouring jugs with a pulled lip that never drips, in three sizes for cream, for water at the table and for the flowers of the season.</p></li>` +
		`<li><a href="/c/2">Plates</a>` +
		`<p>Side plates and dinner plates with a raw foot ring, stacked and fired together so that each set carries the same flash of the flame.</p></li>` +
		`<li><a href="/c/3">Cups</a>` +
		`<p>Tea bowls and beakers that sit well in the hand, with a thumb rest pressed into the clay while it is still soft from the wheel.</p></li>` +
		`<li><a href="/c/4">Vases</a>` +
		`<p>Tall bottles and squat vases for a single stem or a whole armful, with a glaze that pools green in every groove of the throwing.</p></li></ul>` +
		close +
		`<main><h1>Tableware</h1>` +
		potteryGrid + `</main>` +
		`<aside>` +
		`<p>Marrowgate Pottery is a small workshop on the Orvanian coast, run by two potters and a kiln dog, open to visitors on the first Saturday of each month.</p>` +
		`<p>Parcels leave the workshop on Tuesdays, wrapped in straw and old copies of the Harbour Gazette, and reach the coast towns two days later.</p>` +
		`<p>Every glaze is mixed in the workshop from wood ash, local clay and crushed shell, so the colour of a batch follows the season and the trees that fed the kiln.</p></aside></body></html>`
}

// TestDeclaredChromeNotRescued: a menu or a drawer declared by its tag or
// role is never rescued as the text, however much prose it holds.
func TestDeclaredChromeNotRescued(t *testing.T) {
	for _, c := range []struct{ name, open, close string }{
		{"nav tag", `<nav class="phone-menu">`, `</nav>`},
		{"aside tag", `<aside class="drawer">`, `</aside>`},
		{"navigation role", `<div role="navigation">`, `</div>`},
	} {
		a := mustExtract(t, menuPage(c.open, c.close))
		checkKept(t, a, "Orrindale jug", c.name+": card", true)
		checkKept(t, a, "Deep and shallow bowls", c.name+": menu blurb", false)
	}
}

// thinFooterPage is a potter's collection page with a short intro and a
// grid of linked cards, whose <footer> holds most of the page's prose.
func thinFooterPage() string {
	return `<html><head><title>Tableware | Marrowgate Pottery</title></head><body>` +
		`<main><h1>Tableware</h1>` +
		`<p>Every piece on this page is thrown, trimmed and fired in our workshop by the harbour, and each differs a little from its neighbours in weight and in glaze.</p>` +
		`<p>Bowls and jugs are glazed in wood ash from the kiln; plates and cups carry a clear glaze over the bare red clay of the river bank below the town, dug by hand each spring.</p>` +
		`<p>Each season we fire the big kiln four times, and the pieces from each firing go on this page on the Monday after the kiln has cooled.</p>` +
		potteryGrid + `</main>` +
		`<footer>` +
		`<p>Marrowgate Pottery is a small workshop on the Orvanian coast, run by two potters and a kiln dog, and open to visitors on the first Saturday of each month from spring to the end of the autumn fair.</p>` +
		`<p>Parcels leave the workshop on Tuesdays, wrapped in straw and in old copies of the Harbour Gazette, and they reach the coast towns two days later and the hill villages in four.</p>` +
		`<p>Our catalogue comes out twice a year with the new glazes, the kiln dates and the classes for beginners, and we post it free to anyone who asks for it at the counter.</p>` +
		`<p>Marrowgate Pottery, Quay Lane 4, Vell. Call the workshop on 0101 2020 between nine and five, or write to us at the same address.</p>` +
		`<p>Gift vouchers of any sum are sold at the counter and by post; they keep for two years and may be spent on pots, on classes or on a day at the wheel with one of the potters.</p>` +
		`<p>The workshop closes for the two weeks of the midwinter fair, when both potters sell from a stall on the quay and the kiln is rebuilt.</p></footer></body></html>`
}

// TestDeclaredChromeThinPage: on a thin page that is no listing, the
// footer holding most of the prose is no text, and the grid stays.
func TestDeclaredChromeThinPage(t *testing.T) {
	a := mustExtract(t, thinFooterPage())
	checkKept(t, a, "Orrindale jug", "card", true)
	checkKept(t, a, "fire the big kiln four times", "intro", true)
	checkKept(t, a, "kiln dog", "footer", false)
}
