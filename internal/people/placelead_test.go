package people

import "testing"

// TestPlaceLead pins rule placeLead: a known place run into the name
// after it is cut off; a first word that is a given name too keeps the
// run. Invented text.
func TestPlaceLead(t *testing.T) {
	checkFoundByFind(t, []findCase{
		{"Members of the new parliament\n\nBoston Anna Velk\n\nLeeds Grace Marlow\n\nVelk and Marlow both won by small margins.", "Anna Velk", true},
		{"Members of the new parliament\n\nBoston Anna Velk\n\nLeeds Grace Marlow\n\nVelk and Marlow both won by small margins.", "Leeds Grace Marlow", false},
	})
}
