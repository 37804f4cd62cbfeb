package claims

import "testing"

// TestGermanDativePeople checks rule germanDativePeople on invented German
// sentences: a people noun in the dative plural counts people.
func TestGermanDativePeople(t *testing.T) {
	for _, text := range []string{
		"Die Feuerwehr Velmsee rückte mit 120 Einsatzkräften aus.",
		"Das Dorf Brennau mit 640 Einwohnern bekommt eine Schule.",
	} {
		cs := Extract(text, Options{Lang: "de"})
		if len(cs) != 1 || cs[0].Unit != UnitPeople {
			t.Errorf("%q: got %+v, want one claim of people", text, cs)
		}
	}
}
