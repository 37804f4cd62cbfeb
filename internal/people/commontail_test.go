package people

import "testing"

// TestCommonTailRepeat pins rule commonTailRepeat: a firm's or a
// heading's noun written again alone, and in lower case elsewhere,
// attests no person; a surname written again alone still does.
// Invented text.
func TestCommonTailRepeat(t *testing.T) {
	checkFoundByFind(t, []findCase{
		{"Skyline Moving\n\nSkyline Moving serves Orvania.\n\nMoving\n\nmoving a flat costs 400 euros.",
			"Skyline Moving", false},
		{"Velmar Analytics\n\nVelmar Analytics serves the port.\n\nAnalytics\n\nanalytics is a crowded trade.",
			"Velmar Analytics", false},
		{"Tarja Velics opened a second shop in Orvania on Monday. Velics now employs six people.",
			"Tarja Velics", true},
	})
}
