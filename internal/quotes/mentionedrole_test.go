package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestMentionedRole: a definite description package people resolves to
// no one ("the witness") is the person an earlier phrase with that noun
// named in apposition (rule mentionedRole): "the clerk" after "a former
// clerk named Lucy Tan" is Lucy Tan, no unnamed source; a name after a
// poll's comma starting a clause ("In the new poll, X leads") is no
// description's. A lone first name is no one's full name. The mother named after "of the victim" is not the
// victim. Invented text.
func TestMentionedRole(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"named", "Harbour fraud trial\n\nThe prosecutor, Helen Marrow, opened the case on Tuesday.\n\nThe first witness, a former clerk named Lucy Tanning, said she had seen cash change hands. \"I saw envelopes on his desk every Friday,\" the witness told the court.\n\n\"I know what I saw,\" Tanning said.", "I saw envelopes on his desk every Friday,", "Lucy Tanning"},
		{"apposition", "Harbour fraud trial\n\nThe prosecutor, Helen Marrow, opened the case on Tuesday.\n\nThe witness, Lucy Tanning, said she had seen cash change hands.\n\n\"I saw envelopes on his desk every Friday,\" the witness told the court.\n\n\"I know what I saw,\" Tanning said.", "I saw envelopes on his desk every Friday,", "Lucy Tanning"},
		{"namedIndefinite", "Harbour fraud trial\n\nThe prosecutor, Helen Marrow, opened the case on Tuesday.\n\nThe first witness, a former clerk named Lucy Tanning, took the stand.\n\n\"It was common knowledge,\" the clerk said.\n\n\"I know what I saw,\" Tanning added.", "It was common knowledge,", "Lucy Tanning"},
		{"of", "Harbour crash\n\nThe mother of the victim, Helen Marrow, spoke on Tuesday. \"He is a good boy,\" Marrow said.\n\n\"I remember nothing,\" the victim said.", "I remember nothing,", "the victim"},
		{"firstName", "Harbour crash\n\nPolice chief Joseph Orlen said the road was closed. Dara Venn's neighbour, Joseph, drove to the port.\n\n\"We waited all night,\" the neighbour said.", "We waited all night,", "the neighbour"},
		{"poll", "Harbour vote\n\nIn the new poll, Helen Marrow leads by six points.\n\n\"The margin is wide,\" the poll found.", "The margin is wide,", "the poll"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.Analyze(c.text), Options{})
		found := false
		for _, q := range got {
			if q.Text == c.quote {
				found = true
				if q.Speaker != c.speaker {
					t.Errorf("%s: speaker %q, want %q", c.name, q.Speaker, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote %q in %+v", c.name, c.quote, got)
		}
	}
}
