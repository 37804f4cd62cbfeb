package claims

import "testing"

// TestRangeFromLead checks rule rangeFromLead: the "from" of a range
// leaves the subject; a change's "from" is no range's. Texts invented.
func TestRangeFromLead(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Fares on the Orvan line range from $40 to $90 depending on the season.", []string{"Fares on the Orvan line range depending on the season"}},
		{"en", "The Velmar gauge's error ranges from 4–6% of the load.", []string{"The Velmar gauge's error ranges the load"}},
	}
	checkLang(t, tests, claimSubject)
}
