package quotes

import "testing"

// TestArticleAfterName: in German, an article after the speaker's name
// opens the hearer, no part of the mention (rule articleAfterName); "von
// der" stays in a name.
// Invented sentences.
func TestArticleAfterName(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"de", "Bürgermeisterin Eva Kranz kam spät. „Wir brauchen eine klare Lösung“, sagte Kranz der Zeitung.",
			[]spoken{{"Wir brauchen eine klare Lösung", "Eva Kranz", "Kranz"}}},
		{"de", "„Wir brauchen eine klare Lösung“, sagte Ministerin Lea von der Heide dem Sender.",
			[]spoken{{"Wir brauchen eine klare Lösung", "Lea von der Heide", "Ministerin Lea von der Heide"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
