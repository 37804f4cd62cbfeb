package quotes

import "testing"

// TestGermanNounPhrase: in German, words in quotation marks with no
// speaker that are only capitalised words and function words are a title
// or a term, not a quotation (rule germanNounPhrase); a sentence in marks
// and an attributed phrase stay. Invented text.
func TestGermanNounPhrase(t *testing.T) {
	text := "Neues Museum am Hafen\n\nDas Museum zeigt ab Mai die Ausstellung „Segel über dem Watt“. Die Lokalzeitung titelte „Brücke ins Nichts“.\n\n„Wir haben lange gewartet“, sagte Direktorin Ute Brand. Sie nannte das Haus ein „Fenster zur Küste“, sagte sie."
	checkSpokenLang(t, text, "de", []spoken{
		{"Wir haben lange gewartet", "Ute Brand", "Direktorin Ute Brand"},
		{"Fenster zur Küste", "Ute Brand", "sie"},
	})
}
