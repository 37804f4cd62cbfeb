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
	checkFoundByFind(t, []findCase{
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
	})
}

// TestCommonLeadRepeat pins rule commonLeadRepeat: a product's noun
// written again alone, after an adjective the text also writes in lower
// case, attests no person; a surname the text never writes in lower case
// does, whatever the given name. Invented text.
func TestCommonLeadRepeat(t *testing.T) {
	for _, c := range []struct {
		text, name, first, last, repeat string
		want                            bool
	}{
		{"Folding Trolleys are back. Trolleys ship flat, and each folding trolley opens in a minute.", "Folding Trolleys", "folding", "trolleys", "Trolleys", true},
		{"Hope Varnell opened the cafe. Varnell bakes daily, and there is hope for a second shop.", "Hope Varnell", "hope", "varnell", "Varnell", false},
		{"Folding Trolleys are back. Trolleys ship flat.", "Folding Trolleys", "folding", "trolleys", "Trolleys", false},
	} {
		d := &Doc{Text: c.text, Tokens: Tokenize(c.text)}
		d.People = []*Person{{Name: c.name, first: c.first, last: c.last}}
		r := ref{Mention: Mention{Text: c.repeat, Kind: MentionPartial}}
		if got := d.commonLeadRepeat(r); got != c.want {
			t.Errorf("%q: commonLeadRepeat(%q) = %v, want %v", c.text, c.repeat, got, c.want)
		}
	}
	// The person with a given name that is a word too stays one.
	if !slices.ContainsFunc(Find("Hope Varnell opened the harbour cafe in May. Varnell bakes bread every day, and there is hope for a second shop."), func(p Person) bool { return p.Name == "Hope Varnell" }) {
		t.Error("Hope Varnell not found")
	}
}

// TestLeadWordRepeatTrade pins rule leadWordRepeat's trade guard: a
// founder's name and a trade noun stays a candidate, for entities to read
// as a company. Invented text.
func TestLeadWordRepeatTrade(t *testing.T) {
	text := "If you need an electrician, call Velby Electric. Velby has wired homes in the valley since 1990, and electric heating is its trade."
	if !slices.ContainsFunc(Find(text), func(p Person) bool { return p.Name == "Velby Electric" }) {
		t.Error("Velby Electric dropped, want it kept for the company rules")
	}
}
