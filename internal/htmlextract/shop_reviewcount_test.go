package htmlextract

import (
	"strings"
	"testing"
)

func TestReviewCountLine(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"12 Reviews", true},
		{"1 review", true},
		{"(5 customer reviews)", true},
		{"1,204 ratings", true},
		{"(38 Bewertungen)", true},
		{"4.5 Rating", false},             // a score, not a count
		{"12 reviews of the lamp", false}, // more than a count
		{"Reviews", false},
		{"Rated 3.8 of 5 stars by 9 customers", false},
		{"12 Colors", false},
		{"Read all 12 reviews from our customers", false},
	}
	for _, c := range cases {
		if got := reviewCount(c.in); got != c.want {
			t.Errorf("reviewCount(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestReviewCountDropped: on a product page the count line a shop sets
// between the description and the care notes goes; the text stays.
func TestReviewCountDropped(t *testing.T) {
	page := func(declare string) string {
		return `<html><head><title>Tarnhollow Lamp</title>` + declare + `</head><body><main><div class="pdp">` +
			`<h1>Tarnhollow Lamp</h1>` +
			`<div class="desc"><p>The Tarnhollow lamp throws a warm, even light across a reading chair, and its shade of waxed linen softens the glare of the bulb without dimming the page.</p>` +
			`<p>Its base of turned walnut is weighted so that a knock from an elbow leaves it standing, and the cord runs through a groove cut underneath it.</p></div>` +
			`<div class="stars"><span>17 Reviews</span></div>` +
			`<p>Wipe the shade with a dry cloth only; the walnut base takes a drop of linseed oil once a season to keep its colour deep and even.</p>` +
			`</div></main></body></html>`
	}
	for _, c := range []struct {
		name, declare string
		kept          bool
	}{
		{"product page", ogProduct, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract(page(c.declare), Options{URL: "https://example.com/p/1", Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "Tarnhollow lamp throws") || !strings.Contains(a.Text, "linseed oil") {
				t.Fatalf("description lost; text:\n%s", a.Text)
			}
			if got := strings.Contains(a.Text, "17 Reviews"); got != c.kept {
				t.Errorf("count line kept = %v, want %v; text:\n%s", got, c.kept, a.Text)
			}
		})
	}
}
