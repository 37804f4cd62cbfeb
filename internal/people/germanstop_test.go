package people

import "testing"

// TestGermanSentenceWords pins rule germanSentenceWords: a German
// quantifier opening a sentence runs into no person's name. Invented
// text.
func TestGermanSentenceWords(t *testing.T) {
	for _, text := range []string{
		"Der Markt für Solardächer wächst. Manche Anbieter sagen, die Preise würden bald sinken.",
		"Die Stadträte stritten lange. Verschiedene Experten warnten vor den Kosten der neuen Brücke.",
	} {
		for _, p := range AnalyzeLang(text, "de").People {
			t.Errorf("%q: person %q, want none", text, p.Name)
		}
	}
}
