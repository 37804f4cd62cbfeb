package quotes

import "testing"

// TestOpinionTailComma: rule opinionTail reads "findet" after a
// quotation as its speech verb only when a comma stands before it. An
// event listing's quoted title and a dash before "findet ... statt"
// (takes place) has no comma, and the day after the verb is no speaker
// (without the guard "Mittag" was read as the mention).
// Invented text.
func TestOpinionTailComma(t *testing.T) {
	text := "Termine am Wochenende\n\n„Lieder und Geschichten für Groß und Klein am alten Brunnen“ – findet Sonntag Mittag auf dem Marktplatz von Orlingen statt."
	checkSpokenLang(t, text, "de", []spoken{{"Lieder und Geschichten für Groß und Klein am alten Brunnen", "", ""}})
}
