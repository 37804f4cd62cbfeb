package claims

import "testing"

// TestNamedArticle checks rule namedArticle: a capitalised article inside
// the sentence before a capitalised word opens the source's name; a
// lower-case one, or the sentence's first word, is left out.
func TestNamedArticle(t *testing.T) {
	tests := []langCase[string]{
		{"nl", "Zo'n 300 patiënten in Veldhoven wachten op een operatie, aldus De Wit.", []string{"De Wit"}},
		{"de", "Die Partei kommt in Velmsee auf 9 Prozent, sagte Die Linke.", []string{"Die Linke"}},
		{"de", "Die Zahl der Einsätze stieg auf 412, erklärte die Feuerwehr am Montag.", []string{"Feuerwehr"}},
		{"de", "Die Polizei teilte am Abend mit, dass 14 Menschen in Velmsee verletzt wurden.", []string{"Polizei"}},
	}
	checkLang(t, tests, claimSource)
}
