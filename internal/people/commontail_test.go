package people

import (
	"slices"
	"testing"
)

// TestCommonTailRepeat pins rule commonTailRepeat: a firm's or a
// heading's noun written again alone, and in lower case elsewhere,
// attests no person; a surname written again alone still does.
// Invented text.
func TestCommonTailRepeat(t *testing.T) {
	for _, c := range []struct {
		text   string
		person string
		want   bool
	}{
		{"Skyline Moving\n\nSkyline Moving serves Orvania.\n\nMoving\n\nmoving a flat costs 400 euros.",
			"Skyline Moving", false},
		{"Velmar Analytics\n\nVelmar Analytics serves the port.\n\nAnalytics\n\nanalytics is a crowded trade.",
			"Velmar Analytics", false},
		{"Tarja Velics opened a second shop in Orvania on Monday. Velics now employs six people.",
			"Tarja Velics", true},
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
