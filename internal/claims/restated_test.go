package claims

import "testing"

// TestRestatedFigure checks rule restatedFigure: a figure after "or" or in
// brackets that restates the one before takes its subject; a poll's
// margin broken into shares does not. Texts invented.
func TestRestatedFigure(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Tarrow Rail fell 31 cents, or 1.2 percent.", []string{"Tarrow Rail fell cents", "Tarrow Rail fell cents"}},
		{"en", "The new ferry will sail 9 miles (14 kilometres) each way.", []string{"The new ferry will sail miles", "The new ferry will sail miles"}},
		{"en", "Three in five riders (61%) back the new timetable.", []string{"riders", "riders"}},
		{"en", "Ada Quell leads Hal Brand by 8 points (51 percent to 43 percent).", []string{"Ada Quell leads Hal Brand by points", ""}},
	}
	checkLang(t, tests, claimSubject)
}
