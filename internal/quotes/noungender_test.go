package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestNounGender: a he or she after a quote is not a person a noun of
// the other gender described before ("Businessman X", "X, a father of
// three,", "actress X"), even when package people counts that very
// pronoun as the person's (rule nounGender); "spokesman" is written for
// women too and says nothing. Invented text.
func TestNounGender(t *testing.T) {
	cases := []struct{ name, subject, pronoun, speaker string }{
		{"noun before", "Businessman Dale Aldous", "she", ""},
		{"apposition", "Dale Aldous, a father of three,", "she", ""},
		{"feminine", "Actress Dale Aldous", "he", ""},
		{"agrees", "Businessman Dale Aldous", "he", "Dale Aldous"},
		{"common gender", "Party spokesman Dale Aldous", "she", "Dale Aldous"},
	}
	for _, c := range cases {
		text := "Council approves new cycle lanes\n\nThe town council voted on Monday to approve new cycle lanes on the high street.\n\n" + c.subject + " proposed the scheme at the meeting.\n\n\"This is a great day for the town,\" " + c.pronoun + " said."
		got := ExtractDoc(people.AnalyzeLang(text, "en"), Options{})
		if len(got) != 1 || got[0].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
