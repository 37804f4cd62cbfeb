package quotes

import "testing"

// TestShortUnnamed: one or two words in marks whose mention names no one
// are a term, not a quotation (rule shortUnnamed); three words with the
// same mention stay. Invented text.
func TestShortUnnamed(t *testing.T) {
	text := "Der Hafen von Orvanien\n\nDie Fischer von Orvanien fahren jeden Morgen vor Sonnenaufgang hinaus und kommen erst am Nachmittag zurück. Abends schreiben sie ihren Familien eine Nachricht mit dem Inhalt „bin gleich da“ und das kleine „Wunder“ des Tages ist ein voller Kutter."
	checkSpokenLang(t, text, "de", []spoken{{"bin gleich da", "", "sie"}})
	// "„Wunder“" above has no mention and goes by rule shortUnattributed;
	// "„gleich da“" has the same mention as the three words and goes by
	// this rule alone.
	text = "Der Hafen von Orvanien\n\nDie Fischer von Orvanien fahren jeden Morgen vor Sonnenaufgang hinaus und kommen erst am Nachmittag zurück. Abends schreiben sie ihren Familien eine Nachricht mit dem Inhalt „bin gleich da“. Morgens schreiben sie ihren Familien eine Nachricht mit dem Inhalt „gleich da“."
	checkSpokenLang(t, text, "de", []spoken{{"bin gleich da", "", "sie"}})
}

// TestNounPhraseUnnamed: a German noun phrase in marks whose mention names
// no one is a term as well (rule germanNounPhrase, with shortUnnamed's
// reading of "no one is said to speak"). Invented text.
func TestNounPhraseUnnamed(t *testing.T) {
	text := "Der Hafen von Orvanien\n\nDie Fischer von Orvanien fahren jeden Morgen vor Sonnenaufgang hinaus und kommen erst am Nachmittag zurück. Abends schreiben sie ihren Familien eine Nachricht mit dem Inhalt „bin gleich da“ und das kleine „Wunder der Küste“ des Tages ist ein voller Kutter."
	checkSpokenLang(t, text, "de", []spoken{{"bin gleich da", "", "sie"}})
}
