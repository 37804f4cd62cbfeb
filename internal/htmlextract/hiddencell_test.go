package htmlextract

import "testing"

// hiddenCellPage is an invented league page whose table sets each club's
// short name for phones beside its full name for desktops, hides a
// promotion mark until a script shows it, and marks the play-off column
// with icons whose meaning is a screen reader's text.
const hiddenCellPage = `<!doctype html><html lang="en"><head><title>Coastal League table</title></head><body>
<nav><a href="/">Home</a> <a href="/fixtures">Fixtures</a></nav>
<main><h1>Coastal League table after round twelve</h1>
<p>Harbour Rovers stayed top of the Coastal League after a two-goal win at Saltmarsh, while Pier Town climbed to second with a late winner against the Lighthouse Wanderers.</p>
<p>The bottom three are now separated by a single point with six rounds to play, and the league confirmed that the play-off for the last place will be held in Averly.</p>
<table><tr><th>Club</th><th>Played</th><th>Points</th><th>Play-off</th></tr>
<tr><td><span class="show-mobile">HBR</span><span class="hide-mobile">Harbour Rovers</span><span class="badge hidden">Promoted</span></td><td>12</td><td>28</td><td><i class="icon-check" aria-hidden="true"></i><span class="sr-only">Yes</span></td></tr>
<tr><td><span class="show-mobile">PTN</span><span class="hide-mobile">Pier Town</span><span class="badge hidden">Promoted</span></td><td>12</td><td>25</td><td><i class="icon-check" aria-hidden="true"></i><span class="sr-only">Yes</span></td></tr>
<tr><td><span class="show-mobile">LHW</span><span class="hide-mobile">Lighthouse Wanderers</span></td><td>12</td><td>24</td><td><i class="icon-cross" aria-hidden="true"></i><span class="sr-only">No</span></td></tr>
<tr><td><span class="show-mobile">SLT</span><span class="hide-mobile">Saltmarsh Athletic</span></td><td>12</td><td>19</td><td><span style="display: none">Yes</span><i class="icon-cross" aria-hidden="true"></i><span class="sr-only">No</span></td></tr>
</table></main>
<footer><p>Coastal League Media</p></footer></body></html>`

// TestHiddenCell: rule "hidden-cell". A cell gives what a desktop reader
// sees: the club's full name alone, no mark a script has yet to show, and
// the icons' meaning.
func TestHiddenCell(t *testing.T) {
	a := mustExtract(t, hiddenCellPage)
	for _, row := range []string{"Harbour Rovers\t12\t28\tYes", "Pier Town\t12\t25\tYes", "Lighthouse Wanderers\t12\t24\tNo", "Saltmarsh Athletic\t12\t19\tNo"} {
		checkKept(t, a, row, "row "+row, true)
	}
	for _, hidden := range []string{"HBR", "PTN", "LHW", "SLT", "Promoted"} {
		checkKept(t, a, hidden, "hidden "+hidden, false)
	}
}
