package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestWordPart checks rules wordPart and ratioOf: a small count in words
// of a part of a whole in digits is the claim, counting the whole's noun;
// a part of a bare ten or hundred is a ratio; "one of the" is no count.
func TestWordPart(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "Seven of the 12 councillors voted against the Ashby plan.", []got{{7, "people"}}},
		{"", "Three of its 40 stores in Orrin will close.", []got{{3, "stores"}}},
		{"", "Eight of 10 pears sold in Tarn are grown in Velden.", []got{{0.8, "ratio"}}},
		{"", "Nearly 9 of 10 tenants in Brackley backed the plan.", []got{{0.9, "ratio"}}},
		{"", "One of the 12 councillors abstained.", []got{{12, "people"}}},
	}
	checkLang(t, tests, get)
}
