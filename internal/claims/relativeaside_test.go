package claims

import "testing"

// TestRelativeAside checks rule relativeAside on invented sentences: a
// relative clause set off by commas between the subject and its verb
// leaves the subject; a figure inside the aside keeps its own claim.
func TestRelativeAside(t *testing.T) {
	checkClaims(t, []lcase{
		{"relativeAside", "Core inflation in Velmar, which strips out food and fuel, was unchanged at 2.6%.",
			[]lgot{{"Core inflation in Velmar, which strips out food and fuel, was unchanged at 2.6%", "percent", "Core inflation in Velmar was unchanged", 2.6, nil}}},
		{"relativeAside, who", "The Tarvin mayor, who took office in May, has cut 40 jobs.",
			[]lgot{{"The Tarvin mayor, who took office in May, has cut 40 jobs", "jobs", "The Tarvin mayor has cut jobs", 40.0, nil}}},
	})
}
