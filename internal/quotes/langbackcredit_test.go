package quotes

import "testing"

// TestLangBackCredit: a quotation standing alone is the speaker's whom
// the next sentence names while pointing back to it (rule
// langBackCredit), not the speaker quoted before; a next sentence naming
// no one, a quotation whose sentence goes on, and a pointer more than a
// paragraph break away leave it to the speaker before. Invented text.
func TestLangBackCredit(t *testing.T) {
	cases := []struct {
		lang, lead string
		first      spoken
		text       string
		want       spoken
	}{
		{"de", "„Wir bauen die Brücke“, sagte Bürgermeister Jens Kolbe.", spoken{"Wir bauen die Brücke", "Jens Kolbe", "Bürgermeister Jens Kolbe"}, "„Der Hafen hat Besseres verdient.“ Das sagte Ruth Ehlers, eine Ladenbesitzerin.",
			spoken{"Der Hafen hat Besseres verdient.", "Ruth Ehlers", "Ruth Ehlers"}},
		{"de", "„Wir bauen die Brücke“, sagte Bürgermeister Jens Kolbe.", spoken{"Wir bauen die Brücke", "Jens Kolbe", "Bürgermeister Jens Kolbe"}, "„Der Hafen hat Besseres verdient.“\n\nSo formulierte es Ruth Ehlers nach der Sitzung.",
			spoken{"Der Hafen hat Besseres verdient.", "Ruth Ehlers", "Ruth Ehlers"}},
		{"fr", "« Nous construirons le pont », a déclaré le maire Jean Colin.", spoken{"Nous construirons le pont", "Jean Colin", "le maire Jean Colin"}, "« Le port mérite mieux. » C'est ce qu'a dit Ruth Ellier, commerçante.",
			spoken{"Le port mérite mieux.", "Ruth Ellier", "Ruth Ellier"}},
		{"es", "«Construiremos el puente», dijo el alcalde Juan Colín.", spoken{"Construiremos el puente", "Juan Colín", "el alcalde Juan Colín"}, "«El puerto merece algo mejor». Así lo dijo Rut Elías, comerciante.",
			spoken{"El puerto merece algo mejor", "Rut Elías", "Rut Elías"}},
		{"it", "«Costruiremo il ponte», ha detto il sindaco Gianni Colli.", spoken{"Costruiremo il ponte", "Gianni Colli", "il sindaco Gianni Colli"}, "«Il porto merita di meglio». Così ha detto Rita Elia, commerciante.",
			spoken{"Il porto merita di meglio", "Rita Elia", "Rita Elia"}},
		{"de", "„Wir bauen die Brücke“, sagte Bürgermeister Jens Kolbe.", spoken{"Wir bauen die Brücke", "Jens Kolbe", "Bürgermeister Jens Kolbe"}, "„Der Hafen hat Besseres verdient.“ Das sagte er schon im Mai.",
			spoken{"Der Hafen hat Besseres verdient.", "Jens Kolbe", "er"}},
		// The quotation's sentence goes on: it does not stand alone.
		{"de", "„Wir bauen die Brücke“, sagte Bürgermeister Jens Kolbe.", spoken{"Wir bauen die Brücke", "Jens Kolbe", "Bürgermeister Jens Kolbe"}, "„Der Hafen hat Besseres verdient“ stand auf einem Schild am Kai. Das sagte Ruth Ehlers schon im Mai.",
			spoken{"Der Hafen hat Besseres verdient", "Jens Kolbe", ""}},
		// The pointer stands too far after the quotation (past a blank
		// line more than a paragraph break).
		{"de", "„Wir bauen die Brücke“, sagte Bürgermeister Jens Kolbe.", spoken{"Wir bauen die Brücke", "Jens Kolbe", "Bürgermeister Jens Kolbe"}, "„Der Hafen hat Besseres verdient.“\n\n\nDas sagte Ruth Ehlers.",
			spoken{"Der Hafen hat Besseres verdient.", "Jens Kolbe", ""}},
	}
	for _, c := range cases {
		checkSpokenLang(t, "Titel\n\nStadt Hafen, 3. Mai.\n\n"+c.lead+"\n\n"+c.text, c.lang, []spoken{c.first, c.want})
	}
}
