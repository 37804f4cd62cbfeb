package people

import "testing"

// TestCentralSouthGivenNames pins rule centralSouthGivenNames:
// IsFirstName knows common given names of central and south-east Europe
// and Finland, in either script; the words left out stay unknown; and a
// name opening with one is a person in a text of a language with no
// table, or in English, with no other cue. Texts and names invented.
func TestCentralSouthGivenNames(t *testing.T) {
	checkIsFirstName(t, []firstNameCase{
		{"Jiří", true}, {"Zuzana", true}, {"Dragan", true}, {"Mojca", true}, {"Драган", true},
		{"Олена", true}, {"Mihai", true}, {"Ioana", true}, {"Arben", true}, {"Zoltán", true},
		{"Jukka", true}, {"Γιώργος", true},
		{"Milan", false}, {"Luka", false}, {"Maja", false}, {"Slobodan", false}, {"Ion", false},
		{"Ville", false}, {"Edit", false}, {"Velmović", false},
	})
	checkOnePerson(t, []langPersonCase{
		{"cs", "Včera otevřel Jiří Velmovský novou knihovnu.", "Jiří Velmovský"},
		{"hr", "Jučer je Dragan Velmović otvorio novu knjižnicu.", "Dragan Velmović"},
		{"ro", "Ieri, Ioana Velmescu a deschis noua bibliotecă.", "Ioana Velmescu"},
		{"en", "The new library was opened by Arben Velmaj on Tuesday.", "Arben Velmaj"},
	})
}
