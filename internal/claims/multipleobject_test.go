package claims

import "testing"

// TestMultipleObject checks rule multipleObject on invented sentences: the
// level after a multiple verb's object is a claim of its own, measuring
// the object; and a multiple verb with no object keeps its level.
func TestMultipleObject(t *testing.T) {
	checkClaims(t, []lcase{
		{"multipleObject", "The Orrin Party doubled its vote share to 9% in Tarvin.",
			[]lgot{
				{"The Orrin Party doubled its vote share", "times", "The Orrin Party its vote share", 2.0, nil},
				{"to 9% in Tarvin", "percent", "its vote share in Tarvin", 9.0, nil}}},
		{"multipleObject, money", "Velmar Retail tripled its profit to £30m.",
			[]lgot{
				{"Velmar Retail tripled its profit", "times", "Velmar Retail its profit", 3.0, nil},
				{"to £30m", "GBP", "its profit", 3e7, nil}}},
		{"multipleObject, no object", "Bus fares in Tarvin halved to £1.",
			[]lgot{
				{"Bus fares in Tarvin halved", "times", "Bus fares in Tarvin", 0.5, nil},
				{"to £1", "GBP", "Bus fares in Tarvin", 1.0, nil}}},
	})
}
