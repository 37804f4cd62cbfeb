package quotes

import "testing"

// TestColonParagraph: a quotation opening its paragraph after a paragraph
// that introduces it with a speech verb and a colon is that speaker's
// (rule colonParagraph); after a colon line with no speech verb, or a
// speech verb with no colon, it has none, and so has a quotation inside
// the writer's sentence after such a paragraph. A Turkish participle with
// "diye" before the speaker names him. Invented text.
func TestColonParagraph(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"tr", "Velmova'da köprü kapanıyor\n\nUlaşım Komisyonu Başkanı Ayşe Kaya ise şunları kaydetti:\n\n“Otobüsler yeni köprü üzerinden gidecek.”",
			[]spoken{{"Otobüsler yeni köprü üzerinden gidecek.", "Ayşe Kaya", "Ulaşım Komisyonu Başkanı Ayşe Kaya"}}},
		{"ru", "Мост закроют\n\nМэр Велмска Игорь Сомов заявил журналистам:\n\n«Мост закроют до осени, другого выхода нет».",
			[]spoken{{"Мост закроют до осени, другого выхода нет", "Игорь Сомов", "Мэр Велмска Игорь Сомов"}}},
		{"pl", "Most zostanie zamknięty\n\nBurmistrz Tomasz Sowiński ogłosił zmiany. Lista zmian:\n\n„Objazd przez nowy most, autobusy co dziesięć minut”.",
			[]spoken{{"Objazd przez nowy most, autobusy co dziesięć minut", "", ""}}},
		{"pl", "Most zostanie zamknięty\n\nBurmistrz Tomasz Sowiński powiedział, że most zostanie zamknięty.\n\n„Objazd przez nowy most, autobusy co dziesięć minut”.",
			[]spoken{{"most zostanie zamknięty", "Tomasz Sowiński", "Burmistrz Tomasz Sowiński"}, {"Objazd przez nowy most, autobusy co dziesięć minut", "", ""}}},
		{"pl", "Most zostanie zamknięty\n\nBurmistrz Tomasz Sowiński powiedział:\n\nMieszkańcy nazwali objazd „najgorszym pomysłem od lat, bo nikt nas nie pytał”.",
			[]spoken{{"najgorszym pomysłem od lat, bo nikt nas nie pytał", "", ""}}},
		{"tr", "Velmova'da köprü kapanıyor\n\nBelediye Başkanı Ahmet Velmoğlu açıklama yaptı.\n\n“Yüklenici işe nisanda başlayacak” diye konuşan Velmoğlu, sabır istedi.",
			[]spoken{{"Yüklenici işe nisanda başlayacak", "Ahmet Velmoğlu", "Velmoğlu"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
