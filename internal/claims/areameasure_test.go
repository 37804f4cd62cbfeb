package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAreaMeasure checks rule areaMeasure: "square" or "cubic" before a
// unit of length is part of the unit, an area or a volume, no length.
func TestAreaMeasure(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "The Brannock reserve covers 12 square kilometres of moorland.", []got{{12, "square kilometres"}}},
		{"", "The blaze burned 40 square miles of forest near Orrin.", []got{{40, "square miles"}}},
		{"", "The Tellwater reservoir holds 3,000 cubic metres of water.", []got{{3000, "cubic metres"}}},
		{"", "The chart lists the first ten square numbers.", []got{{10, "numbers"}}},
	}
	checkLang(t, tests, get)
}

// TestAreaKeepsOrder checks that an area, as a length, is no thing a verb
// acts on (rule countedObject): the subject keeps the sentence's order.
func TestAreaKeepsOrder(t *testing.T) {
	cs := Extract("Tellmoor holds the most scenic 64 square miles on the coast.", Options{})
	if len(cs) != 1 || cs[0].Subject != "Tellmoor holds the most scenic square miles on the coast" {
		t.Errorf("claims = %+v, want one with subject %q", cs, "Tellmoor holds the most scenic square miles on the coast")
	}
}
