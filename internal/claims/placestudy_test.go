package claims

import "testing"

// TestPlaceStudy checks rule placeStudy: a place the article names,
// before a study noun, is what the study covers and no source; a known
// source there, or a name that is no place, still is. Names invented.
func TestPlaceStudy(t *testing.T) {
	opts := Options{Places: []string{"Velmshire", "Ostland"}, Sources: []Source{{"Harlow Institute", "Harlow Institute"}}}
	tests := []sourceCase{
		{"Dana Orr led each of the last 10 Velmshire polls by 7 points.", ""},
		{"Dana Orr has 31 percent in new Ostland surveys.", ""},
		{"Dana Orr has 31 percent in a new Harlow Institute poll.", "Harlow Institute"},
		{"Dana Orr has 31 percent in a new Brackwell poll.", "Brackwell"},
		// the place after a study noun and "of" or "from" is no maker either
		{"Dana Orr has 31 percent in a survey of Ostland.", ""},
		{"Dana Orr leads by 7 points in polls from the Velmshire primary.", ""},
	}
	checkFirstSource(t, opts, tests)
}
