package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

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
		var got []spoken
		for _, q := range ExtractDoc(people.AnalyzeLang(c.text, "fr"), Options{}) {
			checkOffsets(t, c.text, q)
			got = append(got, spoken{q.Text, q.Speaker, q.SpeakerMention})
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: quote %d = %q, want %q", c.text, i, got[i], c.want[i])
			}
		}
	}
}
