package htmlmeta

import "testing"

// TestCategoryName pins rule titleCategoryName on invented category pages:
// the category's <h1>, in a header band or in the page, wins over the
// <title> that dresses it when the page declares a breadcrumb trail, also
// with a FAQ block (rule titleFAQNotMain); an article with a trail, a page
// without one and an <h1> with words of its own keep the <title>.
func TestCategoryName(t *testing.T) {
	const (
		title = "Trail Lanterns for Wet Nights and Long Walks | Harbour Outfitters"
		trail = `<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Camp","item":"https://outfitters.example/camp"},{"@type":"ListItem","position":2,"name":"Lanterns"}]}</script>`
		shop  = `<meta property="og:type" content="website"><meta property="og:site_name" content="Harbour Outfitters">`
		grid  = `<ul class="grid"><li>Dune lantern $24</li><li>Reed lantern $31</li></ul>`
		faqLD = `<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Which lantern lasts longest?","acceptedAnswer":{"@type":"Answer","text":"The Reed."}}]}</script>`
	)
	for _, tt := range []struct {
		name, head, body, want, rule string
	}{
		{"a banner <h1> the chrome test takes for the header", shop + trail, `<header class="category-banner"><h1>Trail Lanterns</h1></header><main>` + grid + `</main>`, "Trail Lanterns", "categoryName"},
		{"an <h1> in the page", shop + trail, `<main><h1>Trail Lanterns</h1>` + grid + `</main>`, "Trail Lanterns", "categoryName"},
		{"no trail declared", shop, `<header class="category-banner"><h1>Trail Lanterns</h1></header><main>` + grid + `</main>`, "Trail Lanterns for Wet Nights and Long Walks", "meta"},
		{"an <h1> with words of its own", shop + trail, `<header class="category-banner"><h1>Light up every night</h1></header><main>` + grid + `</main>`, "Trail Lanterns for Wet Nights and Long Walks", "meta"},
		{"questions answered at the foot make no article", shop + trail + faqLD, `<header class="category-banner"><h1>Trail Lanterns</h1></header><main>` + grid + `</main>`, "Trail Lanterns", "categoryName"},
		{"an article keeps its headline", shop + trail + `<meta property="article:published_time" content="2030-05-01T08:00:00Z">`, `<header class="category-banner"><h1>Trail Lanterns</h1></header><main><p>` + tramText + `</p></main>`, "Trail Lanterns for Wet Nights and Long Walks", "meta"},
	} {
		page := `<html lang="en"><head><title>` + title + `</title>` + tt.head + `</head><body>` + tt.body + `</body></html>`
		const url = "https://outfitters.example/camp/lanterns"
		checkTitleRule(t, tt.name, page, url, tt.want, tt.rule)
	}
}
