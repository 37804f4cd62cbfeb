package quotes

import "testing"

// TestMentionComma: a speaker mention set off by commas before its verb
// ends at the name, not at the comma after it (rule mentionComma).
// Invented sentences.
func TestMentionComma(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"fr", "Le secrétaire général du syndicat, Marc Girard, a prévenu mercredi : « Nous irons jusqu'au bout. »",
			[]spoken{{"Nous irons jusqu'au bout.", "Marc Girard", "Le secrétaire général du syndicat, Marc Girard"}}},
		{"it", "L'assessora ai trasporti, Chiara Conti, ha replicato che il Comune ha già stanziato i fondi.",
			[]spoken{{"il Comune ha già stanziato i fondi", "Chiara Conti", "L'assessora ai trasporti, Chiara Conti"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
