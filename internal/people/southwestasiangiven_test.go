package people

import "testing"

// TestSouthWestAsianGivenNames pins rule southWestAsianGivenNames:
// IsFirstName knows common South Asian, Middle Eastern, Central Asian,
// Catalan and Swahili given names in Latin script, the words left out stay
// unknown, and in an English text a name opening with one is a person
// with no other cue. Texts and names invented.
func TestSouthWestAsianGivenNames(t *testing.T) {
	checkIsFirstName(t, []firstNameCase{
		{"Rahul", true}, {"Youssef", true}, {"Yael", true}, {"Reza", true}, {"Dilnoza", true},
		{"Jordi", true}, {"Núria", true}, {"Wanjiru", true},
		{"Ravi", false}, {"Krishna", false}, {"Eli", false}, {"Abdul", false}, {"Juma", false}, {"Velmani", false},
	})
	for _, name := range []string{"Rahul Velmani", "Yael Velmani"} {
		text := "The new library was opened by " + name + " on Tuesday."
		ps := AnalyzeLang(text, "en").People
		if len(ps) != 1 || ps[0].Name != name {
			t.Errorf("%q: people %+v, want %s", text, ps, name)
		}
	}
}
