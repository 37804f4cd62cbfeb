package quotes

import "testing"

// TestSloveneEstonianSpeakers pins the end of rule sloveneEstonianTables
// (package people) and the lists lexicon speech_sl and speech_et: with a
// table the Doc has its language, so the speech verbs find each quote's
// speaker, in both orders of Slovene's auxiliary and with »...«; before,
// every speaker was empty. Texts and names invented.
func TestSloveneEstonianSpeakers(t *testing.T) {
	for _, tt := range []struct{ lang, text, speaker string }{
		{"sl", "\"Dela so končana pravočasno,\" je dejala županja Mojca Velkavrh.", "Mojca Velkavrh"},
		{"sl", "»Most je varen,« je povedal direktor družbe Janez Velkovrh.", "Janez Velkovrh"},
		{"sl", "Janez Velkovrh je poudaril: \"Most je varen.\"", "Janez Velkovrh"},
		{"et", "„Tööd said õigel ajal valmis,“ ütles linnapea Kadri Velmets.", "Kadri Velmets"},
		{"et", "„Sild on ohutu,“ lisas Priit Velmsoo.", "Priit Velmsoo"},
	} {
		checkOnlyQuote(t, tt.lang, tt.text, speakerOf, tt.speaker)
	}
}
