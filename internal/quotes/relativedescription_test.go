package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestRelativeDescription: in a court report a relative described by a
// kinship noun after a genitive, or as the widow, is not the person
// named just before (the defence counsel here): the description is the
// speaker as written (rule relativeDescription). A role description
// still takes the person named before. Invented text.
func TestRelativeDescription(t *testing.T) {
	cases := []struct{ name, subject, speaker string }{
		{"genitive widow", "The victim's widow said:", "The victim's widow"},
		{"widow", "The widow said:", "The widow"},
		{"genitive mother", "The cyclist's mother said:", "The cyclist's mother"},
		{"role", "The barrister said:", "Simon Pryce"},
	}
	for _, c := range cases {
		text := "Driver jailed\n\nLiam Carrow pleaded guilty at Tressford Crown Court to causing death by dangerous driving.\n\nDefending, Simon Pryce said his client was remorseful.\n\n" + c.subject + " \"Our lives have been torn apart.\""
		got := ExtractDoc(people.AnalyzeLang(text, "en"), Options{})
		if len(got) != 2 || got[1].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
