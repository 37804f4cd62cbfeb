package quotes

import "testing"

// TestEastBackPointer: a Russian or Polish quotation standing alone whose
// next sentence points back to it names its speaker (rule langBackCredit
// with the forms of rule eastBackPointer); a next sentence naming no one
// after its pointer gives none. Invented text.
func TestEastBackPointer(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Мост закроют\n\nГородские власти приняли решение.\n\n«Мост закроют до осени». Об этом заявил мэр Велмска Игорь Сомов.",
			[]spoken{{"Мост закроют до осени", "Игорь Сомов", "мэр Велмска Игорь Сомов"}}},
		{"pl", "Most zostanie zamknięty\n\nWładze podjęły decyzję.\n\n„To konieczne”. Tak uważa ekonomistka Ewa Klimek.",
			[]spoken{{"To konieczne", "Ewa Klimek", "ekonomistka Ewa Klimek"}}},
		{"ru", "Мост закроют\n\nГородские власти приняли решение.\n\n«Мы всё обсудили заранее». Так было всегда.",
			[]spoken{{"Мы всё обсудили заранее", "", ""}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
