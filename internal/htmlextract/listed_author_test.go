package htmlextract

import "testing"

// TestListedWorkAuthor: rule "listed-work-author" keeps the author of each
// work a page lists (a ranked list's books inside the article's item, a
// roundup's recipes side by side), while the page's byline, the cook of
// a recipe's own page and a thread's posters still go as rule "post-meta"
// wants.
func TestListedWorkAuthor(t *testing.T) {
	intro := `<p>Lighthouses have drawn novelists for two centuries, and the best of the books about them are as much about solitude as about the sea. Here are our favourites, ranked after a long argument among the staff.</p>`
	row := func(typ, name, author, blurb string) string {
		return `<li itemscope itemtype="https://schema.org/` + typ + `"><h2 itemprop="name">` + name + `</h2><p>by <span itemprop="author">` + author + `</span></p><p>` + blurb + `</p></li>`
	}
	rows := func(typ string) string {
		return `<ol>` +
			row(typ, "The Keeper of Skerra Point", "Maren Tollek", "A keeper's widow takes over the lamp and the island's ledger in a winter that will not end, and the fog never lifts from her pages.") +
			row(typ, "Salt on the Lens", "Desmond Arbury", "Two brothers, one light and a feud over a shipwreck that only one of them saw: a slow book with a fierce last chapter.") +
			row(typ, "Nine Flashes a Minute", "Ilse Varrow", "A young engineer counts the beams from her bedroom window and builds a whole life around their rhythm, far from the coast.") +
			`</ol>`
	}
	byline := `<p class="byline">By <span itemprop="author">Orla Venning</span></p>`
	cases := []struct {
		name, page string
		want, gone []string
	}{
		{"books held by the article",
			`<html><body><main><article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">The best lighthouse novels</h1>` + byline + `<div itemprop="articleBody">` + intro + rows("Book") + `</div></article></main></body></html>`,
			[]string{"by Maren Tollek", "by Desmond Arbury", "by Ilse Varrow"}, []string{"Orla Venning"}},
		{"recipes side by side",
			`<html><body><main><h1>Three soups for a cold harbour night</h1>` + byline + intro + rows("Recipe") + `</main></body></html>`,
			[]string{"by Maren Tollek", "by Ilse Varrow"}, []string{"Orla Venning"}},
		{"a recipe's own page",
			`<html><body><main><div itemscope itemtype="https://schema.org/Recipe"><h1 itemprop="name">Harbour fish soup</h1><p class="byline">By <span itemprop="author">Maren Tollek</span></p>` + intro + `<p>Simmer the stock with fennel and the saffron for twenty minutes, then add the fish in large pieces and leave it to poach gently off the heat.</p></div></main></body></html>`,
			nil, []string{"Maren Tollek"}},
		// The only work's author line sits after the method, where no rule
		// of the page's lead reaches it: only the count of works drops it.
		{"a recipe's own page, its cook credited at the end",
			`<html><body><main><div itemscope itemtype="https://schema.org/Recipe"><h1 itemprop="name">Harbour fish soup</h1>` + intro + `<p>Simmer the stock with fennel and the saffron for twenty minutes, then add the fish in large pieces and leave it to poach gently off the heat.</p>` +
				`<p>Serve it with bread toasted over the stove and a sharp garlic sauce, and keep the rest of the stock for the next morning's porridge.</p><p>By <span itemprop="author">Maren Tollek</span></p>` +
				`<p>The soup keeps for two days in a cold larder and tastes better on the second, when the saffron has coloured the whole pot.</p></div></main></body></html>`,
			nil, []string{"Maren Tollek"}},
		{"a thread's posts",
			`<html><body><main><h1>Fog signals on the east pier</h1>` + intro + `<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">keeper_dunmore</span><p>The horn on the east pier sounds every thirty seconds in fog, and you can hear it from the old customs house on a still night.</p></div>` +
				`<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">wavecount77</span><p>It was every twenty seconds until the refit, when the harbour board moved it to the end of the breakwater and changed the timing.</p></div></main></body></html>`,
			nil, []string{"keeper_dunmore", "wavecount77"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := mustExtract(t, c.page)
			for _, w := range c.want {
				checkKept(t, a, w, w, true)
			}
			for _, g := range c.gone {
				checkKept(t, a, g, g, false)
			}
		})
	}
}
