package quotes

import "testing"

// TestWesternReplyVerbs: the replies, glosses and assessments news copy
// writes after a quotation ("replicó", "erwiderte", "a répliqué", "ha
// sostenuto", "avaliou", "meent") are speech verbs of lexicon's lists, so
// the quotation is the person's they name, not the one quoted before nor
// no one's. Invented text.
func TestWesternReplyVerbs(t *testing.T) {
	cases := []struct {
		lang, text, quote, speaker string
	}{
		{"es", "El puerto de Valdemar\n\n\"No hay barcos\", dijo Andrés Molvar.\n\n\"Eso no es verdad\", replicó la portavoz Lucía Ferrán.", "Eso no es verdad", "Lucía Ferrán"},
		{"es", "El puerto de Valdemar\n\n\"No hay barcos\", dijo Andrés Molvar.\n\n\"El plan sigue en pie\", puntualizó la portavoz Lucía Ferrán.", "El plan sigue en pie", "Lucía Ferrán"},
		{"de", "Die Fähre nach Welm\n\n„Wir sparen“, sagte Jonas Pfeilmann.\n\n„Das ist falsch“, erwiderte die Sprecherin Marie Köllner.", "Das ist falsch", "Marie Köllner"},
		{"de", "Die Fähre nach Welm\n\n„Wir sparen“, sagte Jonas Pfeilmann.\n\n„Das ist falsch“, entgegnete die Sprecherin Marie Köllner.", "Das ist falsch", "Marie Köllner"},
		{"fr", "Le port de Valmont\n\n« Nous fermons », a dit Marc Delorval.\n\n« C'est faux », a répliqué la porte-parole Claire Aubiran.", "C'est faux", "Claire Aubiran"},
		{"it", "Il porto di Valmara\n\n\"Chiudiamo\", ha detto Paolo Ferrandi.\n\n\"Non è vero\", ha sostenuto la portavoce Giulia Contarin.", "Non è vero", "Giulia Contarin"},
		{"pt", "O porto de Valmar\n\n\"Vamos fechar\", disse Paulo Ferrão.\n\n\"Isso não é verdade\", avaliou a porta-voz Júlia Contrim.", "Isso não é verdade", "Júlia Contrim"},
		{"nl", "De haven van Valmer\n\n\"We sluiten\", zei Pieter Ferwerd.\n\n\"Dat klopt niet\", meent woordvoerder Julia Kontering.", "Dat klopt niet", "Julia Kontering"},
	}
	for _, c := range cases {
		checkSpeakerOf(t, c.lang, c.text, c.quote, c.speaker)
	}
}
