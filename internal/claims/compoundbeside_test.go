package claims

import "testing"

// TestCompoundBeside checks rule compoundBeside on invented sentences: a
// measure compound before another figure of its clause is a claim on the
// noun it describes, after the clause's claim; a capitalised word after it
// (a name) or a duration gives none.
func TestCompoundBeside(t *testing.T) {
	checkClaims(t, []lcase{
		{"compoundBeside", "The 210-metre Tarvin footbridge cost €6.4m.",
			[]lgot{
				{"The 210-metre Tarvin footbridge cost €6.4m", "EUR", "The 210-metre Tarvin footbridge cost", 6.4e6, nil}}},
		{"compoundBeside, noun", "A 40-tonne lorry spilled 300 crates on the Orrin road.",
			[]lgot{
				{"A 40-tonne lorry spilled 300 crates on the Orrin road", "crates", "crates a 40-tonne lorry spilled on the Orrin road", 300.0, nil},
				{"40-tonne lorry", "tonnes", "lorry", 40.0, nil}}},
		{"compoundBeside, duration", "A 4-week trial in 90 adults at Velmar Clinic ended.",
			[]lgot{{"A 4-week trial in 90 adults at Velmar Clinic ended", "people", "A 4-week trial in adults at Velmar Clinic ended", 90.0, nil}}},
	})
}
