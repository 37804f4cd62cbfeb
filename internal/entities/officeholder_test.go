package entities

import "testing"

// TestOfficeHolderPossessive covers rule officeHolderPossessive: an
// officer's possessive before "Office" or "Department" is inside the
// body's name, whose county is then no place of its own; any other
// singular possessive still ends a name. Invented names; the first three
// cases fail with the rule off.
func TestOfficeHolderPossessive(t *testing.T) {
	tests := []findCase{
		{
			name: "sheriff's office", text: "Officials at the Velmstead County Sheriff's Office said the road was closed.",
			orgs: []string{"Velmstead County Sheriff's Office/government"},
		},
		{
			name: "district attorney's office, a typographic apostrophe", text: "The Marlow District Attorney’s Office filed charges on Monday.",
			orgs: []string{"Marlow District Attorney’s Office/government"},
		},
		{
			name: "coroner's department", text: "The Velm County Coroner's Department named the man.",
			orgs: []string{"Velm County Coroner's Department/government"},
		},
		{
			name: "another possessive ends the name", text: "Velmstead County's Office of Velm Affairs opened.",
			orgs:   []string{"Office of Velm Affairs/government"},
			places: []string{"Velmstead County"},
		},
	}
	runFindCases(t, tests, nil, true)
}
