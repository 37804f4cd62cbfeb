package htmlextract

import (
	"strings"
	"testing"
)

// How a test page says it sells one product: og:type, or only a
// schema.org Product inside a script of another type, here an Offer's
// itemOffered (x.shop reads either).
const (
	ogProduct = `<meta property="og:type" content="product">`
	ldProduct = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Offer","itemOffered":{"@type":"Product","name":"Tarnhollow Lamp"}}</script>`
)

// shopPage wraps panel in a small product page: the description, then the
// panel. declare goes into the head (ogProduct, ldProduct or nothing).
func shopPage(declare, panel string) string {
	head := `<title>Tarnhollow Lamp</title>` + declare
	return `<html><head>` + head + `</head><body><main><div class="pdp"><h1>Tarnhollow Lamp</h1>` +
		`<div class="desc"><p>The Tarnhollow lamp throws a warm, even light across a reading chair, and its shade of waxed linen softens the glare of the bulb without dimming the page.</p>` +
		`<p>Its base of turned walnut is weighted so that a knock from an elbow leaves it standing, and the cord runs through a groove cut underneath it.</p>` +
		`<p>A dimmer set into the cord goes from a candle's glow to full brightness, and it remembers the last setting when the lamp is switched on again.</p></div>` +
		panel + `</div></main></body></html>`
}

// policyText is the panel's text the cases look for.
const policyText = "Parcels leave the workshop within two working days"

func TestShopPolicyPanel(t *testing.T) {
	policy := `<p>` + policyText + ` and are tracked to your door; a parcel that goes astray is sent again at no cost.</p>`
	cases := []struct {
		name    string
		declare string
		panel   string
		kept    bool
	}{
		{"details on a product page", ogProduct, `<details><summary><div>Shipping &amp; Returns</div></summary>` + policy + `</details>`, false},
		{"accordion heading on a product page", ogProduct, `<div class="acc"><span role="button" aria-expanded="false"><h3>Delivery and returns</h3></span><div>` + policy + `</div></div>`, false},
		{"heading toggle, with a colon", ogProduct, `<div class="acc"><h4 aria-expanded="false">Returns policy:</h4><div>` + policy + `</div></div>`, false},
		// A bare <button> title is skipped as a control: on the dev pages
		// the panels behind one were as often read as part of the page.
		{"bare button title", ogProduct, `<div class="acc"><button aria-expanded="false">Shipping &amp; Returns</button><div>` + policy + `</div></div>`, true},
		{"Product inside an Offer script", ldProduct, `<details><summary><div>Shipping &amp; Returns</div></summary>` + policy + `</details>`, false},
		{"not a product page", "", `<details><summary><div>Shipping &amp; Returns</div></summary>` + policy + `</details>`, true},
		{"bare delivery box: this item's dates", ogProduct, `<div class="acc"><h3>Delivery</h3><div>` + policy + `</div></div>`, true},
		{"another panel on a product page", ogProduct, `<details><summary><div>Materials</div></summary>` + policy + `</details>`, true},
		// A toggle titles a panel for the shop's terms only: the other
		// region titles ("More from ...") are read from headings.
		{"toggle titled like a related strip", ogProduct, `<details><summary><div>More from the workshop</div></summary>` + policy + `</details>`, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract(shopPage(c.declare, c.panel), Options{URL: "https://example.com/p/1", Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(a.Text, policyText); got != c.kept {
				t.Errorf("policy text kept = %v, want %v; text:\n%s", got, c.kept, a.Text)
			}
			if !strings.Contains(a.Text, "turned walnut") {
				t.Errorf("description lost:\n%s", a.Text)
			}
		})
	}
}
