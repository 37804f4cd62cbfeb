package claims

import "testing"

// TestListItemRun checks rule listItemRun: three claims opening with
// their numbers rising by one are a numbered list, no counts; two such,
// or counts that do not rise by one, stay claims. Texts invented.
func TestListItemRun(t *testing.T) {
	tests := []langCase[float64]{
		{"de", "Meistgelesen\n3 Velmar Energie gewinnt Auftrag in Lindrau. 4 Brenkel Wind eröffnet ein Lager. 5 Hanke Solar stellt neue Module vor.", nil},
		{"en", "Top stories\n1 Orvania ferries resume. 2 Corran council votes. 3 Harlow mine reopens.", nil},
		{"en", "3 patients in Corran were discharged. 4 nurses were moved to Harlow.", []float64{3, 4}},
		{"en", "3 patients in Corran were discharged. 5 nurses were moved to Harlow. 7 doctors joined the ward.", []float64{3, 5, 7}},
	}
	checkLang(t, tests, claimValue)
}
