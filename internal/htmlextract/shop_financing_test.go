package htmlextract

import (
	"strings"
	"testing"
)

func TestFinancingLine(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"$38/mo over 18 months, financing by our partner bank", true},
		{"Or 3 interest-free parts of $21.50 each", true},
		{"$640 today, or $27/mo over two years at 0% APR", true},
		{"Special financing until the harbour fair ends", true},
		{"Paiement en 10 mensualités de 19 €", true},
		{"Ab 24 € im Monat mit Finanzierung", true},
		{"Flexible financing on request", false},                 // a term alone: a service's own offer
		{"Delivery from Apr 2: $15 per parcel", false},           // the month, not the rate
		{"Save $40 on the lamp and its shade this month", false}, // an offer, not financing
		{"We compared financing plans from six lenders over a year, and the cheapest charged $12 a month less than the dearest one did.", false}, // an article's sentence
	}
	for _, c := range cases {
		if got := financingLine(c.in); got != c.want {
			t.Errorf("financingLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestHoldsWordFold(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"pay in 4 Instalments", true},
		{"INSTALMENTS.", true},
		{"reinstalments", false}, // inside a word
		{"instalmentsx", false},
		{"", false},
	}
	for _, c := range cases {
		if got := holdsWordFold(c.s, []string{"instalments"}); got != c.want {
			t.Errorf("holdsWordFold(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestFinancingDropped: a product's buy box states its monthly terms;
// they go, the description and the price stay. A grid of cards, each
// with its own monthly sum, keeps them (maxBuyBoxFinancing).
func TestFinancingDropped(t *testing.T) {
	buyBox := `<div class="buy"><p>$480</p><p>$40/mo over a year, financing by Harbour Credit</p><p>Or 4 interest-free parts of $120 each</p></div>`
	page := strings.Replace(shopPage(ogProduct, ""), `</h1>`, `</h1>`+buyBox, 1)
	a, err := Extract(page, Options{URL: "https://example.com/p/1", Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	checkKept(t, a, "Tarnhollow lamp throws", "description", true)
	checkKept(t, a, "$480", "price", true)
	checkKept(t, a, "financing by Harbour Credit", "monthly terms", false)
	checkKept(t, a, "interest-free", "second offer", false)

	var cards strings.Builder
	for i, name := range []string{"Vardell", "Orrindale", "Quessly", "Brannock"} {
		cards.WriteString(`<p>` + name + ` lamp</p><p>$` + string(rune('3'+i)) + `0/mo over a year, financing by Harbour Credit</p>`)
	}
	page = strings.Replace(shopPage(ogProduct, ""), `</h1>`, `</h1>`+cards.String(), 1)
	a, err = Extract(page, Options{URL: "https://example.com/c/1", Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	checkKept(t, a, "$50/mo over a year", "a card's monthly sum", true)
}

// BenchmarkFinancingLine: rule "financing-line" reads every short
// paragraph and list item of every page, nearly all of them no offer.
func BenchmarkFinancingLine(b *testing.B) {
	lines := []string{
		"Tidal charts for skippers", "A six-week evening course at the harbour school, taught by the masters.",
		"Price", "$340", "Sign up for our newsletter today", "Home › News › Harbour", "Share this article on social media",
	}
	for b.Loop() {
		for _, l := range lines {
			financingLine(l)
		}
	}
}
