package claims

import "testing"

// TestFewWordSource checks rule fewWordSource: the "according to" forms
// of the languages of rule fewWordLangs name the source, before the name
// or, in Turkish and Finnish, after it; a pronoun and a reporting verb
// before a lower-case word name none.
func TestFewWordSource(t *testing.T) {
	tests := []langCase[string]{
		{"pl", "Bezrobocie w Zalesiu spadło do 5,1%, według Urzędu Statystycznego w Zalesiu.", []string{"Urzędu Statystycznego"}},
		{"pl", "Według niego bezrobocie spadło do 5,1%.", []string{""}},
		{"ru", "По данным Велстата, инфляция составила 7,4%.", []string{"Велстата"}},
		{"ru", "Зарплата выросла до 65 000 руб., сообщил Велстат.", []string{"Велстат"}},
		{"cs", "Nezaměstnanost klesla na 3,6 %, uvedl Statistický úřad Brnovic.", []string{"Statistický úřad Brnovic"}},
		{"tr", "Velkent Kurumu verilerine göre enflasyon yüzde 48,6 oldu.", []string{"Velkent Kurumu"}},
		{"tr", "Buna göre enflasyon yüzde 48,6 oldu.", []string{""}},
		{"fi", "Velkon tilastoviraston mukaan työttömyys nousi 7,9 prosenttiin.", []string{"Velkon"}},
		{"sv", "Arbetslösheten sjönk till 7,9 procent enligt Velby kommun.", []string{"Velby kommun"}},
	}
	checkLang(t, tests, claimSource)
}
