package quotes

import "testing"

// TestDescribedPronoun: a he after a quote of "the ferry chief", a
// description the text names no one by, is the ferry chief, not the man
// named paragraphs before (rule describedPronoun), nor after a first he
// given to it ("he went on"); a man named between
// the two quotes is still the he. Invented text.
func TestDescribedPronoun(t *testing.T) {
	filler := "The ferry has linked the island to the mainland for ninety years. It carries about four hundred passengers a day in summer and half that in winter, most of them workers and pupils. The boat is old, and the engines have failed twice this year. Repairs cost more each season, and the crew has shrunk from twelve to seven. A new boat would cost more than the county spends on roads in a year."
	cases := []struct {
		name, text, speaker string
	}{
		{"described", "Ferry cuts\n\nCouncillor Ben Hale opened the meeting on Monday.\n\n" + filler + "\n\n\"We will fight for this boat,\" the ferry chief said.\n\n\"We have lawyers,\" he said.", "the ferry chief"},
		{"chain", "Ferry cuts\n\nCouncillor Ben Hale opened the meeting on Monday.\n\n" + filler + "\n\n\"We will fight for this boat,\" the ferry chief said.\n\n\"We will win,\" he went on.\n\n\"We have lawyers,\" he said.", "the ferry chief"},
		{"named between", "Ferry cuts\n\n" + filler + "\n\n\"We will fight for this boat,\" the ferry chief said.\n\nCouncillor Ben Hale took the floor next. \"We have lawyers,\" he said.", "Ben Hale"},
	}
	for _, c := range cases {
		got := Extract(c.text, Options{})
		found := false
		for _, q := range got {
			if q.Text == "We have lawyers," {
				found = true
				if q.Speaker != c.speaker {
					t.Errorf("%s: speaker %q, want %q", c.name, q.Speaker, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote in %+v", c.name, got)
		}
	}
}
