package claims

import "testing"

// TestDescribedName checks rule describedName: a name after a lower-case
// description is the source; a capitalised adjective or a name cut at
// "and" is none, and "the latest figures" names no one.
func TestDescribedName(t *testing.T) {
	tests := []langCase[string]{
		{"", "Rents in Carrow climbed 8%, according to the letting agency Brisk Homes.", []string{"Brisk Homes"}},
		{"", "Sales fell 4%, according to figures from the trade body Velmar Retail.", []string{"Velmar Retail"}},
		{"", "A study by the consumer group Tarvin Watch found rents rose 12%.", []string{"Tarvin Watch"}},
		{"", "Half of the pills are useless, according to the leading Velmaran medical journal.", []string{""}},
		{"", "Rents climbed 8%, according to the latest figures.", []string{""}},
	}
	checkLang(t, tests, claimSource)
}
