package htmlextract

import (
	"strings"
	"testing"
)

// tabSetPage is an invented product page whose details sit in a tab set:
// the overview panel shown, the specification and reviews panels hidden
// by an inline style until their tab is clicked.
func tabSetPage(declare string) string {
	return `<html><head><title>Fernhollow Field Lantern</title>` + declare + `</head><body>
<header><nav><a href="/">Home</a> <a href="/lamps">Lamps</a></nav></header>
<main><h1>Fernhollow Field Lantern</h1><p class="price">$64.00</p>
<div class="details tab-box"><div class="tab-navs"><div class="tab-nav active">Overview</div><div class="tab-nav">Specs</div><div class="tab-nav">Reviews</div></div>
<div class="tab-panes">
<div class="tab-pane" style="display:block"><div class="overview">
<p>The Fernhollow field lantern was drawn for long evenings at a riverside camp: its glass chimney is blown thick enough to shrug off a knock against a tent pole, and the brass cap stays cool enough to lift by hand after an hour of burning.</p>
<p>A single wick of braided cotton burns for fourteen hours on one filling of lamp oil, and the wind guard folds flat into the base when the lantern travels in a pack.</p>
<ul><li>Thick blown-glass chimney that survives the knocks of a camp</li><li>Folding wind guard of perforated brass for gusty evenings</li><li>Wick wound by hand in the Fernhollow workshop</li></ul>
</div></div>
<div class="tab-pane" style="display:none"><table class="spec"><caption>Dimensions</caption><tbody><tr><th>Height</th><td>31 cm</td></tr><tr><th>Weight</th><td>820 g</td></tr><tr><th>Fuel capacity</th><td>0.4 l</td></tr><tr><th>Burn time</th><td>14 h</td></tr></tbody></table></div>
<div class="tab-pane" style="display:none"><p>No reviews yet.</p></div>
</div></div></main>
<footer><p>Fernhollow Lamp Works</p></footer></body></html>`
}

// TestTabSet: rule "tab-set". On a product page the hidden specification
// panel beside the shown overview is read with it; a page that sells
// nothing keeps to the panel shown (the rule is a shop's).
func TestTabSet(t *testing.T) {
	a := mustExtract(t, tabSetPage(ogProduct))
	for _, want := range []string{"braided cotton", "Folding wind guard", "Fuel capacity", "820 g"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Text)
		}
	}
	a = mustExtract(t, tabSetPage(""))
	if !strings.Contains(a.Text, "braided cotton") || strings.Contains(a.Text, "Fuel capacity") {
		t.Errorf("page without a product: want the shown panel alone:\n%s", a.Text)
	}
}
