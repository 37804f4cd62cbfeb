package claims

import "testing"

// TestWhoAntecedent checks rule whoAntecedent: a "who" after a name and a
// comma or bracket measures what the named one has or did; after a
// place or a pair of names it stays. Texts invented.
func TestWhoAntecedent(t *testing.T) {
	tests := []langCase[string]{
		{"en", "The poll puts Hal Brand ahead of Ada Quell, who has 41 percent.", []string{"Ada Quell has"}},
		{"en", "Councillor Nia Vell (who holds 12 seats) backed the plan.", []string{"Councillor Nia Vell holds seats"}},
		{"en", "The gift came from a grocer in Tarrow, who gave $500.", []string{"who gave"}},
		{"en", "Support went to Hal Brand and Ada Quell, who won 40 seats.", []string{"who won seats"}},
	}
	checkLang(t, tests, claimSubject)
}
