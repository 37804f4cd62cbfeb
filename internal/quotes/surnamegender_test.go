package quotes

import "testing"

// TestSurnameGender: a Russian or Polish subject pronoun after a quote is
// the last person named whose gender (package people's, from the
// surname's ending) agrees with its own, a man named after the woman
// passed over (rule surnameGender, now package people's
// slavicNameGender). Invented text.
func TestSurnameGender(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Бюджет Велмска\n\nГлава управления Елена Миронова и председатель думы Сергей Кравцов выступили с докладами.\n\n«Доходы вырастут на 7%», — добавила она.",
			[]spoken{{"Доходы вырастут на 7%", "Елена Миронова", "она"}}},
		{"ru", "Бюджет Велмска\n\nГлава управления Елена Миронова и председатель думы Сергей Кравцов выступили с докладами.\n\n«Дефицит сократится», — добавил он.",
			[]spoken{{"Дефицит сократится", "Сергей Кравцов", "он"}}},
		{"pl", "Budżet Welmowa\n\nRzeczniczka Anna Welmska i przewodniczący rady Jan Sosnowski przedstawili projekt.\n\n„Dochody wzrosną o 7 proc.” – powiedziała ona.",
			[]spoken{{"Dochody wzrosną o 7 proc.", "Anna Welmska", "ona"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
