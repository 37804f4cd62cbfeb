package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMajoritySeats checks rule majoritySeats: a majority in a sentence
// of seats counts seats; elsewhere a bare majority counts votes.
func TestMajoritySeats(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "In the 90-seat Velmar assembly the Greens now hold a majority of 12.", []got{{12, "seats"}}},
		{"", "Ana Tarn held the Orrin North seat with a majority of 3,210.", []got{{3210, "votes"}}},
	}
	checkLang(t, tests, get)
}
