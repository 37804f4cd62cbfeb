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

// TestCommentStamps: rule comment-stamps runs a comment section past each
// comment's time stamp and buttons, to the related box after it.
func TestCommentStamps(t *testing.T) {
	text := "Harbour council approves new ferry timetable\n\nBy Jane Roe\n\n" +
		"The harbour council voted on Tuesday to extend the ferry timetable into the winter months, ending a long dispute.\n\n" +
		"The new schedule adds two crossings a day from November, the council said in a statement.\n\n" +
		"Opponents said the cost would fall on local taxpayers.\n\n" +
		"32 comments\n\nSam_K\n\n2 hours ago\n\nAbout time too.\n\nShare\n\nReply\n\nMira T.\n\n1 hour ago\n\nStill not enough crossings at weekends.\n\nReply\n"
	a, _ := Extract(text, Options{})
	if len(a.Body) != 3 {
		var got []string
		for _, b := range a.Body {
			got = append(got, b.Text)
		}
		t.Errorf("body %q, want the story's 3 blocks", got)
	}
}

// ferryStory is a headline and a story of two paragraphs, for the rules
// that remove what follows a story.
const ferryStory = "Harbour council approves new ferry timetable\n\n" +
	"The harbour council voted on Tuesday to extend the ferry timetable into the winter months, ending a long dispute.\n\n" +
	"The new schedule adds two crossings a day from November, the council said in a statement."

// checkBodyBlocks fails t unless text's body holds n blocks (the story's).
func checkBodyBlocks(t *testing.T, text string, n int) {
	t.Helper()
	a, _ := Extract(text, Options{})
	if len(a.Body) != n {
		t.Errorf("body %d blocks, want the story's %d: %+v", len(a.Body), n, a.Body)
	}
}

// TestRatingAnswers: rule rating-answers removes the answer buttons under
// a rating question.
func TestRatingAnswers(t *testing.T) {
	text := ferryStory + "\n\n" +
		"War dieser Artikel hilfreich?\n\nJa\n\nNein\n"
	checkBodyBlocks(t, text, 2)
}

// TestCommentsAfterPrompt: rule comments-after-prompt runs the comment
// section under a short story when its header follows a comments prompt.
func TestCommentsAfterPrompt(t *testing.T) {
	text := ferryStory + "\n\n" +
		"Join the conversation\n\n32 comments\n\nSam_K\n\nAbout time too.\n\nMira T.\n\nStill not enough crossings at weekends.\n"
	checkBodyBlocks(t, text, 2)
}

// TestCommentsAfterPromptNoStory: rule comments-after-prompt needs a
// story above: a comments prompt and header over the page's first lines
// (a comment count in the header) run nothing, the story under them
// stays.
func TestCommentsAfterPromptNoStory(t *testing.T) {
	text := "Harbour council approves new ferry timetable\n\nJoin the conversation\n\n32 comments\n\n" +
		"The harbour council voted on Tuesday to extend the ferry timetable into the winter months, ending a long dispute.\n\n" +
		"The new schedule adds two crossings a day from November, the council said in a statement.\n"
	checkBodyBlocks(t, text, 2)
}
