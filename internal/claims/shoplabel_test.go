package claims

import "testing"

// TestShopLabel checks rule shopLabel: a claim with a shop's label is the
// shop's furniture, no claim; a story's statistics near the same words
// stay claims. Texts invented.
func TestShopLabel(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "Kettle Brenna Regular price $64.00 Sale price $48.00", nil},
		{"en", "Free shipping to Orvania when you spend $80", nil},
		{"en", "Lamp Velmo $24.00Free express shipping to Corran", nil},
		{"en", "Brenna Goods: $15 off your first order, Orvania only", nil},
		{"en", "Take 12% off with code HARBOUR12 this weekend", nil},
		{"en", "MSRP $210.00", nil},
		{"en", "35% off", nil},
		{"en", "$64.5015% OFF Rated 4 of 5 Brenna kettle", nil},
		{"en", "The studio tier for Corran teams costs $18 a month billed annually", nil},
		{"en", "The median sale price in Corran rose to $412,000 in May.", []float64{412000}},
		{"en", "Resale tickets for the Velmar final went for double the MSRP.", []float64{2}},
		{"en", "Harlow Mining shares closed 20% off their March high.", []float64{20}},
		{"en", "Some 400 engineers at Harlow Labs work with code every day.", []float64{400}},
	}
	checkLang(t, tests, claimValue)
}
