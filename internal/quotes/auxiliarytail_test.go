package quotes

import "testing"

// TestAuxiliaryTail: a German or Dutch attribution in the perfect after
// a quote ("hatte Derlinger zum Prozessauftakt erklärt") has the speaker
// between the auxiliary and the participle, without either or the time
// (rule auxiliaryTail); the mention took them in, or the quote went to
// the man quoted before. Invented text.
func TestAuxiliaryTail(t *testing.T) {
	for _, c := range []struct {
		lang, text, quote, speaker, mention string
	}{
		{"de", "Hohenau. Der Prozess gegen den Bauunternehmer Klaus Derlinger geht weiter.\n\n„Ich habe niemanden betrügen wollen“, hatte Derlinger zum Prozessauftakt erklärt.\n\n„Wir kooperieren voll“, hatte sein Anwalt Jan Petersen im März gesagt.",
			"Wir kooperieren voll", "Jan Petersen", "sein Anwalt Jan Petersen"},
		{"de", "Hohenau. Der Prozess gegen den Bauunternehmer Klaus Derlinger geht weiter.\n\n„Ich habe niemanden betrügen wollen“, hatte Derlinger zum Prozessauftakt erklärt.",
			"Ich habe niemanden betrügen wollen", "Klaus Derlinger", "Derlinger"},
		{"nl", "Oosterdam. De rechtszaak tegen aannemer Kees Bruinsma gaat door.\n\n\"Ik heb niemand willen bedriegen\", had Bruinsma bij de start van het proces gezegd.",
			"Ik heb niemand willen bedriegen", "Kees Bruinsma", "Bruinsma"},
	} {
		checkQuoteBy(t, c.lang, c.text, spoken{c.quote, c.speaker, c.mention})
	}
}
