package claims

import "testing"

// TestMultipleIdiom checks rule multipleIdiom: "doubled down", "doubled
// as a school", "a double pram" and "double as beds" double no
// quantity; "doubled as a result", "double the average" and "doubled
// since" still do. Texts invented.
func TestMultipleIdiom(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "The mayor of Dunmore doubled down on her plan on Monday.", nil},
		{"en", "Her aide doubled-down on the attack in Dunmore.", nil},
		{"en", "The old barn in Dunmore doubled as a school for a year.", nil},
		{"en", "Orla pushed a double pram up the hill to Dunmore.", nil},
		{"en", "In the Dunmore hostel the benches can double as beds.", nil},
		{"en", "Ticket sales in Dunmore doubled as a result of the festival.", []float64{2}},
		{"en", "Rents in Dunmore are double the national average.", []float64{2}},
		{"en", "Bus fares in Dunmore have doubled since 2019.", []float64{2}},
	}
	checkLang(t, tests, claimValue)
}
