package quotes

import "testing"

// TestGermanNounPhrase: in German, words in quotation marks with no
// speaker that are only capitalised words and function words are a title
// or a term, not a quotation (rule germanNounPhrase); a sentence in marks,
// an attributed phrase, a phrase ending a sentence and one of more than
// six words stay. Invented text.
func TestGermanNounPhrase(t *testing.T) {
	text := "Neues Museum am Hafen\n\nDas Museum zeigt ab Mai die Ausstellung „Segel über dem Watt“. Die Lokalzeitung titelte „Brücke ins Nichts“.\n\n„Wir haben lange gewartet“, sagte Direktorin Ute Brand. Sie nannte das Haus ein „Fenster zur Küste“, sagte sie."
	checkSpokenLang(t, text, "de", []spoken{
		{"Wir haben lange gewartet", "Ute Brand", "Direktorin Ute Brand"},
		{"Fenster zur Küste", "Ute Brand", "sie"},
	})
	// The rule's bounds: a phrase ending a sentence, and one of more than
	// maxNounPhraseWords words, stay quotations.
	bounds := "Neues Museum am Hafen\n\nDas Museum öffnet im Mai. Auf dem alten Plakat stand „Das Ende der Fähre.“ Der Verein nennt das Haus „Ein Hafen für Fischer und Segler aus dem Norden“."
	checkSpokenLang(t, bounds, "de", []spoken{
		{"Das Ende der Fähre.", "", ""},
		{"Ein Hafen für Fischer und Segler aus dem Norden", "", ""},
	})
}
