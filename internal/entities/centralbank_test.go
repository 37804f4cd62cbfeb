package entities

import "testing"

// TestCentralBank covers rule centralBank: a named central or reserve
// bank is a public body; "Central Bank" alone, and any other bank, keep
// the company type. Invented names; the first two cases fail with the rule
// off, the third with the check of the words alone.
func TestCentralBank(t *testing.T) {
	tests := []findCase{
		{name: "adjective before", text: "The Velmish Central Bank raised rates on Thursday.", orgs: []string{"Velmish Central Bank/government"}},
		{name: "complement after", text: "The Reserve Bank of Velmaria held rates.", orgs: []string{"Reserve Bank of Velmaria/government"}},
		{name: "the words alone", text: "Interest in Central Bank Digital Currencies grew.", orgs: []string{"Central Bank/company"}},
		{name: "a commercial bank", text: "Velmar Bank posted a profit.", orgs: []string{"Velmar Bank/company"}},
	}
	runFindCases(t, tests, nil, false)
}
