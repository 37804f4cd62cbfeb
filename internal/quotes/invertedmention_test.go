package quotes

import "testing"

// TestInvertedPronounMention: the speaker mention of a French inverted
// form is its pronoun, after the quote or before it, not the verb written
// with it (rule invertedPronounMention); the speaker is still the person
// the pronoun names.
// Invented sentences.
func TestInvertedPronounMention(t *testing.T) {
	cases := []struct {
		text string
		want []spoken
	}{
		{"Le capitaine Hugo Marin a quitté le quai. « La mer est trop forte », a-t-il expliqué.",
			[]spoken{{"La mer est trop forte", "Hugo Marin", "il"}}},
		{"La directrice Léa Roussel a visité le chantier. « Tout avance », estime-t-elle.",
			[]spoken{{"Tout avance", "Léa Roussel", "elle"}}},
		{"Le maire Paul Girard était ravi. Puis, explique-t-il : « Nous avons gagné. »",
			[]spoken{{"Nous avons gagné.", "Paul Girard", "il"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, "fr", c.want)
	}
}
