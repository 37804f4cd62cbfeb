package claims

import "testing"

// TestShareOfAll checks rule shareOfAll: the "all" of a share's whole
// leaves the subject, which otherwise claims the whole ("all riders");
// "all of" stays. Texts invented.
func TestShareOfAll(t *testing.T) {
	tests := []langCase[string]{
		{"en", "The Orvanian levy covered only 28 percent of all river barges.", []string{"The Orvanian levy covered river barges"}},
		{"en", "Some 40% of all ferry riders in Brindlemoor backed the levy.", []string{"ferry riders in Brindlemoor backed the levy"}},
		{"en", "Nearly half of all tenants in Kessley rent from the Orvan trust.", []string{"tenants in Kessley rent from the Orvan trust"}},
	}
	checkLang(t, tests, claimSubject)
}
