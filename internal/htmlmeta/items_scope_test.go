package htmlmeta

import (
	"slices"
	"testing"
)

// bookRow is one row of an invented ranked list: a Book item with its
// own author, a Person item.
func bookRow(title, author string) string {
	return `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/Book"><h2 itemprop="name">` + title +
		`</h2><p>by <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">` + author +
		`</span></span></p><p>A novel of the sea, and of the people who wait for it to give back what it took.</p></li>`
}

// recipeCard is one recipe of an invented roundup, with its cook and date
// given as <meta itemprop>.
func recipeCard(name, cook, date string) string {
	return `<section itemscope itemtype="https://schema.org/Recipe"><h2 itemprop="name">` + name + `</h2><p>From <span itemprop="author">` + cook +
		`</span><meta itemprop="datePublished" content="` + date + `"></p><p>Simmer it slowly and serve it with bread.</p></section>`
}

// review is one customer review of an invented product page.
func review(who, date string) string {
	return `<div itemprop="review" itemscope itemtype="https://schema.org/Review"><p>Reviewed by <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">` +
		who + `</span></span><meta itemprop="datePublished" content="` + date + `"></p><p itemprop="reviewBody">It does the job and looks fine on the shelf.</p></div>`
}

// TestListedWorkScope covers rule authorListedWorkScope: the authors and
// dates of the works a page lists (books, recipes, customer reviews) are
// not the page's; the page's own item's are, and so are those of a work
// that is the page's only item.
func TestListedWorkScope(t *testing.T) {
	for _, tc := range []struct {
		name, body  string
		authors     []string
		published   string // "" for none
		headlineNot string // a headline the page must not take
	}{
		{"ranked list of books", `<main><article><h1>The ten best sea novels of the year</h1><p class="byline">By Marta Quillon</p>
<p>Our critics read forty new novels set at sea this year; these stayed with us longest.</p>
<ol itemscope itemtype="https://schema.org/ItemList">` + bookRow("The Salt Ledger", "Oskar Brenhale") + bookRow("Lamp Hours", "Ines Varrow") + bookRow("Drift Charts", "Tomas Eberlund") + `</ol></article></main>`,
			[]string{"Marta Quillon"}, "", ""},
		{"product page with reviews", `<main><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Harbourline kettle</h1>
<p itemprop="description">A steel kettle that boils a full jug in under three minutes.</p>` + review("Gerda Holmqvist", "2026-03-02") + review("Piet Arendsma", "2026-02-11") + `</div></main>`,
			nil, "", ""},
		{"recipe roundup with no article item", `<main><article><h1>Five soups for a cold week</h1><p class="byline">By Lorna Petcher</p>
<p>When the wind turns, we turn to soup: here are five we cooked all week.</p>` + recipeCard("Barley and leek soup", "Hamish Crallow", "2019-05-02") + recipeCard("Red lentil soup", "Anneke Duvel", "2020-10-09") + `</article></main>`,
			[]string{"Lorna Petcher"}, "", ""},
		{"recipe roundup in an article item", `<main><article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Five soups for a cold week</h1>
<p>By <span itemprop="author">Lorna Petcher</span>, <time itemprop="datePublished" datetime="2026-01-14">14 January 2026</time></p>
<section itemscope itemtype="https://schema.org/Recipe"><h2 itemprop="headline">Barley and leek soup</h2><p>From <span itemprop="author">Hamish Crallow</span>, <time itemprop="datePublished" datetime="2019-05-02">2019</time></p></section></article></main>`,
			[]string{"Lorna Petcher"}, "2026-01-14", "Barley and leek soup"},
		{"recipe roundup dated by <time>", `<main><article><h1>Five soups for a cold week</h1><p class="byline">By Lorna Petcher</p>
<p>When the wind turns, we turn to soup: here are five we cooked all week.</p>
<section itemscope itemtype="https://schema.org/Recipe"><h2 itemprop="name">Barley and leek soup</h2><p>From <span itemprop="author">Hamish Crallow</span>, <time itemprop="datePublished" datetime="2019-05-02">2019</time></p></section>
<section itemscope itemtype="https://schema.org/Recipe"><h2 itemprop="name">Red lentil soup</h2><p>From <span itemprop="author">Anneke Duvel</span>, <time itemprop="datePublished" datetime="2020-10-09">2020</time></p></section></article></main>`,
			[]string{"Lorna Petcher"}, "", ""},
		{"article with a nested review by its writer", `<main><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Review: the quiet genius of Lamp Hours</h1>
<p>By <span itemprop="author">Marta Quillon</span></p><div itemprop="review" itemscope itemtype="https://schema.org/Review"><meta itemprop="author" content="Marta Quillon">
<p>Ines Varrow's new novel is about a lighthouse keeper who counts ships.</p></div></article></main>`,
			[]string{"Marta Quillon"}, "", ""},
		{"RDFa recipe roundup", `<main><article><h1>Five soups for a cold week</h1><p class="byline">By Lorna Petcher</p>
<p>When the wind turns, we turn to soup: here are five we cooked all week.</p>
<section typeof="schema:Recipe"><h2>Barley and leek soup</h2><p>From <span property="schema:author">Hamish Crallow</span></p></section>
<section typeof="schema:Recipe"><h2>Red lentil soup</h2><p>From <span property="schema:author">Anneke Duvel</span></p></section></article></main>`,
			[]string{"Lorna Petcher"}, "", ""},
		{"a recipe's own page", `<main><div itemscope itemtype="https://schema.org/Recipe"><h1 itemprop="name">Barley and leek soup</h1>
<p>From <span itemprop="author">Hamish Crallow</span><meta itemprop="datePublished" content="2019-05-02"></p><p>Sweat the leeks slowly in butter, add the barley and stock.</p></div></main>`,
			[]string{"Hamish Crallow"}, "2019-05-02", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Tidewater Review</title></head><body>` + tc.body + `</body></html>`
			m := Extract(parse(t, page), "", testNow)
			if !slices.Equal(m.Authors, tc.authors) {
				t.Errorf("authors %q, want %q", m.Authors, tc.authors)
			}
			got := ""
			if m.Published != nil {
				got = m.Published.Value
			}
			if got != tc.published {
				t.Errorf("published %q (%+v), want %q", got, m.Published, tc.published)
			}
			if tc.headlineNot != "" && m.Title == tc.headlineNot {
				t.Errorf("title is the listed work's %q", m.Title)
			}
		})
	}
}

// TestItemTypeKind pins how itemtype attributes are sorted.
func TestItemTypeKind(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want itemKind
	}{
		{"https://schema.org/Book", kindWork},
		{"http://schema.org/Review https://schema.org/CreativeWork", kindWork},
		{"http://data-vocabulary.org/Recipe", kindWork},
		{"https://schema.org/NewsArticle", kindOwn},
		{"https://schema.org/BlogPosting", kindOwn},
		{"https://schema.org/WebPage", kindPage},
		{"https://schema.org/ItemList", kindList},
		{"https://schema.org/Person", kindOther},
		{"schema:Recipe", kindWork},
		{"sioc:Item foaf:Document", kindOther},
		{"", kindOther},
	} {
		if got := itemTypeKind(tc.in); got != tc.want {
			t.Errorf("itemTypeKind(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestListedWorkScopeLD covers rule authorListedWorkScope in JSON-LD: a
// roundup's several Recipe objects outrank its WebPage, but their cooks
// and years are the recipes'; a recipe's own page keeps its cook, and a
// course keeps its own though it holds other works.
func TestListedWorkScopeLD(t *testing.T) {
	recipe := func(name, cook, date string) string {
		return `{"@context":"https://schema.org","@type":"Recipe","name":"` + name + `","author":{"@type":"Person","name":"` + cook + `"},"datePublished":"` + date + `"}`
	}
	page := func(ld string) string {
		return `<html><head><title>Five soups for a cold week | Pantry Notes</title><script type="application/ld+json">` + ld + `</script></head>
<body><main><article><h1>Five soups for a cold week</h1><p class="byline">By Lorna Petcher</p><p>When the wind turns, we turn to soup.</p></article></main></body></html>`
	}
	for _, tc := range []struct {
		name, ld  string
		authors   []string
		published string
	}{
		{"roundup", `[{"@context":"https://schema.org","@type":"WebPage","name":"Five soups for a cold week","datePublished":"2026-01-14"},` +
			recipe("Barley and leek soup", "Hamish Crallow", "2019-05-02") + `,` + recipe("Red lentil soup", "Anneke Duvel", "2020-10-09") + `]`,
			[]string{"Lorna Petcher"}, "2026-01-14"},
		{"one recipe", recipe("Barley and leek soup", "Hamish Crallow", "2019-05-02"), []string{"Hamish Crallow"}, "2019-05-02"},
		{"a course of courses", `{"@context":"https://schema.org","@type":"Course","name":"Soups of the north","author":{"@type":"Person","name":"Hamish Crallow"},"datePublished":"2021-03-04","hasPart":[` +
			recipe("Barley and leek soup", "Anneke Duvel", "2019-05-02") + `,` + recipe("Red lentil soup", "Anneke Duvel", "2020-10-09") + `]}`,
			[]string{"Hamish Crallow"}, "2021-03-04"},
	} {
		m := Extract(parse(t, page(tc.ld)), "", testNow)
		if !slices.Equal(m.Authors, tc.authors) {
			t.Errorf("%s: authors %q, want %q", tc.name, m.Authors, tc.authors)
		}
		if m.Published == nil || m.Published.Value != tc.published {
			t.Errorf("%s: published %+v, want %q", tc.name, m.Published, tc.published)
		}
	}
}

// TestListedWorkScopeOwnHeadline: the headline of the page's only work
// (a recipe's own page) is the page's headline, as its author and date
// are.
func TestListedWorkScopeOwnHeadline(t *testing.T) {
	page := `<html><head><title>Tidewater Review</title></head><body><main><div itemscope itemtype="https://schema.org/Recipe">
<p class="kicker" itemprop="headline">Barley and leek soup</p>
<p>From <span itemprop="author">Hamish Crallow</span></p><p>Sweat the leeks slowly in butter, add the barley and stock.</p></div></main></body></html>`
	if m := Extract(parse(t, page), "", testNow); m.Title != "Barley and leek soup" {
		t.Errorf("title %q, want the recipe's headline", m.Title)
	}
}
