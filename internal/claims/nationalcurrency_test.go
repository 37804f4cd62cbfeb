package claims

import "testing"

// TestNationalCurrency checks rule nationalCurrency on invented German
// sentences: a nation's adjective before the currency word names the
// currency.
func TestNationalCurrency(t *testing.T) {
	tests := []struct{ text, unit string }{
		{"Die Gemeinde Brennau zahlte 250.000 Schweizer Franken für die Brücke.", "CHF"},
		{"Das Velmar-Werk kostete 40 Millionen kanadische Dollar.", "CAD"},
	}
	for _, tt := range tests {
		cs := Extract(tt.text, Options{Lang: "de"})
		if len(cs) != 1 || cs[0].Unit != tt.unit {
			t.Errorf("%q: got %+v, want one claim in %s", tt.text, cs, tt.unit)
		}
	}
}
