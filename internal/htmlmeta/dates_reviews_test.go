package htmlmeta

import (
	"slices"
	"testing"
)

// TestDateNotReviews pins rule dateNotReviews: a product page dated
// nowhere else is not dated by its customers' reviews, whether they are
// marked as a Product's Review items or sit in a block classed for
// reviews, ratings or testimonials; a date of the page shown beside them
// still dates it, and a critic's review keeps its byline's date, whether
// its wrapper (holding the headline) or its byline is classed "review".
func TestDateNotReviews(t *testing.T) {
	const desc = `<p>A brushed copper kettle with a quiet boil, a rapid mode and a keep-warm setting that holds water at eighty degrees for half an hour.</p><p>Price: 64.00 EUR</p>`
	review := func(attrs, name, day string) string {
		return `<div ` + attrs + `><p><span class="review-author">` + name + `</span> <span class="date">` + day + `</span></p><p>Boils quickly and really is quiet; the handle gets warm but never hot.</p></div>`
	}
	const item = `itemprop="review" itemscope itemtype="https://schema.org/Review"`
	cases := []struct {
		name, body, want string
	}{
		{"Review items of a Product",
			`<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Copperleaf Kettle</h1>` + desc +
				`<section><h2>What buyers say</h2>` + review(item, "Petra Holm", "14 March 2025") + review(item, "Ludo Sarrat", "2 April 2025") + `</section></div>`, ""},
		{"a block classed for reviews",
			`<h1>Copperleaf Kettle</h1>` + desc +
				`<section id="customer-reviews"><h2>What buyers say</h2>` + review(`class="entry"`, "Petra Holm", "14 March 2025") + review(`class="entry"`, "Ludo Sarrat", "2 April 2025") + `</section>`, ""},
		{"a review's <time>",
			`<h1>Copperleaf Kettle</h1>` + desc +
				`<section class="product-reviews"><div class="entry"><p>Petra Holm <time datetime="2025-03-14">14 March 2025</time></p><p>Quiet and quick.</p></div></section>`, ""},
		{"testimonials",
			`<h1>Copperleaf Kettle</h1>` + desc +
				`<div class="home-testimonials">` + review(`class="quote"`, "Petra Holm", "14 March 2025") + `</div>`, ""},
		{"the page's own date beside the reviews",
			`<h1>Copperleaf Kettle</h1><p class="date">Listed 3 January 2025</p>` + desc +
				`<section class="product-reviews">` + review(`class="entry"`, "Petra Holm", "14 March 2025") + `</section>`, "2025-01-03"},
		{"a critic's review wrapping its headline",
			`<article class="review"><h1>The Copperleaf kettle is quiet, and that is enough</h1><p class="byline">By Orla Venning, 9 February 2025</p>` + desc + `</article>`, "2025-02-09"},
		{"a critic's byline classed for the review",
			`<article><h1>The Copperleaf kettle is quiet, and that is enough</h1><p class="review-byline">By Orla Venning, 9 February 2025</p>` + desc + `</article>`, "2025-02-09"},
	}
	for _, tc := range cases {
		page := `<html lang="en"><head><title>Copperleaf Kettle - Tamsworth Home</title></head><body><main>` + tc.body + `</main></body></html>`
		m := Extract(parse(t, page), "https://tamsworth-home.example/kettle", testNow)
		if got := dateValue(m.Published); got != tc.want {
			t.Errorf("%s: Published = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAuthorNotReviews pins rule authorNotReviews: the customers named in
// a reviews block with no Review items are not the page's authors, while
// a critic's review keeps its byline.
func TestAuthorNotReviews(t *testing.T) {
	const desc = `<p>A brushed copper kettle with a quiet boil, a rapid mode and a keep-warm setting that holds water at eighty degrees for half an hour.</p>`
	entry := func(name string) string {
		return `<div class="entry"><p class="review-author">` + name + `</p><p>Boils quickly and really is quiet.</p></div>`
	}
	cases := []struct {
		name, body string
		want       []string
	}{
		{"customers of a shop", `<h1>Copperleaf Kettle</h1>` + desc + `<section class="product-reviews"><h2>What buyers say</h2>` + entry("Petra Holm") + entry("Ludo Sarrat") + `</section>`, nil},
		{"a critic's review", `<article class="review"><h1>The Copperleaf kettle is quiet, and that is enough</h1><p class="review-author">Orla Venning</p>` + desc + `</article>`, []string{"Orla Venning"}},
	}
	for _, tc := range cases {
		page := `<html lang="en"><head><title>Copperleaf Kettle - Tamsworth Home</title></head><body><main>` + tc.body + `</main></body></html>`
		m := Extract(parse(t, page), "https://tamsworth-home.example/kettle", testNow)
		if !slices.Equal(m.Authors, tc.want) {
			t.Errorf("%s: Authors = %q, want %q", tc.name, m.Authors, tc.want)
		}
	}
}
