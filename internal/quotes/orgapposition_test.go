package quotes

import "testing"

// TestOrganisationApposition: a speaker phrase of a role and its
// organisation's capitalised name, then a comma and the person's name
// ("sagte der Präsident des Hafenvereins Nord, Jan Roth") runs over the name
// (rule organisationApposition). Invented text.
func TestOrganisationApposition(t *testing.T) {
	checkSpokenLang(t, "Strom wird teurer\n\nDie Preise steigen im Mai.\n\n„Wir können nicht anders“, sagte der Präsident des Hafenvereins Nord, Jan Roth.", "de", []spoken{
		{"Wir können nicht anders", "Jan Roth", "der Präsident des Hafenvereins Nord, Jan Roth"},
	})
}
