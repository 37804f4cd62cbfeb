package people

import "testing"

// TestCentralSouthGivenNames pins rule centralSouthGivenNames:
// IsFirstName knows common given names of central and south-east Europe
// and Finland, in either script; the words left out stay unknown; and a
// name opening with one is a person in a text of a language with no
// table, or in English, with no other cue. Texts and names invented.
func TestCentralSouthGivenNames(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Jiří", true}, {"Zuzana", true}, {"Dragan", true}, {"Mojca", true}, {"Драган", true},
		{"Олена", true}, {"Mihai", true}, {"Ioana", true}, {"Arben", true}, {"Zoltán", true},
		{"Jukka", true}, {"Γιώργος", true},
		{"Milan", false}, {"Luka", false}, {"Maja", false}, {"Slobodan", false}, {"Ion", false},
		{"Ville", false}, {"Edit", false}, {"Velmović", false},
	} {
		if got := IsFirstName(tt.w); got != tt.want {
			t.Errorf("IsFirstName(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	for _, tt := range []struct{ lang, text, name string }{
		{"cs", "Včera otevřel Jiří Velmovský novou knihovnu.", "Jiří Velmovský"},
		{"hr", "Jučer je Dragan Velmović otvorio novu knjižnicu.", "Dragan Velmović"},
		{"ro", "Ieri, Ioana Velmescu a deschis noua bibliotecă.", "Ioana Velmescu"},
		{"en", "The new library was opened by Arben Velmaj on Tuesday.", "Arben Velmaj"},
	} {
		var names []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			names = append(names, p.Name)
		}
		if len(names) != 1 || names[0] != tt.name {
			t.Errorf("%s %q: people %q, want [%s]", tt.lang, tt.text, names, tt.name)
		}
	}
}
