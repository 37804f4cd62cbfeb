package quotes

import "testing"

// TestLangContinuation: a quote with no attribution takes the speaker of
// the one before in the same paragraph unless a sentence between names
// another person, a partial quote only from its own sentence or the next
// (rule nearContinuation: a text flattened to one line is one
// paragraph); and the next paragraph's quote continues only after a
// paragraph closed by the attribution alone (rule attributionAlone).
// Invented sentences.
func TestLangContinuation(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"de", "Bürgermeisterin Eva Kranz kam zur Sitzung. „Wir bauen die Halle neu“, sagte Kranz. „Der Rat hat zugestimmt.“",
			[]spoken{{"Wir bauen die Halle neu", "Eva Kranz", "Kranz"}, {"Der Rat hat zugestimmt.", "Eva Kranz", ""}}},
		{"de", "Bürgermeisterin Eva Kranz kam zur Sitzung. „Wir bauen die Halle neu“, sagte Kranz. Der Rat tagte bis Mitternacht. Die Kosten liegen bei zwei Millionen Euro. Viele Bürger nannten das Projekt „eine teure Laune der Verwaltung“.",
			[]spoken{{"Wir bauen die Halle neu", "Eva Kranz", "Kranz"}, {"eine teure Laune der Verwaltung", "", ""}}},
		{"fr", "La maire Claire Roux a parlé mardi. « Nous bâtirons la halle », a dit Roux. Le conseil a siégé tard. Le coût dépasse deux millions d'euros. Des habitants parlent d'un « caprice coûteux de la mairie ».",
			[]spoken{{"Nous bâtirons la halle", "Claire Roux", "Roux"}, {"caprice coûteux de la mairie", "", ""}}},
		{"de", "Bürgermeisterin Eva Kranz kam zur Sitzung. „Wir bauen die Halle neu“, sagte Kranz. Der Kämmerer Paul Jäger zögerte lange. „Das Geld fehlt überall.“",
			[]spoken{{"Wir bauen die Halle neu", "Eva Kranz", "Kranz"}, {"Das Geld fehlt überall.", "", ""}}},
		{"de", "Bürgermeisterin Eva Kranz kam zur Sitzung. „Wir bauen die Halle neu“, sagte Kranz. Sie wirkte müde. Die alte Halle ist marode. „Das Geld fehlt überall.“",
			[]spoken{{"Wir bauen die Halle neu", "Eva Kranz", "Kranz"}, {"Das Geld fehlt überall.", "Eva Kranz", ""}}},
		{"de", "Bürgermeisterin Eva Kranz kam zur Sitzung. „Wir bauen die Halle neu“, sagte Kranz.\n\n„Der Rat hat zugestimmt.“",
			[]spoken{{"Wir bauen die Halle neu", "Eva Kranz", "Kranz"}, {"Der Rat hat zugestimmt.", "Eva Kranz", ""}}},
		{"de", "Bürgermeisterin Eva Kranz kam zur Sitzung. „Wir bauen die Halle neu“, sagte Kranz. Der Kämmerer Paul Jäger schüttelte den Kopf.\n\n„Das Geld fehlt überall.“",
			[]spoken{{"Wir bauen die Halle neu", "Eva Kranz", "Kranz"}, {"Das Geld fehlt überall.", "", ""}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
