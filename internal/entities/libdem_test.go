package entities

import "testing"

// TestLiberalDemocratSingular: "Liberal Democrat" in the singular names
// the UK party (names.txt), not the US Democratic Party. Text invented.
func TestLiberalDemocratSingular(t *testing.T) {
	text := "The motion was tabled by Orla Fenwick, a Liberal Democrat councillor for Eastmere."
	orgs, _ := Find(text, Options{Lang: "en", People: []string{"Orla Fenwick"}})
	names := entityNames(orgs)
	if len(names) != 1 || names[0] != "Liberal Democrats" {
		t.Errorf("%q: organisations %q, want [Liberal Democrats]", text, names)
	}
}
