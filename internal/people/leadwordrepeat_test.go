package people

import (
	"slices"
	"testing"
)

// TestLeadWordRepeat pins rule leadWordRepeat: a product's brand written
// again alone, beside its noun written in lower case, is no person; a
// person named again by an unlisted given name, a Chinese family name
// written first, and a headline's label before a colon (which the quote
// rules read as a speaker) stay people. Invented
// text.
func TestLeadWordRepeat(t *testing.T) {
	for _, c := range []struct {
		text   string
		person string
		want   bool
	}{
		{"Best travel gear of the year\n\nOur pick is Velmo Charger, which fills two phones at once. Velmo ships it in a tin box, and the charger weighs less than an apple.\n\nOur testers liked the cable too.",
			"Velmo Charger", false},
		{"Shop news\n\nQuarn Trolley is back in stock. Quarn also sells a smaller trolley for balconies.",
			"Quarn Trolley", false},
		{"The ferry crews of Velmar Bay met on Monday. Tova Renquist chaired the meeting. Tova has worked the night boats for ten years.",
			"Tova Renquist", true},
		{"Talks on the harbour deal resumed. Wen Haoran, the trade envoy, arrived late. Wen met the mayor after lunch and left for the airport.",
			"Wen Haoran", true},
		{"Velm on Soil Erosion: Farms Will Suffer\n\nThe mayor spoke at the valley fair.\n\nSoil erosion worries every grower here, Velm told the crowd.",
			"Soil Erosion", true},
	} {
		var names []string
		for _, p := range Find(c.text) {
			names = append(names, p.Name)
		}
		if got := slices.Contains(names, c.person); got != c.want {
			t.Errorf("%q among people %q = %v, want %v", c.person, names, got, c.want)
		}
	}
}
