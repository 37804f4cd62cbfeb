package analysis

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSelfNamed covers rule selfNamedSpeaker: a claim inside a quotation
// whose speaker was found through "he" or "she" gets no source from the
// quotation when it names that speaker's surname; a claim that does not
// name the speaker still gets the speaker. Text and names invented.
func TestSelfNamed(t *testing.T) {
	a := &model.Article{Language: "en", Text: "Harlow council vote\n\n" +
		"Councillor Dara Quist won the Harlow seat on Tuesday, beating Ivo Brandt.\n\n" +
		"Campaign chief Olek Marr said the result was no surprise.\n\n" +
		"\u201cVoters reject insiders. Brandt got 4,000 fewer votes than Quist in 2019,\u201d he points out.\n\n" +
		"\u201cThe bridge will cost the town $40 million,\u201d Quist said.\n"}
	Analyze(a)
	got := map[string]string{}
	for _, c := range a.Claims {
		got[a.Text[c.Start:c.End]] = c.Source
	}
	for text, src := range got {
		switch {
		case text == "Brandt got 4,000 fewer votes than Quist in 2019" && src == "Dara Quist":
			t.Errorf("claim %q credited to %q, a person it names", text, src)
		case text == "The bridge will cost the town $40 million" && src != "Dara Quist":
			t.Errorf("claim %q credited to %q, want Dara Quist", text, src)
		}
	}
	if len(got) < 2 {
		t.Errorf("claims %v, want two", a.Claims)
	}
}
