package htmlextract

import (
	"strings"
	"testing"
)

func TestSortControlLabel(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Sort by:", true},
		{"Sort By", true},
		{"Filters (3)", true},
		{"Filters 0", true},
		{"Sort and Refine", true},
		{"Sort & Filter", true},
		{"Sort Filter", true},
		{"Refine by", true},
		{"Trier par", true},
		{"Filtrer / Trier", true},
		{"filter", false},         // lower case: a how-to's list item
		{"By", false},             // "by" alone is no control
		{"Sort by: Newest", true}, // the menu's chosen order
		{"Sort: Most mended", true},
		{"Sort: Oldest of the lot first", false}, // a longer tail is a sentence
		{"Filter: Paper", false},                 // a filter's part, in a spec
		{"Filter: (id < 100)", false},            // a query plan's line
		{"And Filter", false},                    // a join opens no label
		{"Filter coffee", false},                 // a product
		{"Sort the jars by size", false},         // a step of a recipe
		{"", false},
	}
	for _, c := range cases {
		if got := sortControl(c.in); got != c.want {
			t.Errorf("sortControl(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// sortControlPage is a shop's collection page: a toolbar with the
// controls' captions above a grid of named, described products.
func sortControlPage(toolbar string) string {
	card := func(name, desc string) string {
		return `<li class="card"><h3><a href="/p/` + strings.ToLower(strings.Fields(name)[0]) + `">` + name + `</a></h3><p>` + desc + `</p></li>`
	}
	return `<html><head><title>Reading lamps | Tarnhollow Works</title></head><body><main>` +
		`<h1>Reading lamps</h1><p>Every lamp we make is turned, wired and tested by hand in our workshop by the canal at Marrowgate, and each one carries a ten-year promise.</p>` +
		toolbar +
		`<ul class="grid">` +
		card("Vardell desk lamp", "A hinged arm of brushed brass that folds flat against the wall when the desk is cleared for supper.") +
		card("Orrindale floor lamp", "A tall stem of ash with a drum shade of undyed linen, weighted at the foot against a curious cat.") +
		card("Quessly clip lamp", "A small lamp that grips a shelf or a headboard and turns on a ball joint to light a single page.") +
		card("Brannock table lamp", "A squat base of glazed stoneware in three colours of the river clay the potter digs herself.") +
		`</ul></main></body></html>`
}

// TestSortControlsDropped: the toolbar's captions go, the products and
// the collection's introduction stay; a section headed with a control's
// word and followed by its text stays.
func TestSortControlsDropped(t *testing.T) {
	toolbar := `<div class="toolbar"><span>Sort and Refine</span><p>Filters (2)</p><h2>Sort by:</h2></div>`
	a := mustExtract(t, sortControlPage(toolbar))
	checkKept(t, a, "Orrindale floor lamp", "product name", true)
	checkKept(t, a, "ten-year promise", "introduction", true)
	checkKept(t, a, "Sort and Refine", "toolbar caption", false)
	checkKept(t, a, "Filters (2)", "filter count", false)
	checkKept(t, a, "Sort by", "sort menu caption", false)

	// A heading over its own paragraph is a section's title: a guide's
	// chapter on filtering keeps it.
	section := `<h2>Filters</h2><p>A frosted filter in front of the bulb spreads its light and takes the sharp edge off every shadow the lamp throws.</p>`
	a = mustExtract(t, sortControlPage(section))
	checkKept(t, a, "Filters\n", "section heading", true)
}

// TestSortControlArticleList: an article's list of a method's steps
// keeps its bare "Sort"; the same item in a shop's toolbar list goes.
func TestSortControlArticleList(t *testing.T) {
	steps := `<ul><li>Sort</li><li>Stack by size</li><li>Sweep the bench</li><li>Label the shelves</li></ul>`
	article := `<html><head><title>Tidy workshops | Harbour Gazette</title><meta property="og:type" content="article"></head><body><article><h1>Tidy workshops</h1>` +
		`<p>Ada Quell runs the boatyard at Orvania, and she says every new apprentice learns the four steps of a tidy bench before touching a plane.</p>` +
		steps + `<p>The first step is the hardest: each tool that has not been used in a month leaves the bench for the store.</p></article></body></html>`
	a := mustExtract(t, article)
	checkKept(t, a, "Sort\n", "article's step", true)

	toolbar := `<ul class="toolbar"><li>Sort</li></ul>`
	a = mustExtract(t, sortControlPage(toolbar))
	checkKept(t, a, "Orrindale floor lamp", "product name", true)
	checkKept(t, a, "Sort\n", "toolbar's caption", false)
}
