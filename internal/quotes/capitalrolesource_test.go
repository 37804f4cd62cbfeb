package quotes

import "testing"

// TestCapitalRoleSource: a German role after "laut" or "nach Angaben" and
// its article, capitalised as every German noun is, is the one person the
// text gave that role, whether the lexicon lists the role noun or only the
// text gave it (rule capitalRoleSource). Invented text.
func TestCapitalRoleSource(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"de", "Stadt erhöht Gebühren\n\nBürgermeisterin Katrin Velmann stellte am Montag die Pläne vor. Nach Angaben der Bürgermeisterin gibt es zu den höheren Gebühren keine Alternative.",
			spoken{"gibt es zu den höheren Gebühren keine Alternative", "Katrin Velmann", "Bürgermeisterin"}},
		{"de", "Stadt erhöht Gebühren\n\nDer Kämmerer Stefan Rothwald stellte am Montag den Haushalt vor. Laut dem Kämmerer ist die Stadt mit vierzig Millionen Euro verschuldet.",
			spoken{"ist die Stadt mit vierzig Millionen Euro verschuldet", "Stefan Rothwald", "dem Kämmerer"}},
	})
}
