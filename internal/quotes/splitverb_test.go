package quotes

import "testing"

// TestGermanSplitVerb: a separable speech verb whose particle closes the
// clause ("teilte am Montag mit, dass", "„...“, teilte Voss mit", "wies
// Voss die Kritik zurück", Dutch "liet maandag weten dat") attributes as
// the adjacent form does (rule germanSplitVerb); a clause-final particle
// whose clause reports nothing gives no quote.
// Invented sentences.
func TestGermanSplitVerb(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"de", "Verkehrsminister Klaus Voss teilte am Montag mit, dass die Kosten der Brücke steigen.",
			[]spoken{{"die Kosten der Brücke steigen", "Klaus Voss", "Verkehrsminister Klaus Voss"}}},
		{"de", "Verkehrsminister Klaus Voss sprach im Landtag.\n\n„Wir haben den Stahlpreis unterschätzt“, teilte Voss mit.",
			[]spoken{{"Wir haben den Stahlpreis unterschätzt", "Klaus Voss", "Voss"}}},
		{"de", "Verkehrsminister Klaus Voss sprach im Landtag.\n\n„Niemand hat hier gelogen“, wies Voss die Kritik zurück.",
			[]spoken{{"Niemand hat hier gelogen", "Klaus Voss", "Voss"}}},
		{"de", "Der Sprecher Frank Heller antwortete rasch. Heller wies das zurück: „Drohungen helfen niemandem.“",
			[]spoken{{"Drohungen helfen niemandem.", "Frank Heller", "Heller"}}},
		{"de", "Der Sprecher Frank Heller kam spät. Die Mieten steigen weiter, teilte Heller mit.",
			[]spoken{{"Die Mieten steigen weiter", "Frank Heller", "Heller"}}},
		{"nl", "Minister Pieter de Wit liet maandag weten dat de brug nog maanden dicht blijft.",
			[]spoken{{"de brug nog maanden dicht blijft", "Pieter de Wit", "Minister Pieter de Wit"}}},
		{"de", "Die Ministerin Sabine Lorenz kündigte am Dienstag eine Anfrage im Landtag an.", nil},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}

// TestGermanSplitVerbLead: before a quotation, the subject of a split
// verb stands after the head when an adverb opens the clause; a split
// verb with no subject of its own leaves the attribution to the verb
// before it (rule germanSplitVerb).
// Invented sentences.
func TestGermanSplitVerbLead(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"de", "Die Forscherin Ida Brandt sprach über Sterne. Hierzu führte sie aus: „Das Licht ist alt.“",
			[]spoken{{"Das Licht ist alt.", "Ida Brandt", "sie"}}},
		{"de", "Die Forscherin Ida Brandt sprach in Kiel. „Das ist neu“, berichtet Brandt, fügt aber rasch hinzu: „Ein Zufall.“",
			[]spoken{{"Das ist neu", "Ida Brandt", "Brandt"}, {"Ein Zufall.", "Ida Brandt", "Brandt"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
