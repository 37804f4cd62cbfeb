package claims

import "testing"

// TestCountedClause checks rule countedClause: a count that opens its
// clause as the subject of a verb measures the things counted and what
// they did or underwent, not the clause as a sentence; a past in "-ed"
// that may be a participle, a singular verb, a known set ("the 3 ...")
// and an amount ("... should suffice") keep the clause.
func TestCountedClause(t *testing.T) {
	tests := []langCase[string]{
		{"", "About 1,200 patients were admitted to Carrow hospitals last week.", []string{"patients admitted to Carrow hospitals last week"}},
		{"", "Some 2,500 homes remain without power after the storm hit Eastmere.", []string{"homes that remain without power"}},
		{"", "More than 4,000 residents have signed the Ashby petition.", []string{"residents who have signed the Ashby petition"}},
		{"", "Some 900 parents have signed a letter calling for a crossing in Orrin.", []string{"parents who have signed a letter"}},
		{"", "At least 14 miners died in the Velden collapse.", []string{"miners who died in the Velden collapse"}},
		{"", "Over 300 drivers were seriously injured on the Pellow road.", []string{"drivers seriously injured on the Pellow road"}},
		{"", "1,480 delegates needed to win the Orrin nomination outright.", []string{"delegates needed to win the Orrin nomination outright"}},
		{"", "80 grams is the cutoff for the Tarn mouse.", []string{"grams is the cutoff for the Tarn mouse"}},
		{"", "The 30 wards are the oldest in Dunhaven.", []string{"wards are the oldest in Dunhaven"}},
		{"", "A spokesman for the trust said 40 wards had been refurbished in Orrin.", []string{"wards refurbished in Orrin"}},
		{"", "Around 40 volunteers should suffice for the Brackley fair.", []string{"volunteers should suffice for the Brackley fair"}},
	}
	checkLang(t, tests, claimSubject)
}

// TestTrailingParticiple checks rule trailingParticiple on word pairs.
func TestTrailingParticiple(t *testing.T) {
	tests := []struct {
		prev, w string
		want    bool
	}{
		{"petition", "calling", true},
		{"standards", "following", true},
		{"are", "studying", false},
		{"for", "funding", false},
		{"allegedly", "running", false},
		{"Sunday", "evening", false},
		{"the", "king", false},
	}
	for _, tt := range tests {
		if got := trailingParticiple(tt.prev, tt.w); got != tt.want {
			t.Errorf("trailingParticiple(%q, %q) = %v, want %v", tt.prev, tt.w, got, tt.want)
		}
	}
}
