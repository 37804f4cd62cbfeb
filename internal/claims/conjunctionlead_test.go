package claims

import "testing"

// TestConjunctionLead checks rule conjunctionLead: a subject loses the
// conjunction that joins its clause to the sentence; a condition, and an
// "as" of comparison, stay. Texts invented.
func TestConjunctionLead(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Ferry services stopped in spring, when the Corran reservoir stood at 31 percent.", []string{"the Corran reservoir"}},
		{"en", "Prices eased in June, as Orvania's wheat exports slid 12 percent.", []string{"Orvania's wheat exports slid"}},
		{"en", "The line closes in winter, if ridership falls by 20 percent.", []string{"if ridership falls"}},
		{"en", "Voters in Tarrow County, where 14 council seats are contested, vote in May.", []string{"council seats are contested"}},
	}
	checkLang(t, tests, claimSubject)
}

// TestDropLeadConjunction is the table of rule conjunctionLead's cut.
func TestDropLeadConjunction(t *testing.T) {
	tests := []struct{ in, want string }{
		{"when the Corran reservoir", "the Corran reservoir"},
		{"As ferry traffic slid", "ferry traffic slid"},
		{"as are most Velmar trains", "as are most Velmar trains"},
		{"as many riders", "as many riders"},
		{"when rents", "when rents"},
		{"if fares rise", "if fares rise"},
		{"where the Orvan ferry docks", "the Orvan ferry docks"},
		{"Where to dock", "Where to dock"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := dropLeadConjunction(tt.in); got != tt.want {
			t.Errorf("dropLeadConjunction(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
