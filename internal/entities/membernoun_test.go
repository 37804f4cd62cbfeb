package entities

import (
	"slices"
	"testing"
)

// TestMemberNoun pins rule memberNoun on invented sentences: a party's
// singular member noun heading a description opened by "a", "an", "one"
// or "another" names a member, not the party; modifying a noun, or
// joined by a hyphen, it names the party.
func TestMemberNoun(t *testing.T) {
	tests := []struct {
		text  string
		party bool
	}{
		{`"Relief will not come before April," said an Ohio Democrat.`, false},
		{`"It is too close to call," added one North Dakota Republican, who gave no name.`, false},
		{`Ada Velm, a Democrat from Ohio, voted against the bill.`, false},
		{`Another Republican said the vote would wait.`, false},
		{`A Republican strategist expects a late vote.`, true},
		{`The bill died in a Republican-led committee.`, true},
		{`Democrats said the vote would wait.`, true},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "en", People: []string{"Ada Velm"}})
		names := entityNames(orgs)
		got := slices.Contains(names, "Democratic Party") || slices.Contains(names, "Republican Party")
		if got != tt.party {
			t.Errorf("%q: organisations %q, want the party %v", tt.text, names, tt.party)
		}
	}
}
