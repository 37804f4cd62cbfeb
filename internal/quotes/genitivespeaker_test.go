package quotes

import "testing"

// TestGenitiveSpeaker: a Russian or Polish role's genitive complement
// before the holder's name is part of the speaker phrase after the verb
// (rule genitiveSpeaker), so the mention names the person in full; a
// preposition ends the phrase at the role. Invented text.
func TestGenitiveSpeaker(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Тарифы вырастут\n\n«Мы долго держали тарифы», — заявил министр энергетики области Денис Орлов журналистам.",
			[]spoken{{"Мы долго держали тарифы", "Денис Орлов", "министр энергетики области Денис Орлов"}}},
		{"pl", "Ceny prądu wzrosną\n\n„Długo utrzymywaliśmy ceny” – powiedział minister energii Adam Orłowski.",
			[]spoken{{"Długo utrzymywaliśmy ceny", "Adam Orłowski", "minister energii Adam Orłowski"}}},
		{"ru", "Тарифы вырастут\n\n«Мы потеряем клиентов», — рассказал владелец кафе у моста Олег Тарасов.",
			[]spoken{{"Мы потеряем клиентов", "", "владелец"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
