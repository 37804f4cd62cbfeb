package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestGermanSubjunctive: German reported speech in the Konjunktiv I of
// a regular verb after a listed verb (rule weakSubjunctive: "prüfe"),
// and in a listed subjunctive after a verb the lexicon does not list
// (rule unlistedSubjunctive: "bemängelte", "beteuerte", "wandte ein").
// Invented text.
func TestGermanSubjunctive(t *testing.T) {
	text := "Streit um die Deponie in Wendelstadt\n\n" +
		"Wendelstadt. Landrätin Hannelore Birkner kündigte am Montag an, den Antrag der Firma abzulehnen.\n\n" +
		"Birkner sagte, der Kreis prüfe eine Klage gegen den Betreiber.\n\n" +
		"Birkner bemängelte, der Betreiber habe die Anwohner nie gefragt.\n\n" +
		"Der Geschäftsführer Olaf Reindl wies die Vorwürfe zurück. Er beteuerte, man habe alles versucht.\n\n" +
		"Reindl wandte ein, die Auflagen seien längst erfüllt.\n\n" +
		"Die Anwohner hoffen auf eine rasche Entscheidung der Behörden im Frühjahr."
	want := map[string]string{
		"der Kreis prüfe eine Klage gegen den Betreiber": "Hannelore Birkner",
		"der Betreiber habe die Anwohner nie gefragt":    "Hannelore Birkner",
		"man habe alles versucht":                        "Olaf Reindl",
		"die Auflagen seien längst erfüllt":              "Olaf Reindl",
	}
	doc := people.AnalyzeLang(text, "de")
	got := map[string]string{}
	for _, q := range ExtractDoc(doc, Options{}) {
		got[q.Text] = q.Speaker
	}
	for text, speaker := range want {
		if got[text] != speaker {
			t.Errorf("quote %q: speaker %q, want %q (quotes %q)", text, got[text], speaker, got)
		}
	}
}

// TestWeakSubjunctive: table test of the clause openings rule
// weakSubjunctive reads as a Konjunktiv I in second place.
func TestWeakSubjunctive(t *testing.T) {
	for _, c := range []struct {
		clause string
		want   bool
	}{
		{"der Kreis prüfe eine Klage.", true},
		{"man plane keine Schließung.", true},
		{"Reindl warte auf das Gutachten.", true},
		{"die Kosten alle gestiegen.", false},
		{"der Kreis im Herbst entscheiden.", false},
		{"bald komme der Winter.", false},
	} {
		text := "Er sagte, " + c.clause
		d := people.AnalyzeLang(text, "de")
		x := &langExtractor{d: d, text: text, sp: speechIn("de")}
		ts := x.tokensIn(0, len(text))
		k := 3 // after "Er sagte ,"
		if got := x.weakSubjunctive(ts, k); got != c.want {
			t.Errorf("%q: weakSubjunctive %v, want %v", c.clause, got, c.want)
		}
	}
}
