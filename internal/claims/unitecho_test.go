package claims

import "testing"

// TestUnitEcho checks rule unitEcho: a subject that only repeats the
// word of a unit of measure is no subject; a count's noun, which names
// what is counted, stays. Texts invented.
func TestUnitEcho(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Velmar K2 kettle\n\n14 inches", []string{""}},
		{"en", "The Corran trail\n\nroughly 4 miles", []string{""}},
		{"de", "Von dort aus fährt er 85 Kilometer bis Corrandorf.", []string{""}},
		{"de", "Es blieben ihr 40 Sekunden.", []string{""}},
		{"de", "In Lindrau gibt es nur 14 Leuchttürme.", []string{"Leuchttürme"}},
		{"en", "Orvania\n\n25 lighthouses", []string{"lighthouses"}},
	}
	checkLang(t, tests, claimSubject)
}
