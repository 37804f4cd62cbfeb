package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMagnitudeLevel checks rule magnitudeLevel: an earthquake's magnitude
// is a claim, the quake its subject in an aside (rule magnitudeAside); a
// hyphenated magnitude leaves its clause to a figure after it, and a
// figure past maxMagnitude is none.
func TestMagnitudeLevel(t *testing.T) {
	type got struct {
		Value   float64
		Unit    string
		Subject string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit, c.Subject} }
	tests := []langCase[got]{
		{"", "The Orrin earthquake, measuring 6.4 on the Richter scale, struck at dawn.", []got{{6.4, "magnitude", "The Orrin earthquake"}}},
		{"", "A magnitude 5.8 earthquake struck Velmar on Sunday.", []got{{5.8, "magnitude", "A magnitude earthquake struck Velmar on Sunday"}}},
		{"", "The Tarvin quake had a magnitude of 7.1.", []got{{7.1, "magnitude", "The Tarvin quake had a magnitude"}}},
		{"", "A 6.2-magnitude quake hit the Kelmouth coast.", []got{{6.2, "magnitude", "quake hit the Kelmouth coast"}}},
		{"", "A 6.2-magnitude quake killed 40 people in Kelmouth.", []got{{40, "people", "people a 6.2-magnitude quake killed in Kelmouth"}, {6.2, "magnitude", "quake"}}},
		{"", "Storm Brenna brought winds of magnitude 12 to Orrin.", nil},
	}
	checkLang(t, tests, get)
}
