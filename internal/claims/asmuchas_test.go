package claims

import "testing"

// TestAsMuchAs checks rule asMuchAs: "as much as", "as many as" and
// their kin right before a figure bound it and leave the subject; a
// comparison away from the figure stays. Texts invented.
func TestAsMuchAs(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Cabins on the Velmar coast fetch as much as $2 million.", []string{"Cabins on the Velmar coast fetch"}},
		{"en", "The Velmar toll rise runs as high as 14 percent.", []string{"The Velmar toll rise runs"}},
		{"en", "As many as 35 percent of Corran drivers plan to switch.", []string{"Corran drivers plan to switch"}},
	}
	checkLang(t, tests, claimSubject)
}
