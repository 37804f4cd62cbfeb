package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestStatedAge: "the 31-year-old" is the one person the text gave that
// age in an apposition, not the person named last (rule statedAge); an
// age no one was given keeps the person named last. Invented text.
func TestStatedAge(t *testing.T) {
	cases := []struct{ name, attribution, speaker string }{
		{"lead", "The 31-year-old said: \"I am truly sorry.\"", "Liam Carrow"},
		{"inverted", "\"I am truly sorry,\" said the 31-year-old.", "Liam Carrow"},
		{"noun", "The 31-year-old defendant told the court: \"I am truly sorry.\"", "Liam Carrow"},
		{"unstated", "The 44-year-old said: \"I am truly sorry.\"", "Simon Pryce"},
	}
	for _, c := range cases {
		text := "Driver jailed\n\nLiam Carrow, 31, pleaded guilty at Tressford Crown Court to causing death by dangerous driving.\n\nDefending, Simon Pryce said his client was remorseful.\n\n" + c.attribution
		got := ExtractDoc(people.AnalyzeLang(text, "en"), Options{})
		if len(got) != 2 || got[1].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}

// TestStatedAgeLang: rule statedAge in the languages ("sagte der
// 31-Jährige", "ha detto il 31enne", "zei de 31-jarige"). Invented text.
func TestStatedAgeLang(t *testing.T) {
	cases := []struct{ lang, text, speaker string }{
		{"de", "Raser verurteilt\n\nMarkus Dolmer (31) muss für drei Jahre ins Gefängnis.\n\nVerteidiger Stefan Pruß sagte, sein Mandant bereue die Tat.\n\n„Es tut mir unendlich leid“, sagte der 31-Jährige.", "Markus Dolmer"},
		{"it", "Automobilista condannato\n\nMarco Dolmi, 31 anni, è stato condannato a tre anni dal tribunale di Valdorsa.\n\nIl difensore Stefano Prati ha detto che il suo assistito è pentito.\n\n«Mi dispiace moltissimo», ha detto il 31enne.", "Marco Dolmi"},
		{"nl", "Automobilist veroordeeld\n\nMark Dolmans (31) moet drie jaar de cel in.\n\nAdvocaat Stefan Prins zei dat zijn cliënt spijt heeft.\n\n\"Het spijt me enorm\", zei de 31-jarige.", "Mark Dolmans"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 2 || got[1].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.lang, got, c.speaker)
		}
	}
}
