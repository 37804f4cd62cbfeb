package quotes

import "testing"

// TestUsedPronoun: a "she said" after a quote of a man the text called
// "he" (or whose "his" it wrote) is not his, when package people knows
// neither given name: it goes to the woman named before (rule
// usedPronoun). A woman the text called "she" keeps it. Invented text.
func TestUsedPronoun(t *testing.T) {
	cases := []struct {
		name, text, speaker string
	}{
		{"he used", "Ferry strike ends\n\nKestrel Ondrava, who chairs the ferry workers' union, said the deal was fair.\n\nTomas Brindle said the operator would hire twelve more crew. He declined to give a date.\n\n\"We got what we asked for,\" she said.", "Kestrel Ondrava"},
		{"his used", "Ferry strike ends\n\n\"We got what we asked for,\" said Kestrel Ondrava, who chairs the ferry workers' union.\n\nTomas Brindle, the operator's chief executive, said the company would hire twelve more crew.\n\nTomas Brindle thanked his crews for their patience.\n\n\"The crews deserve this,\" she added.", "Kestrel Ondrava"},
		{"she used", "Ferry strike ends\n\nKestrel Ondrava, who chairs the ferry workers' union, said the deal was fair.\n\nDara Quellin said the operator would hire twelve more crew. She declined to give a date.\n\n\"We got what we asked for,\" she said.", "Dara Quellin"},
	}
	for _, c := range cases {
		got := Extract(c.text, Options{})
		last := got[len(got)-1]
		if last.Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
