package claims

import "testing"

// TestMoreChangeVerbs checks that the change verbs rule levelVerb drops
// before "to" include the small moves a news story writes ("ticked up
// to", "dipped to", "had gone to"): the subject was the clause with
// its verb left dangling. Texts invented.
func TestMoreChangeVerbs(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Turnout in Corran ticked up to 61 percent.", []string{"Turnout in Corran"}},
		{"en", "Ferry fares to Orvania have gone to $14.", []string{"Ferry fares to Orvania"}},
		{"en", "The Velmar index dipped to 3.2 percent in May.", []string{"The Velmar index in May"}},
	}
	checkLang(t, tests, claimSubject)
}
