package htmlmeta

import "testing"

// TestProductName pins rule titleProductName on invented shop pages: a
// product page's <h1> that is the metadata title's name in short wins; an
// <h1> with words of its own, or the same <h1> on a page that declares no
// product, leaves the metadata title.
func TestProductName(t *testing.T) {
	const (
		title     = "Tessel Pocket Saw: Folds Flat, Cuts Green Wood"
		productLD = `<script type="application/ld+json">{"@type":"Product","name":"` + title + `","offers":{"@type":"Offer","price":"24.00"}}</script>`
		website   = `<meta property="og:type" content="website">`
		sections  = `<h1>Specifications</h1><h1>Reviews</h1><h1>Shipping</h1>`
	)
	for _, tt := range []struct {
		name, head, h1s, want, rule string
	}{
		{"JSON-LD Product on a shop that calls every page a website", website + productLD, "<h1>Pocket Saw</h1>", "Pocket Saw", "productName"},
		{"og:type product, the name above the section headings", `<meta property="og:type" content="product">`, "<h1>Pocket Saw</h1>" + sections, "Pocket Saw", "productName"},
		{"an <h1> with other words is a sales line", website + productLD, "<h1>Fix anything today</h1>", title, "meta"},
		{"no product declared", website, "<h1>Pocket Saw</h1>", title, "meta"},
	} {
		page := `<html lang="en"><head><title>` + title + `</title>` + tt.head + `</head>
<body><div class="product">` + tt.h1s + `<p>` + tramText + `</p></div></body></html>`
		const url = "https://www.toolbench.example/products/pocket-saw"
		checkTitleRule(t, tt.name, page, url, tt.want, tt.rule)
	}
}
