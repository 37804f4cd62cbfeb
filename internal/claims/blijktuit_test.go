package claims

import "testing"

// TestBlijktUit checks rule blijktUit: a Dutch "uit ... blijkt" opening
// the sentence, or ", blijkt uit ..." ending it, names the maker after
// "van", or the phrase when none is named; so does German ", wie aus ...
// hervorgeht", the maker after a genitive or "von".
func TestBlijktUit(t *testing.T) {
	tests := []langCase[string]{
		{"nl", "Uit cijfers van het Velder Instituut blijkt dat het aantal faillissementen met 12 procent is gestegen.", []string{"Velder Instituut"}},
		{"nl", "Uit onderzoek blijkt dat 40 procent van de jongeren in Veldhoven schulden heeft.", []string{"onderzoek"}},
		{"nl", "Het aantal inbraken in Veldhoven daalde met 8 procent, bleek uit cijfers van de politie.", []string{"de politie"}},
		{"nl", "Het aantal inbraken in Veldhoven daalde met 8 procent, blijkt uit cijfers van de politie die vandaag zijn gepubliceerd en besproken in de raad.", []string{""}},
		{"de", "Die Zahl der Insolvenzen stieg um 12 Prozent, wie aus Zahlen des Landesamts Velmsee hervorgeht.", []string{"Landesamt Velmsee"}},
		{"de", "Die Zahl der Einbrüche sank um 8 Prozent, wie aus einem Bericht von der Polizei Velmsee hervorgeht.", []string{"Polizei Velmsee"}},
	}
	checkLang(t, tests, claimSource)
}
