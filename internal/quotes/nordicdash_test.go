package quotes

import "testing"

// TestCommaDialogue: Swedish, Danish and Norwegian dialogue lines open
// with a dash and end their words with a comma and the attribution (rule
// commaDialogue); the words after the attribution's sentence go on with
// the speaker; "säger hon." resolves though "hon." comes as one token
// (rule dottedPronoun); a genitive before the role noun is part of the
// speaker phrase (rule nordicGenitive); a dash line with no attribution
// (a list item) is no quotation. Invented text.
func TestCommaDialogue(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"sv", "Ny skola vid hamnen\n\nKommunen bygger en ny skola.\n\n– Det blir dyrt, säger Eva Lund.\n\n– Men vi har räknat länge, säger hon. Vi tror att det håller.\n\n– Mjölk, ägg och smör",
			[]spoken{{"Det blir dyrt", "Eva Lund", "Eva Lund"}, {"Men vi har räknat länge", "Eva Lund", "hon"}, {"Vi tror att det håller.", "Eva Lund", ""}}},
		{"sv", "Ny skola vid hamnen\n\nKommunen bygger en ny skola.\n\n– Det blir dyrt, säger kommunstyrelsens ordförande Eva Lund.",
			[]spoken{{"Det blir dyrt", "Eva Lund", "kommunstyrelsens ordförande Eva Lund"}}},
		{"da", "Ny skole ved havnen\n\nBorgmester Mette Holm åbnede mødet.\n\n– Det bliver dyrt, siger Mette Holm.",
			[]spoken{{"Det bliver dyrt", "Mette Holm", "Mette Holm"}}},
		{"nb", "Ny skole ved havna\n\nOrdfører Kari Berg åpnet møtet.\n\n— Det blir dyrt, sier Kari Berg.",
			[]spoken{{"Det blir dyrt", "Kari Berg", "Kari Berg"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
