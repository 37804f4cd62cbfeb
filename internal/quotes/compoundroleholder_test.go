package quotes

import "testing"

// TestCompoundRoleHolder: in German "die Ministerin" is the person named
// before with a compound role ending in it ("Finanzministerin", rule
// compoundRoleHolder), for reported speech and a quotation alike; a role
// noun nearer the quote that belongs to someone the people rules do not
// name ("dem Bremer Anwalt"), or two people whose roles end in the noun,
// leave the quote unresolved. Invented text.
func TestCompoundRoleHolder(t *testing.T) {
	checkSpokenLang(t, "Land hilft beim Brückenbau\n\nFinanzministerin Laura Quandt besuchte am Montag die Baustelle. Die Ministerin sagte, das Land werde ein Drittel der Kosten übernehmen.\n\n„Wir stehen zu unserem Wort“, sagte die Ministerin.", "de", []spoken{
		{"das Land werde ein Drittel der Kosten übernehmen", "Laura Quandt", "Die Ministerin"},
		{"Wir stehen zu unserem Wort", "Laura Quandt", "die Ministerin"},
	})
	checkSpokenLang(t, "Streit um Lizenzen\n\nDas sagt Rechtsanwalt Rolf Enge aus Hamm. Am Ende riefen wir bei Ole B. an, dem Bremer Anwalt des Vereins.\n\n„Wir prüfen das noch“, sagt der Anwalt.", "de", []spoken{
		{"Wir prüfen das noch", "", "der Anwalt"},
	})
	// Two people with a role ending in the noun: the bare role is neither.
	checkSpokenLang(t, "Land hilft beim Brückenbau\n\nFinanzministerin Laura Quandt und Bauministerin Ina Roth besuchten am Montag die Baustelle.\n\n„Wir stehen zu unserem Wort“, sagte die Ministerin.", "de", []spoken{
		{"Wir stehen zu unserem Wort", "", "die Ministerin"},
	})
}
