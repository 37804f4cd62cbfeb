package quotes

import "testing"

// TestRoleOfName: a Dutch or German role tied by "van"/"von" to a name
// ("De advocaat van Pieter Brandsma zegt", "Die Sprecherin von Korvath
// Maschinenbau sagt") speaks as the role's holder, the phrase as written,
// as English "The lawyer for X said" does: not the client or company
// after the preposition (rule roleOfName). Invented text.
func TestRoleOfName(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"nl", "Onrust bij Velmora\n\nDe advocaat van Pieter Brandsma zegt dat \"het nieuwe rooster onwerkbaar is en niemand ons iets heeft gevraagd\".",
			spoken{"het nieuwe rooster onwerkbaar is en niemand ons iets heeft gevraagd", "De advocaat van Pieter Brandsma", "De advocaat van Pieter Brandsma"}},
		{"nl", "Onrust bij Velmora\n\nDe directeur van Velmora Logistiek zegt dat \"het nieuwe rooster werkbaar is en iedereen is gehoord in het overleg\".",
			spoken{"het nieuwe rooster werkbaar is en iedereen is gehoord in het overleg", "De directeur van Velmora Logistiek", "De directeur van Velmora Logistiek"}},
		{"de", "Unruhe bei Korvath\n\nDie Sprecherin von Korvath Maschinenbau sagt, \"der neue Schichtplan ist zumutbar und alle wurden gefragt\".",
			spoken{"der neue Schichtplan ist zumutbar und alle wurden gefragt", "Die Sprecherin von Korvath Maschinenbau", "Die Sprecherin von Korvath Maschinenbau"}},
		{"de", "Unruhe bei Korvath\n\nDer Anwalt von Peter Brandt sagt, \"der neue Schichtplan ist zumutbar und alle wurden gefragt\".",
			spoken{"der neue Schichtplan ist zumutbar und alle wurden gefragt", "Der Anwalt von Peter Brandt", "Der Anwalt von Peter Brandt"}},
	})
}
