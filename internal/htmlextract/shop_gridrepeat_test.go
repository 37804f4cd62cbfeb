package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// gridPage is a small category page: a heading, a paragraph, and a grid
// of priced cards, each with the given line under its name.
func gridPage(line string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Packs - Fellway Outfitters</title></head><body><main><h1>Packs</h1>`)
	b.WriteString(`<p>Our packs are sewn in the Brannock valley from waxed canvas and leather, and every one is tested on the ridge path before it leaves.</p>`)
	b.WriteString(`<p>A pack for a day on the fells needs room for a flask, a spare layer and a map, and little more; a pack for a week in the hills carries a tent, a stove and the food to go with them.</p>`)
	b.WriteString(`<p>Each frame is shaped by hand to sit on the hips rather than the shoulders, and the straps are cut long enough to be worn over a winter coat.</p>`)
	b.WriteString(`<ul class="grid">`)
	for i, name := range []string{"Ridgeback", "Tallow", "Cairnfold", "Marrowick", "Stonebrake", "Heathrow Light", "Gorsefield", "Brackenpeak"} {
		fmt.Fprintf(&b, `<li class="tile"><a href="/p/%d">%s %d</a><div class="attr">%s</div><span class="price">$%d.00</span></li>`, i, name, 30+i*5, line, 120+i*15)
	}
	b.WriteString(`</ul></main></body></html>`)
	return b.String()
}

func TestGridRepeats(t *testing.T) {
	cases := []struct {
		name, line string
		want       int
	}{
		// each card's own attribute line stays in every card
		{"card attribute", "Capacity: 40 to 50 litres", 8},
		// a long notice copied into every card is said once
		{"notice in every card", "Every order ships from our workshop within two working days, and a pack that does not fit may be sent back", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract(gridPage(c.line), Options{URL: "https://example.com/c/packs", Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "Cairnfold 40") {
				t.Fatalf("grid lost; text:\n%s", a.Text)
			}
			if got := strings.Count(a.Text, c.line); got != c.want {
				t.Errorf("line found %d times, want %d; text:\n%s", got, c.want, a.Text)
			}
		})
	}
}
