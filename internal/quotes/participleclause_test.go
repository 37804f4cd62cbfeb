package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestParticipleClause: a speech participle after a clause's object
// ("the mayors adopted a motion asking ...") is said by the clause's
// subject, not by the clause read as a noun phrase (rule
// participleClause). Invented text.
func TestParticipleClause(t *testing.T) {
	cases := []struct{ name, sentence, speaker string }{
		{"motion", "the local leaders adopted a joint motion asking the state for help with the valley roads.", "the local leaders"},
		{"petition", "residents signed a petition asking the council to reopen the library.", "residents"},
	}
	for _, c := range cases {
		text := "Mayors demand more money\n\nMeeting on Saturday in Harlowe, " + c.sentence
		got := ExtractDoc(people.AnalyzeLang(text, "en"), Options{})
		if len(got) != 1 || got[0].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
