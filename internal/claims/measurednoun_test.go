package claims

import "testing"

// TestMeasuredNoun checks rule measuredNoun: the German noun a measure
// sizes, after an adjective of size or naming the size, is the subject,
// not the unit; a measure before a verb takes no noun after it (its
// subject, the unit alone, then goes by rule unitEcho). Texts invented.
func TestMeasuredNoun(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Die insgesamt 14 Hektar große Wiese am Fluss gehört nun der Stadt Lindrau.", []string{"Wiese"}},
		{"de", "Der 38 Meter hohe Wasserturm von Grünhag wird saniert.", []string{"Wasserturm"}},
		{"de", "Mit seinen 61 Metern Länge ist das Schiff das größte im Hafen von Ostmarn.", []string{"Länge"}},
		{"de", "Marta Brenkel lief über 800 Meter die beste Zeit des Jahres.", []string{""}},
	}
	checkLang(t, tests, claimSubject)
}
