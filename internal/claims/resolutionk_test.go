package claims

import "testing"

// TestResolutionK checks rule resolutionK: "4K" and "8K" before a noun
// or a verb name a picture format, "5K" a race, no thousands; a hedged
// figure, another figure with "K" and money stay counts. Texts invented.
func TestResolutionK(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "The camera shop in Dunmore stocks 4K monitors and 8K projectors.", nil},
		{"en", "4K means the picture stays sharp on a big screen.", nil},
		{"en", "About 4K workers in Dunmore went on strike.", []float64{4000}},
		{"en", "The firm in Dunmore cut 14K jobs last year.", []float64{14000}},
		{"en", "The Dunmore app has $4K in fees.", []float64{4000}},
	}
	checkLang(t, tests, claimValue)
}
