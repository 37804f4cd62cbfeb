package claims

import "testing"

// TestAggregateLead checks rule aggregateLead: "a total of", "a combined"
// and "a record" before a figure leave the subject; a noun after
// "record" stays. Texts invented.
func TestAggregateLead(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Hal Brand gave a total of $800 to the Velmar club.", []string{"Hal Brand gave to the Velmar club"}},
		{"en", "The two rivals polled a combined 44 percent of the ballots.", []string{"The two rivals polled the ballots"}},
		{"en", "Tarrow saw a record crowd of 9,000 fans.", []string{"Tarrow saw a record crowd of fans"}},
	}
	checkLang(t, tests, claimSubject)
}
