package quotes

import "testing"

// TestEastSpeech: Russian, Polish and Turkish quotes get their speakers
// through the speech lists of east.go and the rules of lang.go, the verb
// in any of its forms (masculine, feminine, present) after the quote or
// before it; a title in marks after a noun of a work is no quotation
// (rule workTitle). Invented text.
func TestEastSpeech(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Новый мост в Велмске\n\nГородские власти объявили о ремонте.\n\n«Ждать больше нельзя», — заявила Анна Велмова на встрече с жителями.",
			[]spoken{{"Ждать больше нельзя", "Анна Велмова", "Анна Велмова"}}},
		{"ru", "Новый мост в Велмске\n\nИгорь Сомов заявил: «Подрядчик начнёт работы в апреле».",
			[]spoken{{"Подрядчик начнёт работы в апреле", "Игорь Сомов", "Игорь Сомов"}}},
		{"pl", "Nowy most w Welmowie\n\nWładze miasta ogłosiły remont.\n\n„Nie możemy dłużej czekać” – powiedziała Anna Welmska.",
			[]spoken{{"Nie możemy dłużej czekać", "Anna Welmska", "Anna Welmska"}}},
		{"pl", "Nowy most w Welmowie\n\nW książce „Dom nad rzeką Welmą” Ewa Sosna opisuje dzieje miasta.", nil},
		{"pl", "Nowy most w Welmowie\n\n„Remont był konieczny” – zwraca uwagę Ewa Sosna, autorka działu „Nasze miasto”.",
			[]spoken{{"Remont był konieczny", "Ewa Sosna", "Ewa Sosna"}}},
		{"tr", "Velmova'da yeni köprü\n\nBelediye tadilat kararı aldı.\n\n\"Kimse bize bir şey sormadı\", dedi Murat Demir.",
			[]spoken{{"Kimse bize bir şey sormadı", "Murat Demir", "Murat Demir"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
