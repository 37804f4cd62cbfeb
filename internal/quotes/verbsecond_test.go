package quotes

import "testing"

// TestVerbSecondSubject: before a quotation, a pronoun, a name or a role
// right after the speech verb is its subject, not the adverbial opening
// the sentence (rule verbSecondSubject); a subject before the verb still
// speaks.
// Invented sentences.
func TestVerbSecondSubject(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"de", "Der Trainer Jonas Pohl war enttäuscht. Weiter sagt er: „Wir haben zu spät reagiert.“",
			[]spoken{{"Wir haben zu spät reagiert.", "Jonas Pohl", "er"}}},
		{"de", "Der Trainer Jonas Pohl war enttäuscht. Nach dem Spiel in der Halle erklärte Pohl: „Wir haben zu spät reagiert.“",
			[]spoken{{"Wir haben zu spät reagiert.", "Jonas Pohl", "Pohl"}}},
		{"de", "Der Trainer Jonas Pohl war enttäuscht. Pohl sagte der Zeitung: „Wir haben zu spät reagiert.“",
			[]spoken{{"Wir haben zu spät reagiert.", "Jonas Pohl", "Pohl"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
