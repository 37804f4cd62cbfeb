package quotes

import "testing"

// TestStraightCloser: a German low opening mark closed by a straight one
// closes there, and the quotation goes no further than its words, with
// its own speaker; the next paragraph's quotation is its own (rule
// straightCloser). A curly closer later in the paragraph still closes a
// quotation holding a straight-quoted word. Invented text.
func TestStraightCloser(t *testing.T) {
	text := "Stadtrat streitet über neue Brücke\n\nDie Stadt Wellbach will die alte Brücke am Hafen bis 2028 ersetzen. „Wir haben keine andere Wahl\", sagte Bürgermeisterin Petra Lindqvist am Dienstag. Die Opposition sieht das anders.\n\n„Das Geld fehlt an anderer Stelle\", erklärte Fraktionschef Bernd Oltmann."
	checkSpokenLang(t, text, "de", []spoken{
		{"Wir haben keine andere Wahl", "Petra Lindqvist", "Bürgermeisterin Petra Lindqvist"},
		{"Das Geld fehlt an anderer Stelle", "Bernd Oltmann", "Fraktionschef Bernd Oltmann"},
	})
	for _, c := range []struct{ text, inner string }{
		{"Er sagte: „Wir bleiben\", und ging.", "Wir bleiben"},
		{"„Eins\", sagte sie. „Zwei\", sagte er.", "Eins"},
		{"„Er nannte das \"Unsinn\" und ging“, sagte sie.", "Er nannte das \"Unsinn\" und ging"},
	} {
		segs := findSegments(c.text)
		if len(segs) == 0 || c.text[segs[0].inner:segs[0].innerEnd] != c.inner {
			t.Errorf("%q: got %+v, want first quotation %q", c.text, segs, c.inner)
		}
	}
}
