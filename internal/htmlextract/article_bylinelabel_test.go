package htmlextract

import (
	"slices"
	"strings"
	"testing"
)

// TestBylineLabel: rule "byline-label" drops the paragraph that only a
// byline label is left in once rule "post-meta" drops its author (and
// date), and keeps an author named mid-sentence with its sentence.
func TestBylineLabel(t *testing.T) {
	method := `<p>Rub the butter into the flour until the mixture looks like coarse sand, then add the sugar and one egg and press it into a firm dough.</p>` +
		`<p>Halve the damsons, lay them close on the dough in rings, and bake for forty minutes in a hot oven until the edges of the crust turn brown.</p>`
	recipe := func(credit, end string) string {
		return `<html><body><main><div itemscope itemtype="https://schema.org/Recipe"><h1 itemprop="name">Damson tart of Vessendorf</h1>` +
			`<p>This tart comes from the mill kitchens of the upper valley, where damsons ripen late and sweet in the cold autumn nights of the region.</p>` +
			credit + method + end + `</div></main></body></html>`
	}
	story := `<p>The ferry between the harbour of Kessby and the island of Olmsund sailed again on Monday after three weeks of repairs to its engine room.</p>` +
		`<p>Islanders had relied on a small launch for their supplies, and the council said the new timetable keeps the early crossing for school pupils.</p>`
	article := func(end string) string {
		return `<html><body><main><article><h1>Ferry to Olmsund sails again</h1>` + story + end + `</article></main></body></html>`
	}
	cases := []struct {
		name, page string
		want       []string // substrings kept
		noLine     []string // lines that must not stand alone
	}{
		{"a lone By after a recipe's method",
			recipe(``, `<p>By <span itemprop="author">Maren Tollek</span></p>`),
			[]string{"forty minutes"}, []string{"By"}},
		{"a cook named mid-sentence",
			recipe(`<p>Recipe by <span itemprop="author">Ilse Brammow</span>, the inn's cook</p>`, ``),
			[]string{"Recipe by Ilse Brammow, the inn's cook"}, nil},
		{"a byline with its date after a story",
			article(`<p>By <span itemprop="author">Tarvo Linnik</span> | <time itemprop="datePublished" datetime="2026-03-02">March 2, 2026</time></p>`),
			[]string{"school pupils"}, []string{"By", "By |", "|"}},
		{"a German byline after a story",
			article(`<p>Von <span itemprop="author">Jana Wiesel</span>, <time itemprop="datePublished">2. März 2026</time></p>`),
			[]string{"school pupils"}, []string{"Von", "Von ,"}},
		{"a labelled author after a story",
			article(`<p>Autor: <span itemprop="author">Piotr Zalewny</span></p>`),
			[]string{"school pupils"}, []string{"Autor:"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := mustExtract(t, c.page)
			for _, w := range c.want {
				checkKept(t, a, w, w, true)
			}
			lines := strings.Split(a.Text, "\n")
			for i := range lines {
				lines[i] = strings.TrimSpace(lines[i])
			}
			for _, l := range c.noLine {
				if slices.Contains(lines, l) {
					t.Errorf("a line %q is left alone:\n%s", l, a.Text)
				}
			}
		})
	}
}

func TestBylineLabelWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"By", true}, {" by |", true}, {"Von ,", true}, {"Par", true}, {"Door", true},
		{"Autor:", true}, {"Av", true}, {"", false}, {" | ", false},
		{"Recipe by", false}, {"Photo", false}, {"Byline", false},
	} {
		if got := bylineLabel(c.in); got != c.want {
			t.Errorf("bylineLabel(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
