package quotes

import "testing"

// TestPerfectPair: a perfect auxiliary before a two-word speech verb of
// the lexicon ("ha fatto sapere", "ha reso noto", "a fait savoir") is
// part of the verb (rule perfectPair); the quote was found but its
// speaker after the verb was left empty. Invented text.
func TestPerfectPair(t *testing.T) {
	for _, c := range []struct {
		lang, text, quote, speaker, mention string
	}{
		{"it", "Borgoverde. La piena del torrente Selva ha costretto duecento famiglie a lasciare le case.\n\n\"Nessuno deve rientrare nelle abitazioni fino a domani\", ha fatto sapere il prefetto Marco Delvecchio.",
			"Nessuno deve rientrare nelle abitazioni fino a domani", "Marco Delvecchio", "il prefetto Marco Delvecchio"},
		{"it", "Borgoverde. La piena del torrente Selva ha costretto duecento famiglie a lasciare le case.\n\n\"Le scuole resteranno chiuse per tutta la settimana\", ha reso noto il sindaco Giulia Ferranti.",
			"Le scuole resteranno chiuse per tutta la settimana", "Giulia Ferranti", "il sindaco Giulia Ferranti"},
		{"fr", "Valmorin. La crue de la Brenne a forcé deux cents familles à quitter leur logement.\n\n« Personne ne doit rentrer avant demain matin », a fait savoir le préfet Paul Lenoir.",
			"Personne ne doit rentrer avant demain matin", "Paul Lenoir", "le préfet Paul Lenoir"},
	} {
		checkQuoteBy(t, c.lang, c.text, spoken{c.quote, c.speaker, c.mention})
	}
}
