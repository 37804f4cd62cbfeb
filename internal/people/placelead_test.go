package people

import (
	"slices"
	"testing"
)

// TestPlaceLead pins rule placeLead: a known place run into the name
// after it is cut off; a first word that is a given name too keeps the
// run. Invented text.
func TestPlaceLead(t *testing.T) {
	for _, c := range []struct {
		text   string
		person string
		want   bool
	}{
		{"Members of the new parliament\n\nBoston Anna Velk\n\nLeeds Grace Marlow\n\nVelk and Marlow both won by small margins.", "Anna Velk", true},
		{"Members of the new parliament\n\nBoston Anna Velk\n\nLeeds Grace Marlow\n\nVelk and Marlow both won by small margins.", "Leeds Grace Marlow", false},
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
