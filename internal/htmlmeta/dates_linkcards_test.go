package htmlmeta

import "testing"

// TestDateNotLinkCards pins rule dateNotLinkCards: a product page (by its
// og:type or its JSON-LD) dated nowhere else is not dated by the cards
// linking to its shop's articles, whether the card is a link holding a
// heading and a <time>, or a block holding a linked heading and a date
// line; a product page keeps a date of its own beside the cards, an
// article keeps its own date set inside a link in its byline, and a card
// holding the headline is the page's.
func TestDateNotLinkCards(t *testing.T) {
	const (
		product = `<meta property="og:type" content="product">`
		desc    = `<p class="price">47.50 EUR</p><p>A walnut pepper mill with a ceramic burr that grinds from fine to coarse in six clicks, and a glass window to see how much is left.</p>`
		linked  = `<section><h2>From our kitchen notes</h2><div class="grid"><a href="/notes/burrs" class="tile"><h3>Ceramic or steel burrs?</h3><time>7 August 2025</time></a>` +
			`<a href="/notes/salt" class="tile"><h3>A short guide to flaky salt</h3><span>19 June 2025</span></a></div></section>`
	)
	cases := []struct {
		name, head, body, want string
	}{
		{"a link card with a <time>", product, `<h1>Pellworth Pepper Mill</h1>` + desc + linked, ""},
		{"a block with a linked heading and a date line", "",
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Pellworth Pepper Mill"}</script><h1>Pellworth Pepper Mill</h1>` + desc +
				`<section><h2>Read next</h2><div class="tile"><h3><a href="/notes/burrs">Ceramic or steel burrs?</a></h3><p class="date">August 7, 2025</p></div>` +
				`<div class="tile"><a href="/notes/salt"><h3>A short guide to flaky salt</h3></a><p class="date">June 19, 2025</p></div></section>`, ""},
		{"the product's own date beside the cards", product,
			`<h1>Pellworth Pepper Mill</h1><p class="date">Listed 2 March 2025</p>` + desc + linked, "2025-03-02"},
		{"an article's date linked in its byline", product,
			`<article><h1>Harbour market reopens after the storm</h1><div class="byline"><a href="/staff/nell-avery">By Nell Avery</a> <a href="/2025/10/21/"><time>21 October 2025</time></a></div>` +
				`<p>Stallholders at the Kestwick harbour market went back to work on Tuesday, three weeks after the storm tore the roof from the hall.</p></article>` +
				`<section><h2>More from the coast</h2><a href="/x" class="tile"><h3>Lifeboat crew gets a new boat</h3><time>11 October 2025</time></a></section>`, "2025-10-21"},
		{"a card holding the headline", product,
			`<div class="tile"><h1>Harbour market reopens after the storm</h1><h2><a href="/sections/coast">Coast</a></h2><p class="date">21 October 2025</p>` +
				`<p>Stallholders at the Kestwick harbour market went back to work on Tuesday, three weeks after the storm tore the roof from the hall.</p></div>`, "2025-10-21"},
	}
	for _, tc := range cases {
		page := `<html lang="en"><head><title>Pellworth - Grindle and Co</title>` + tc.head + `</head><body><main>` + tc.body + `</main></body></html>`
		m := Extract(parse(t, page), "https://grindle.example/pellworth", testNow)
		if got := dateValue(m.Published); got != tc.want {
			t.Errorf("%s: Published = %q, want %q", tc.name, got, tc.want)
		}
	}
}
