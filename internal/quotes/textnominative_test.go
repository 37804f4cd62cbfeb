package quotes

import "testing"

// TestTextNominativeSpeaker pins rule textNominative (package people) on
// quotes: a speaker named in the genitive after "prema riječima" or
// "pasak" is the
// person the text names in the nominative elsewhere, before or after;
// with no nominative it stays as written, no base form invented. Texts
// and names invented.
func TestTextNominativeSpeaker(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"hr", "Novi most\n\nMinistrica Ivana Velmić otvorila je most.\n\nPrema riječima ministrice Ivane Velmić, most je siguran.",
			spoken{"most je siguran", "Ivana Velmić", "ministrice Ivane Velmić"}},
		{"hr", "Novi most\n\nPrema riječima Nikole Velmića, most je siguran.\n\nGradonačelnik Nikola Velmić otvorio ga je u petak.",
			spoken{"most je siguran", "Nikola Velmić", "Nikole Velmića"}},
		{"hr", "Novi most\n\nPrema riječima Stjepana Velmića, most je siguran.",
			spoken{"most je siguran", "Stjepana Velmića", "Stjepana Velmića"}},
	})
	// Lithuanian declines both words of every name; "Pasak" opening the
	// sentence is no part of the name.
	checkQuoteBy(t, "lt", "Naujas tiltas\n\nMinistrė Rūta Velmienė atidarė tiltą.\n\nPasak Rūtos Velmienės, tiltas saugus.",
		spoken{"tiltas saugus", "Rūta Velmienė", "Rūtos Velmienės"})
}
