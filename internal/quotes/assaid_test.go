package quotes

import "testing"

// TestAsSaid: a Russian or Polish sentence opening with "as", a speech
// verb and its speaker before a comma reports the speaker's words in the
// clause after the comma (rule asSaid), a hearer pronoun after the verb
// skipped; "as is known" names no one, and with no comma after the
// speaker phrase no clause is taken. Invented text.
func TestAsSaid(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Льготы сохранятся\n\nКак сообщила пресс-секретарь губернатора Мария Лесная, льготы для пенсионеров сохранятся.",
			[]spoken{{"льготы для пенсионеров сохранятся", "Мария Лесная", "пресс-секретарь губернатора Мария Лесная"}}},
		{"pl", "Prace potrwają do maja\n\nBurmistrz Tomasz Sowiński zwołał naradę.\n\nJak powiedział nam burmistrz, objazdy będą oznakowane.",
			[]spoken{{"objazdy będą oznakowane", "Tomasz Sowiński", "burmistrz"}}},
		{"ru", "Льготы сохранятся\n\nКак известно, тарифы растут каждый год.", nil},
		{"pl", "Prace potrwają do maja\n\nJak powiedział burmistrz Tomasz Sowiński w piątek prace potrwają do maja.", nil},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
