package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// TestTermItem: rule "term-item" keeps the short lists of linked names a
// buying guide sets under each section, even when its theme puts each
// name in a heading (<li><h2><a>...</a></h2></li>), which rule
// "teaser-card" took one item at a time; a lone linked headline between
// two paragraphs ("read also") still goes.
func TestTermItem(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><main><article><h1>Tools every boat builder needs</h1>` + points(12))
	picks := [][2]string{{"Brannock 40", "Tessel K2"}, {"Orrin Plane 7", "Hale Block"}, {"Marlo Clamp", "Vesk Grip 9"}}
	for i, p := range picks {
		fmt.Fprintf(&b, `<h3>%d. Tool %d</h3><p>Section %d: a good one lasts a working life if you oil it after every job and keep it dry over the winter months.</p>`, i+1, i, i)
		b.WriteString(`<h4>Our picks:</h4><ul>`)
		for j, n := range p {
			fmt.Fprintf(&b, `<li><h2><a href="https://shop.example/item-%d-%d">%s</a></h2></li>`, i, j, n)
		}
		b.WriteString(`</ul>`)
		fmt.Fprintf(&b, `<p>After %d: what to look for is a firm grip, an honest weight and a maker who still sells the spare parts for it.</p>`, i)
	}
	b.WriteString(`<ul><li><h2><a href="/news/harbour-fees">Harbour fees rise in winter</a></h2></li></ul>`)
	b.WriteString(points(4) + `</article></main></body></html>`)
	a := mustExtract(t, b.String())
	for _, p := range picks {
		for _, n := range p {
			checkKept(t, a, n, "pick", true)
		}
	}
	checkKept(t, a, "Harbour fees rise", "lone headline", false)
}
