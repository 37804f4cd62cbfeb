package quotes

import "testing"

// TestDescribedApposition: a speaker after the verb written as a
// determiner and a noun that is no listed role, the name in apposition
// ("a expliqué sa femme, Martine Lamotte"), is that person (rule
// describedApposition); it was no one, or the man quoted before.
// Invented text.
func TestDescribedApposition(t *testing.T) {
	for _, c := range []struct {
		lang, text, quote, speaker string
	}{
		{"fr", "Montvert. Gérard Lamotte pétrit encore la pâte chaque matin dans sa boutique.\n\n« Mon père m'a tout appris », a raconté Gérard Lamotte.\n\n« Le prix de la farine a doublé en deux ans », a expliqué sa femme, Martine Lamotte.\n\n« On ferme le lundi », a raconté la vendeuse, Julie Marchal, 24 ans.",
			"Le prix de la farine a doublé en deux ans", "Martine Lamotte"},
		{"fr", "Montvert. Gérard Lamotte pétrit encore la pâte chaque matin dans sa boutique.\n\n« Mon père m'a tout appris », a raconté Gérard Lamotte.\n\n« On ferme le lundi », a raconté la vendeuse, Julie Marchal, 24 ans.",
			"On ferme le lundi", "Julie Marchal"},
		{"es", "Puerto Alviz. El pescador Tomás Ferreiro rescató el domingo a dos turistas.\n\n\"Vi la barca volcada\", relató Tomás Ferreiro.\n\n\"Es un héroe\", relató su vecina, Carmen Ibarra.",
			"Es un héroe", "Carmen Ibarra"},
		{"fr", "Montvert. Gérard Lamotte pétrit encore la pâte chaque matin dans sa boutique.\n\n« Mon père m'a tout appris », a raconté Gérard Lamotte.\n\n« On ferme le lundi », a raconté la vendeuse de la boulangerie, Julie Marchal.",
			"On ferme le lundi", "Julie Marchal"},
	} {
		checkSpeakerOf(t, c.lang, c.text, c.quote, c.speaker)
	}
}
