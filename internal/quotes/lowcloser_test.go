package quotes

import "testing"

// TestLowCloser: a straight opening mark closed by the German closer “
// closes there; the quotation does not run on over its attribution
// into the next one, whose speaker is its own (rule lowCloser). A “ set
// before a word closes nothing. Invented text.
func TestLowCloser(t *testing.T) {
	text := "Neue Fähre für Kellbrunn\n\nDie Gemeinde Kellbrunn bekommt im Mai eine größere Fähre. \"Wir haben zwei Jahre auf das Boot gewartet.“ Der Fährmann lädt am Steg schon Kisten. \"Ab Juni fahren wir stündlich über den See“, sagt Kapitänin Mira Tessel. Die Tickets werden nicht teurer."
	checkSpokenLang(t, text, "de", []spoken{
		{"Wir haben zwei Jahre auf das Boot gewartet.", "", ""},
		{"Ab Juni fahren wir stündlich über den See", "Mira Tessel", "Kapitänin Mira Tessel"},
	})
	for _, c := range []struct{ text, inner string }{
		{"Er sagte: \"Wir bleiben“, und ging.", "Wir bleiben"},
		{"\"Sie rief “Halt und ging\", sagte er.", "Sie rief “Halt und ging"},
		{"\"Die Fähre heißt Kell“Nord und fährt\", sagte er.", "Die Fähre heißt Kell“Nord und fährt"},
	} {
		segs := findSegments(c.text)
		if len(segs) == 0 || c.text[segs[0].inner:segs[0].innerEnd] != c.inner {
			t.Errorf("%q: got %+v, want first quotation %q", c.text, segs, c.inner)
		}
	}
}
