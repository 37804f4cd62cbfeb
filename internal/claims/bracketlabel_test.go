package claims

import "testing"

// TestBracketLabel checks rule bracketLabel: a figure alone in brackets
// measures the noun phrase before it; a margin's shares after "points"
// and a figure after a comparison name none. Texts invented.
func TestBracketLabel(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Ada Quell won with backing from older teachers (58 percent) in Tarrow.", []string{"older teachers"}},
		{"en", "The Orvan kettle ($75) boils in a minute.", []string{"The Orvan kettle"}},
		{"en", "Hal Brand won by 8 points (51 percent to 43 percent).", []string{"Hal Brand won by points", ""}},
		{"en", "More riders call the Velmar line fast than slow (33%).", []string{""}},
	}
	checkLang(t, tests, claimSubject)
}
