package quotes

import "testing"

// TestTailSubjectUnread: rule tailSubjectUnread. A quote whose tail verb
// has a subject that is not read as a speaker (two councillors joined by
// "i") is theirs, not a continuation of the quote before; a quote with no
// attribution after the same speaker's still continues it.
func TestTailSubjectUnread(t *testing.T) {
	text := "Rada Welmowa\n\n„Budżet jest gotowy” – powiedział burmistrz Tomasz Kowal.\n\n„Nie zgadzamy się z tym” – stwierdzili radni Piotr Las i Adam Sosna.\n\nSesja potrwa do wieczora."
	checkSpokenLang(t, text, "pl", []spoken{{"Budżet jest gotowy", "Tomasz Kowal", "burmistrz Tomasz Kowal"}, {"Nie zgadzamy się z tym", "", ""}})
}

// TestVerbGenderSingleName: rule verbGender where one person is named
// before a quote whose subject is dropped: a plural verb is not that
// person's.
func TestVerbGenderSingleName(t *testing.T) {
	text := "Мост в Велмске\n\n«Мост откроют в сентябре», — сказал Игорь Сомов.\n\n«Мы против этого проекта», — сказали.\n\nСтроительство началось весной."
	checkSpokenLang(t, text, "ru", []spoken{{"Мост откроют в сентябре", "Игорь Сомов", "Игорь Сомов"}, {"Мы против этого проекта", "", ""}})
}
