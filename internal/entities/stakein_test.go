package entities

import "testing"

// TestStakeInCompany covers rule stakeInCompany: an unlisted word after
// "shares in" or "a stake in" is no place; after another noun "in" still
// leads to one. Invented names; the first two cases fail with the rule off.
func TestStakeInCompany(t *testing.T) {
	tests := []findCase{
		{name: "shares in", text: "Shares in Velmcorp rose on Thursday."},
		{name: "a stake in", text: "The fund bought a stake in Velmora last year."},
		{name: "another noun", text: "The fund opened an office in Velmbury last year.", places: []string{"Velmbury"}},
	}
	runFindCases(t, tests, nil, true)
}
