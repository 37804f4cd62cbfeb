package quotes

import "testing"

// TestSubjectTail: an adverb or particle between a Russian, Polish or
// Turkish subject's name and its speech verb is no part of the speaker's
// mention, a role's complement is (rule subjectTail). Invented text.
func TestSubjectTail(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Тарифы вырастут\n\nЭкономист Вера Климова также отметила, что в соседних регионах тарифы уже выросли.",
			[]spoken{{"в соседних регионах тарифы уже выросли", "Вера Климова", "Экономист Вера Климова"}}},
		{"pl", "Ceny prądu wzrosną\n\nEkonomistka Ewa Klimek w rozmowie z 12 maja stwierdziła, że podwyżka uderzy w małe firmy.",
			[]spoken{{"podwyżka uderzy w małe firmy", "Ewa Klimek", "Ekonomistka Ewa Klimek"}}},
		{"tr", "Elektrik fiyatları artıyor\n\nEkonomist Zeynep Kılıç ise şöyle konuştu: \"Bu zam küçük işletmeleri vuracak.\"",
			[]spoken{{"Bu zam küçük işletmeleri vuracak.", "Zeynep Kılıç", "Ekonomist Zeynep Kılıç"}}},
		{"pl", "Ceny prądu wzrosną\n\nZebranie otworzył prezes spółki Jan Welmski. Prezes spółki stwierdził, że podwyżka jest nieunikniona.",
			[]spoken{{"podwyżka jest nieunikniona", "Jan Welmski", "Prezes spółki"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
