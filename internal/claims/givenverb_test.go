package claims

import "testing"

// TestGivenVerb checks rule givenVerb, with rules leadingVerbSource,
// trailingSeparatedVerb and wieSource: German "geben ... bekannt" and
// "geben ... an", split or joined, speak; "nach Angaben" is no verb.
func TestGivenVerb(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Die Stadtverwaltung gab am Mittwoch bekannt, dass der Schaden 2,5 Millionen Euro beträgt.", []string{"Stadtverwaltung"}},
		{"de", "Der Landkreis gab an, dass 300 Anwohner ihre Häuser in Velmsee verlassen mussten.", []string{"Landkreis"}},
		{"de", "Bis Freitag wurden 120 Keller ausgepumpt, gab die Feuerwehr bekannt.", []string{"Feuerwehr"}},
		{"de", "Insgesamt 42 Straßen waren gesperrt, wie die Polizei angab.", []string{"Polizei"}},
		{"de", "Die Zahl der Einsätze stieg auf 412, gab ein Sprecher an.", []string{"Sprecher"}},
	}
	checkLang(t, tests, claimSource)
}

// TestTrailingSeparatedVerb checks rule trailingSeparatedVerb: a German
// speech verb whose particle ends the clause, after a comma, has the
// phrase between them say the figure.
func TestTrailingSeparatedVerb(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Bei dem Unfall in Velmsee wurden 14 Menschen verletzt, teilte die Polizei mit.", []string{"Polizei"}},
		{"de", "Es entstand ein Schaden von 80.000 Euro, teilte die Polizei am Abend mit.", []string{"Polizei"}},
	}
	checkLang(t, tests, claimSource)
}

// TestGivenVerbNoun checks the capital of rule givenVerb: the infinitive
// made a noun ("beim Bekanntgeben") is no verb, so a known name of the
// sentence does not state its figure. Names invented.
func TestGivenVerbNoun(t *testing.T) {
	opts := Options{Lang: "de", Sources: []Source{{"Velmor AG", "Velmor AG"}}}
	for _, text := range []string{
		"Vor dem Bekanntgeben der Zahlen hatte die Velmor AG 300 Stellen gestrichen.",
		"Beim Bekanntgeben der Bilanz fehlten der Velmor AG 40 Millionen Euro.",
	} {
		cs := Extract(text, opts)
		if len(cs) != 1 || cs[0].Source != "" {
			t.Errorf("%q: claims %+v, want one with no source", text, cs)
		}
	}
}
