package quotes

import "testing"

// TestPersonGender: a Polish or Russian verb's gender is matched against
// the gender package people gives the person (a known given name), not
// only the surname's ending: "Анна Мартин" and "Anna Martin" end like a
// man's surname but are women (rule personGender). Invented text.
func TestPersonGender(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Пожар в Велмове\n\nДиректор школы Анна Мартин и глава района Павел Громов провели брифинг.\n\n«Мы эвакуировали всех детей за десять минут», — добавила.",
			[]spoken{{"Мы эвакуировали всех детей за десять минут", "Анна Мартин", ""}}},
		{"pl", "Pożar w Welmowie\n\nDyrektorka szkoły Anna Martin i wójt gminy Jan Sosnowski spotkali się z mieszkańcami.\n\n„Ewakuowaliśmy wszystkie dzieci w dziesięć minut” – dodała.",
			[]spoken{{"Ewakuowaliśmy wszystkie dzieci w dziesięć minut", "Anna Martin", ""}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
