package analysis

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestOwnerPreposition covers rule ownerPreposition: in French, Spanish,
// Italian and Dutch, as in English, a speaker described as the people of
// an organisation (its workers, its spokesman) is not the organisation;
// a description that is a kind of the organisation still is. Texts and
// names invented.
func TestOwnerPreposition(t *testing.T) {
	tests := []struct {
		lang, text, speaker string
	}{
		{"fr", "Selon les 300 salariés de Velmor Industries, la direction n'a rien proposé.", "les 300 salariés de Velmor Industries"},
		{"it", "Secondo i 200 dipendenti della Velmor Spa, l'azienda non ha fatto proposte.", "i 200 dipendenti della Velmor Spa"},
		{"es", "Según los 40 empleados del Banco Velmar, la sucursal cerrará en marzo.", "los 40 empleados del Banco Velmar"},
		{"en", "According to the 300 workers at Velmor Industries, nothing was offered.", "the 300 workers at Velmor Industries"},
		{"en", "According to the chemicals maker Velmor Industries, nothing was offered.", "Velmor Industries"},
		// Each French and Dutch preposition and article of the rule.
		{"fr", "Selon les 300 salariés d'Orvalis Industries, la direction n'a rien proposé. Orvalis Industries n'a pas répondu.", "les 300 salariés d'Orvalis Industries"},
		{"fr", "Selon les 30 joueurs du Vertal FC, la direction n'a rien proposé.", "les 30 joueurs du Vertal FC"},
		{"fr", "Selon les 300 salariés des Vertal Industries, la direction n'a rien proposé.", "les 300 salariés des Vertal Industries"},
		{"fr", "Selon les 300 employés chez Orvalis Industries, la direction n'a rien proposé.", "les 300 employés chez Orvalis Industries"},
		{"fr", "Selon les 3 avocats pour Orvalis Industries, la direction n'a rien proposé.", "les 3 avocats pour Orvalis Industries"},
		{"fr", "Selon les 3 avocats pour le Vertal FC, la direction n'a rien proposé.", "les 3 avocats pour le Vertal FC"},
		{"fr", "Selon les 3 avocats pour les Vertal Industries, la direction n'a rien proposé.", "les 3 avocats pour les Vertal Industries"},
		{"fr", "Selon les 300 salariés de la Banque Vertal, la direction n'a rien proposé.", "les 300 salariés de la Banque Vertal"},
		{"fr", "Selon les 300 salariés de l'Institut Vertal, la direction n'a rien proposé.", "les 300 salariés de l'Institut Vertal"},
		{"nl", "Volgens de 300 medewerkers van Vertal Industries, is er niets aangeboden.", "de 300 medewerkers van Vertal Industries"},
		{"nl", "Volgens de 300 medewerkers bij Orvalis Industries, is er niets aangeboden.", "de 300 medewerkers bij Orvalis Industries"},
		{"nl", "Volgens de 3 advocaten voor Orvalis Industries, is er niets aangeboden.", "de 3 advocaten voor Orvalis Industries"},
		{"nl", "Volgens de 300 medewerkers van het Vertal Instituut, is er niets aangeboden.", "de 300 medewerkers van het Vertal Instituut"},
	}
	for _, tt := range tests {
		checkOneSpeaker(t, tt.lang, tt.text, tt.speaker)
	}
}

// checkOneSpeaker analyses text in lang and wants exactly one quote,
// spoken by speaker.
func checkOneSpeaker(t *testing.T, lang, text, speaker string) {
	t.Helper()
	a := &model.Article{Text: text, Language: lang}
	Analyze(a)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != speaker {
		t.Errorf("%q: quotes %+v, want one spoken by %q", text, a.Quotes, speaker)
	}
}
