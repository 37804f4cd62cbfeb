package quotes

import "testing"

// TestVerbGender: a Polish or Russian quote whose verb drops its subject
// goes to the one person named before whose surname shows the verb's
// gender, and does not continue a speaker of the other gender, nor any
// one speaker when the verb is plural (rule verbGender); a verb in the
// present shows no gender and leaves the people named as they are, none
// chosen. Invented text.
func TestVerbGender(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"pl", "Budżet Welmowa\n\nSkarbniczka miasta Anna Welmska i przewodniczący rady Jan Sosnowski przedstawili projekt budżetu.\n\n„Dochody wzrosną o 7 proc.” – dodała.\n\n„Deficyt będzie mniejszy” – dodał.\n\n„Nic się nie zmieni” – stwierdzili.",
			[]spoken{{"Dochody wzrosną o 7 proc.", "Anna Welmska", ""}, {"Deficyt będzie mniejszy", "", ""}, {"Nic się nie zmieni", "", ""}}},
		{"pl", "Budżet Welmowa\n\nSkarbniczka miasta Anna Welmska i radny Jan Kowal przedstawili projekt budżetu.\n\n„Dochody wzrosną o 7 proc.” – mówi.",
			[]spoken{{"Dochody wzrosną o 7 proc.", "", ""}}},
		{"ru", "Бюджет Велмска\n\nГлава управления Елена Миронова и председатель думы Сергей Кравцов представили проект.\n\n«Дефицит сократится», — добавил.",
			[]spoken{{"Дефицит сократится", "Сергей Кравцов", ""}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
