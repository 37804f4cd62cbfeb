package claims

import "testing"

// TestComparedHedge checks rule comparedHedge: a hedged figure after
// "compared with" is the earlier level, and a share of a group there
// measures the group. Texts invented.
func TestComparedHedge(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Turnout in Tarrow was 61 percent, compared with about 52 percent in 2019.", []string{"Turnout in Tarrow", "Turnout in Tarrow in 2019"}},
		{"en", "Some 54% of Velmar riders approve, compared with just 12% of Orvan riders.", []string{"Velmar riders approve", "Orvan riders"}},
	}
	checkLang(t, tests, claimSubject)
}

// TestFollowedBy checks rule followedBy: a share after "followed by" a
// name measures the one named. Texts invented.
func TestFollowedBy(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Ada Quell led the poll with 31 percent, followed closely by Hal Brand at 27 percent.", []string{"Ada Quell led the poll", "Hal Brand"}},
	}
	checkLang(t, tests, claimSubject)
}
