package textclean

import (
	"strings"
	"testing"
)

// TestMegaMenuRule: a shop's drop-down menu flattened between a
// listing's intro and its products leaves the text; the intro and the
// products stay.
func TestMegaMenuRule(t *testing.T) {
	const listing = `Rain gear at the Orvania Outfitters store, chosen by the staff who walk the Quell hills every weekend.

Camp
All Camp
Kites
All Kites
Tarps
Stoves
Water
Paddle
All Paddle
Canoes
Oar Straps

The Ashe storm shell weighs under three hundred grams and packs into its own chest pocket.

The Harbour waxed cotton coat has a deep hood and a storm flap over its brass zip.
`
	a, _ := Extract(listing, Options{})
	for _, gone := range []string{"All Kites", "Oar Straps", "Canoes"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("menu's %q kept:\n%s", gone, a.Text)
		}
	}
	for _, want := range []string{"staff who walk", "storm shell", "waxed cotton"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("listing lost %q:\n%s", want, a.Text)
		}
	}
}

// TestMegaMenuNeedsEchoes: a story's run of short lines (the towns a
// storm cut off) has no "All <item>" pair beside its item: it stays.
func TestMegaMenuNeedsEchoes(t *testing.T) {
	const story = `The storm cut the power to these towns of the Orvania coast on Sunday night, the grid operator said.

Port Quell
Ashby
Marrow Bay
All Saints
Lenholm
Tarrow
Eastwick
Brannock
Saltmere

Crews from the Harbour depot expect to restore most lines by Tuesday.
`
	a, _ := Extract(story, Options{})
	for _, want := range []string{"Marrow Bay", "All Saints", "Saltmere"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("story's list lost %q:\n%s", want, a.Text)
		}
	}
}

// TestMegaMenuNeedsLength: a run shorter than minMegaMenuItems stays,
// "All <item>" pairs or not: a story's own short list may hold them.
func TestMegaMenuNeedsLength(t *testing.T) {
	const story = `The Quell parish hall sorted the jumble sale's tables by what was left on them at noon on Saturday.

Books
All Books
Toys
All Toys

The stalls that sold out early go first in line at the next sale, the organisers in Orvania said.
`
	a, _ := Extract(story, Options{})
	for _, want := range []string{"All Books", "All Toys"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("story's short list lost %q:\n%s", want, a.Text)
		}
	}
}
