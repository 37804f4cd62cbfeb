package claims

import "testing"

// TestPairedFigureCut checks rule pairedFigureCut: the subject of a
// figure ends where a second figure of its unit joins the clause; a
// figure of another unit stays in it. Texts invented.
func TestPairedFigureCut(t *testing.T) {
	tests := []langCase[string]{
		{"en", "The survey found 62% of Velmar riders and 48% of Corran riders back the plan.",
			[]string{"Velmar riders"}},
		{"en", "Support for the Corran bridge stood at 44 percent compared to 51 percent against.",
			[]string{"Support for the Corran bridge"}},
		{"en", "Fares on the Corran line rose 12 percent in May.",
			[]string{"Fares on the Corran line rose in May"}},
	}
	checkLang(t, tests, claimSubject)
}
