package people

import "testing"

// TestBalticGivenNames pins rule balticGivenNames: IsFirstName knows the
// common Estonian, Latvian and Lithuanian given names, the words left out
// of the list stay unknown, and a name opening with one is a person in a
// text of those languages with no other cue. Texts and names invented.
func TestBalticGivenNames(t *testing.T) {
	checkIsFirstName(t, []firstNameCase{
		{"Tiit", true}, {"Kadri", true}, {"Jānis", true}, {"Andris", true}, {"Ilze", true},
		{"Tomas", true}, {"Rūta", true}, {"Mindaugas", true}, {"Eglė", true},
		{"Mart", false}, {"Santa", false}, {"Neringa", false}, {"Vida", false}, {"Velmets", false},
	})
	checkOnePerson(t, []langPersonCase{
		{"et", "Eile avas Kadri Velmets uue raamatukogu.", "Kadri Velmets"},
		{"lv", "Vakar jauno bibliotēku atklāja Jānis Velmkalns.", "Jānis Velmkalns"},
		{"lt", "Vakar naują biblioteką atidarė Rūta Velmaitė.", "Rūta Velmaitė"},
	})
}
