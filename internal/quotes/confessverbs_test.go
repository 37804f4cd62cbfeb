package quotes

import "testing"

// TestWesternConfessVerbs: the confessions, retorts, complaints and
// summaries of sports and court copy ("confesó", "a rétorqué", "ha
// ribattuto", "desabafou", "betoogde", "beteuerte", and "bemängelte"
// before a subjunctive clause) are speech verbs of lexicon's lists, so
// the quotation is the person's they name, not the one quoted before nor
// no one's. Invented text.
func TestWesternConfessVerbs(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker string
	}{
		{"es", "El Atlético Valdemar asciende\n\n\"Hemos sufrido\", dijo Andrés Molvar.\n\n\"Es el día más feliz de mi vida\", confesó el portavoz Julián Ortuño.", "Es el día más feliz de mi vida", "Julián Ortuño"},
		{"fr", "Le procès de Valmont\n\n« Il est innocent », a dit Marc Delorval.\n\n« Les preuves sont là », a rétorqué la procureure Claire Aubiran.", "Les preuves sont là", "Claire Aubiran"},
		{"it", "Il processo di Valmara\n\n\"È innocente\", ha detto Paolo Ferrandi.\n\n\"Le prove ci sono\", ha ribattuto la portavoce Giulia Contarin.", "Le prove ci sono", "Giulia Contarin"},
		{"pt", "O Valmar sobe de divisão\n\n\"Sofremos muito\", disse Paulo Ferrão.\n\n\"Foi um ano duríssimo\", desabafou o técnico Júlio Contrim.", "Foi um ano duríssimo", "Júlio Contrim"},
		{"nl", "Rechtszaak in Valmer\n\n\"Hij is onschuldig\", zei Pieter Ferwerd.\n\n\"Het bewijs is duidelijk\", betoogde woordvoerder Julia Kontering.", "Het bewijs is duidelijk", "Julia Kontering"},
		{"de", "Prozess in Welm\n\n„Er ist unschuldig“, sagte Jonas Pfeilmann.\n\n„Ich habe nichts gewusst“, beteuerte der Bauunternehmer Marc Köllner.", "Ich habe nichts gewusst", "Marc Köllner"},
	}
	for _, c := range cases {
		checkSpeakerOf(t, c.lang, c.text, c.quote, c.speaker)
	}
}
