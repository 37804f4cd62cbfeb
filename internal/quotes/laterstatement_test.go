package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLaterStatement pins rule laterStatement on invented sentences: a
// partial quote in the clause of a verb before it does not hide a second
// attribution later in the sentence.
func TestLaterStatement(t *testing.T) {
	tests := []struct {
		name, text string
		want       []sentenceQuote
	}{
		{"and said after a partial quote",
			`Ben Tarrow called the vote "a blank cheque" and said the ferry would cost at least £14 million.`,
			[]sentenceQuote{
				{"a blank cheque", model.QuotePartial, "Ben Tarrow"},
				{"the ferry would cost at least £14 million", model.QuoteIndirect, "Ben Tarrow"},
			}},
		{"a second partial quote",
			`Lena Voss said the timetable was "a pack of guesses" and warned that the winter crossings would be "cut to the bone".`,
			[]sentenceQuote{
				{"a pack of guesses", model.QuotePartial, "Lena Voss"},
				{"cut to the bone", model.QuotePartial, "Lena Voss"},
			}},
		{"nothing after",
			`Ben Tarrow called the vote "a blank cheque" on Monday night.`,
			[]sentenceQuote{{"a blank cheque", model.QuotePartial, "Ben Tarrow"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSentenceQuotes(t, tt.text, tt.want) })
	}
}
