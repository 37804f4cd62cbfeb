package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestOpenTailSpeaker: a speaker phrase ending in a preposition ("full
// of") names no one, and the verb coordinated with its report still
// reads its own report, without a speaker (rule openTailSpeaker).
// Invented text.
func TestOpenTailSpeaker(t *testing.T) {
	text := "Ferry notes from Orvania\n\n" +
		"The mayor's address at the quay was full of pledges to rebuild the pier and promising to reopen the north ferry route by spring."
	checkSpoken(t, text, []spoken{
		{"rebuild the pier", "", ""},
		{"reopen the north ferry route by spring", "", ""},
	})
	checkPredicate(t, "openTailMention", openTailMention, []predicateCase{
		{"full of", true},
		{"a tally from", true},
		{"the most", true},
		{"the ferry trust - a third of", true},
		{"notes on the pier (", true},
		{"most", false},
		{"From", false},
		{"a pilot who knew the reef and described the storm as", false},
		{"the ferry trust", false},
		{"Ada Quell", false},
	})
}

// TestOpenTailDash: a mention whose open tail follows a spaced dash keeps
// the phrase before the dash as its speaker (rule openTailSpeaker).
// Invented text.
func TestOpenTailDash(t *testing.T) {
	text := "Tolls will rise, the Orvania Budget Office - half a share of"
	start := len("Tolls will rise, ")
	end := len(text)
	m := text[start:end]
	q := model.Quote{Speaker: m, SpeakerMention: m, SpeakerStart: &start, SpeakerEnd: &end}
	x := &extractor{text: text}
	x.openTail(&q)
	if want := "the Orvania Budget Office"; q.Speaker != want || q.SpeakerMention != want || q.SpeakerEnd == nil || text[start:*q.SpeakerEnd] != want {
		t.Errorf("openTail: speaker %q mention %q, want %q", q.Speaker, q.SpeakerMention, want)
	}
}
