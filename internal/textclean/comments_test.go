package textclean

import (
	"strings"
	"testing"
)

// TestItemCommentsLabel: a "Comment" label under each teaser of a listing,
// or a "Comments" box under each answer, is removed alone and the items
// after it stay; a single comments header after the story still takes the
// reader comments under it. Fails with rule comments-label-not-section off
// (the first label took every teaser after it).
func TestItemCommentsLabel(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		keep, drop []string
	}{
		{"listing labels",
			"Quimby Weekly News\n\nTallow Farm opens a second bean stall in the valley market this spring.\n\nComment\n\nThe Quimby ferry returns to its summer timetable from Monday, the council said.\n\nComment\n\nMarr United sign a new goalkeeper from the Tallow side for the cup run.\n\nComment\n\nThe valley fair adds a third day this year, its organisers say.\n\nComment",
			[]string{"Quimby ferry returns", "Marr United sign", "third day"}, []string{"\n\nComment"}},
		{"answer boxes",
			"How do zorbles spin?\n\nMy zorble stops after one turn. Why does it not keep spinning like the others?\n\nAsked by Ada Marr\n\nA zorble keeps spinning only while its axle is oiled; oil it weekly.\n\nanswered by Tom Vell\n\nComments\n\nThat fixed mine, thanks.\n\nAlso check that the base is level, or it wobbles to a stop.\n\nanswered by Ida Quimby\n\nComments",
			[]string{"That fixed mine", "base is level"}, nil},
		{"one header closes the story",
			"Quimby council opens two allotment sites\n\nThe council opened two sites on Friday.\n\nEach holds forty plots.\n\nThe sites open at eight.\n\n3 Comments\n\nGreat news for the town.\n\nAbout time too.",
			[]string{"sites open at eight"}, []string{"Great news", "About time"}},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range tc.keep {
			if !strings.Contains(a.Text, k) {
				t.Errorf("%s: lost %q; text %q", tc.name, k, a.Text)
			}
		}
		for _, d := range tc.drop {
			if strings.Contains(a.Text, d) {
				t.Errorf("%s: kept %q; text %q", tc.name, d, a.Text)
			}
		}
	}
}
