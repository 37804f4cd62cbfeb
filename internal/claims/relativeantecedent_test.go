package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRelativeAntecedent checks rule relativeAntecedent: a "which" clause
// measures the noun phrase before its comma; with no article near, the
// subject stays.
func TestRelativeAntecedent(t *testing.T) {
	tests := []langCase[string]{
		{"", "The new Tarnby bridge, which is 1.2 miles long, opened on Monday.", []string{"The new Tarnby bridge is miles long"}},
		{"", "Crews finished the old viaduct, which cost $40 million, in May.", []string{"the old viaduct cost"}},
		{"", "Riders love Orrin Pier, which is 300 metres long.", []string{"which is metres long"}},
	}
	checkLang(t, tests, claimSubject)
}

// relativeAntecedentKept: no antecedent is read across a verb, from an
// apposition, or for "which of".
var relativeAntecedentKept = []langCase[string]{
	{"", "It joined the pact the councils have signed, which includes 14 towns.", []string{"which includes towns"}},
	{"", "Its best campaign was for Brellcor, a cider maker, which led to 40% growth.", []string{"which led growth"}},
}

func TestRelativeAntecedentKept(t *testing.T) {
	checkLang(t, relativeAntecedentKept, func(c model.Claim) string { return c.Subject })
}
