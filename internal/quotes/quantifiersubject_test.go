package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// sentenceQuote is a quote's text, form and speaker mention.
type sentenceQuote struct {
	text    string
	form    string
	mention string
}

// checkSentenceQuotes runs Extract on text and compares each quote's text,
// form and speaker mention with want.
func checkSentenceQuotes(t *testing.T, text string, want []sentenceQuote) {
	t.Helper()
	checkExtracted(t, text, want, func(q model.Quote) sentenceQuote { return sentenceQuote{q.Text, q.Form, q.SpeakerMention} })
}

// TestQuantifierSubject pins rule quantifierSubject on invented sentences:
// a bare quantifier standing for people speaks with a verb of saying after
// it; "most" before an -ing form is a superlative, and "some" inside a
// clause is a determiner ("has some say").
func TestQuantifierSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []sentenceQuote
	}{
		{"many opening the sentence",
			"Many say the board acted too late.",
			[]sentenceQuote{{"the board acted too late", model.QuoteIndirect, "Many"}}},
		{"some opening the sentence",
			"Some say the board acted too late.",
			[]sentenceQuote{{"the board acted too late", model.QuoteIndirect, "Some"}}},
		{"others after a conjunction",
			"The ferry sailed at dawn, and others argue that the crossing was never safe.",
			[]sentenceQuote{{"that the crossing was never safe", model.QuoteIndirect, "others"}}},
		{"most with an auxiliary",
			"Most have said the timetable should change.",
			[]sentenceQuote{{"the timetable should change", model.QuoteIndirect, "Most"}}},
		{"most as a superlative",
			"Perhaps most telling, however, were the ferry logs kept in May.",
			nil},
		{"some as a determiner",
			"The island council has some say in the ferry timetable.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSentenceQuotes(t, tt.text, tt.want) })
	}
}
