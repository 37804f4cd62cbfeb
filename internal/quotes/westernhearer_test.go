package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestWesternHearer: the press as hearer between the speech verb and its
// "that" or its speaker (rule westernHearer), in Spanish, French, Italian,
// Portuguese, German and Dutch; the sentence gave no quote, the quotation no speaker.
// Invented text.
func TestWesternHearer(t *testing.T) {
	for _, c := range []struct {
		lang, text, quote, speaker string
	}{
		{"pt", "Vilarinho. O tribunal condenou nesta terça-feira o ex-autarca Artur Mendonça a quatro anos de prisão.\n\nMendonça disse aos jornalistas que está inocente.",
			"está inocente", "Artur Mendonça"},
		{"es", "Villaseca. El tribunal condenó el martes al exalcalde Andrés Robledo a cuatro años de prisión.\n\n\"Vamos a recurrir\", aseguró a los periodistas la abogada Elena Cuesta.",
			"Vamos a recurrir", "Elena Cuesta"},
		{"fr", "Valbrune. Le tribunal a condamné mardi l'ancien maire Yves Castagnet à quatre ans de prison.\n\nYves Castagnet a déclaré aux journalistes qu'il était innocent.",
			"il était innocent", "Yves Castagnet"},
		{"fr", "Valbrune. Le tribunal a condamné mardi l'ancien maire Yves Castagnet à quatre ans de prison.\n\n« Nous ferons appel », a assuré à l'agence Presse Sud l'avocate Claire Vidal.",
			"Nous ferons appel", "Claire Vidal"},
		{"it", "Valmora. Il tribunale ha condannato martedì l'ex sindaco Franco Lodi a quattro anni di carcere.\n\n\"Faremo ricorso\", ha assicurato ai giornalisti l'avvocata Giulia Neri.",
			"Faremo ricorso", "Giulia Neri"},
		{"it", "Monteverde. Il Monteverde ha vinto il derby contro il Rivalta, con Paolo Serafini in panchina.\n\n\"È stata una partita durissima\", ha detto ai microfoni di Sky Sport l'allenatore Paolo Serafini.",
			"È stata una partita durissima", "Paolo Serafini"},
		{"de", "Hohenau. Das Landgericht hat den Bauunternehmer Klaus Derlinger zu drei Jahren Haft verurteilt.\n\nOberstaatsanwalt Bernd Kluge sagte der Zeitung, er sei mit dem Urteil zufrieden.",
			"er sei mit dem Urteil zufrieden", "Bernd Kluge"},
		{"nl", "Oosterdam. Vitesse Oosterdam heeft zondag de derby met 2-1 gewonnen.\n\nTrainer Jos Verbeek zei tegen deze krant dat het team nog beter kan.",
			"het team nog beter kan", "Jos Verbeek"},
	} {
		checkSpeakerOf(t, c.lang, c.text, c.quote, c.speaker)
	}
}

// TestWesternHearerSpan: table test of the hearer phrases rule
// westernHearer passes over after the verb (the word count skipped), and
// the phrases it leaves: a nominative subject ("der Sender"), a hearer
// that is no press ("a los vecinos").
func TestWesternHearerSpan(t *testing.T) {
	for _, c := range []struct {
		lang, after string
		skip        int
	}{
		{"de", "der Zeitung , er sei", 2},
		{"de", "gegenüber dem Sender , dass", 3},
		{"de", "der Sender , er sei", 0},
		{"es", "a los periodistas que", 3},
		{"es", "a la agencia Prensa Sur que", 5},
		{"es", "a los vecinos que", 0},
		{"fr", "à l'agence la maire", 2},
		{"pt", "aos jornalistas que", 2},
		{"nl", "tegen de pers dat", 3},
		{"it", "ai microfoni di Sky Sport l'allenatore", 5},
	} {
		text := "Er sagte " + c.after
		d := people.AnalyzeLang(text, c.lang)
		x := &langExtractor{d: d, text: text, sp: speechIn(c.lang)}
		ts := x.tokensIn(0, len(text))
		if got := x.westernHearer(ts, 2) - 2; got != c.skip {
			t.Errorf("%s %q: skipped %d words, want %d", c.lang, c.after, got, c.skip)
		}
	}
}
