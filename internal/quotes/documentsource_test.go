package quotes

import "testing"

// TestDocumentSource: a Russian or Polish quote credited to a document by
// an impersonal verb has that document for its mention and no speaker,
// and does not continue the speaker quoted in the paragraph before (rule
// documentSource). Invented text.
func TestDocumentSource(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Бюджет Велмска\n\nДепутаты обсудили проект. «Это бюджет проедания», — заявил депутат Антон Лебедев.\n\n«Проект будет доработан», — говорится в сообщении пресс-службы думы.",
			[]spoken{{"Это бюджет проедания", "Антон Лебедев", "депутат Антон Лебедев"}, {"Проект будет доработан", "", "сообщении пресс-службы думы"}}},
		{"pl", "Budżet Welmowa\n\nRadni omówili projekt. „To budżet przejedzenia” – powiedział radny Antoni Lebecki.\n\n„Projekt zostanie poprawiony” – czytamy w komunikacie ratusza.",
			[]spoken{{"To budżet przejedzenia", "Antoni Lebecki", "radny Antoni Lebecki"}, {"Projekt zostanie poprawiony", "", "komunikacie ratusza"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
