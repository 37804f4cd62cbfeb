package textclean

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLoneHashNumber: the pure line test of rule lone-hash-number.
func TestLoneHashNumber(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"#1", true},
		{"#4821", true},
		{"#123456", false}, // an order or ticket number, past maxLoneNumberDigits
		{"#", false},
		{"# 3", false},          // a Markdown heading
		{"#harbourfest", false}, // a hashtag
		{"#3 Quell Lantern", false},
		{"3", false},
	} {
		if got := loneHashNumber(c.line); got != c.want {
			t.Errorf("loneHashNumber(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestPostNumberRule: a forum thread's "#N" permalink lines go and the
// posts stay; the ranks of a priced listing, where each "#N" follows an
// item's price, stay.
func TestPostNumberRule(t *testing.T) {
	const thread = `Does anyone still fish off the Orvania pier?

Marta Quell
#1

I used to go every Sunday with my father, but the council closed the far end last spring.

Tobin Ashe
#2

It reopened in June. The mackerel are back near the lamp posts, bring a light rod.

Marta Quell
#3

Thanks, I will try it this weekend with my daughter.
`
	a, _ := Extract(thread, Options{})
	body := hashBody(a)
	for _, n := range []string{"#1", "#2", "#3"} {
		if strings.Contains(body, n) {
			t.Errorf("post number %q kept in the body:\n%s", n, body)
		}
	}
	if !strings.Contains(body, "mackerel are back") {
		t.Errorf("a post lost:\n%s", body)
	}

	const listing = `Best-selling lanterns at the Harbour Store this week, ranked by orders placed.

#1
Quell storm lantern with brass handle and glass chimney, large
$24.99
#2
Ashe folding camp lantern with dimmer and hanging hook, green
$18.50
#3
Orvania pocket lantern with rechargeable battery and lanyard
$12.00

Prices include delivery across the Orvania coast.
`
	a, _ = Extract(listing, Options{})
	body = hashBody(a)
	for _, n := range []string{"#1", "#2", "#3"} {
		if !strings.Contains(body, n) {
			t.Errorf("rank %q of a priced listing dropped:\n%s", n, body)
		}
	}
}

// hashBody joins the texts of the body's blocks, a line each.
func hashBody(a *model.Article) string {
	var b strings.Builder
	for _, blk := range a.Body {
		b.WriteString(blk.Text + "\n")
	}
	return b.String()
}

// TestFigureLine: a price or a rating alone is a ranked item's close; a
// longer line with a figure (a poster's signature with a street number)
// is not, so the "#N" after it stays a post number.
func TestFigureLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"$24.99", true},
		{"4.6 stars", true},
		{"Tobin Ashe of 12 Quay Street", false}, // more than maxFigureLineWords
		{"Marta Quell", false},                  // no figure
	} {
		if got := figureLine(c.line); got != c.want {
			t.Errorf("figureLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
