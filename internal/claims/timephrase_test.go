package claims

import "testing"

// TestTimePhrase checks rule timePhrase: a German noun phrase that only
// dates the figure is no subject, the counted noun is; a phrase naming a
// measured time stays. Texts invented.
func TestTimePhrase(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Im Herbst des Vorjahres gab es in Lindrau 14 Verletzte.", []string{"Verletzte"}},
		{"de", "Bis Ende des Jahres sollen in Ostmarn 25 neue Ladesäulen entstehen.", []string{"Ladesäulen"}},
		{"de", "Die Läuferin aus Ostmarn lief eine Zeit von 7,41 Sekunden.", []string{"eine Zeit"}},
	}
	checkLang(t, tests, claimSubject)
}
