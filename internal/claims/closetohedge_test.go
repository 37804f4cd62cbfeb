package claims

import "testing"

// TestCloseToHedge checks rule closeToHedge: "close to" before a figure
// hedges it and leaves the subject whole, at the clause's start or
// after its verb; "equal to" is left to rule shareOfBase. Texts
// invented.
func TestCloseToHedge(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Close to 340 members of the Orvan guild voted for Ada Quell.", []string{"members of the Orvan guild voted for Ada Quell"}},
		{"en", "The Kessley fair counted close to 9,000 visitors on Sunday.", []string{"visitors the Kessley fair counted on Sunday"}},
		{"en", "The Velmar levy was equal to 4 percent of the town budget.", []string{"The Velmar levy as a share of the town budget"}},
	}
	checkLang(t, tests, claimSubject)
}
