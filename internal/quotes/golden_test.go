package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// goldenQuote is a quote as the golden files show it: the text, the form and
// the speaker, with the mention's text rather than its offsets (easier to
// read and review).
type goldenQuote struct {
	Form           string `json:"form"`
	Text           string `json:"text"`
	Speaker        string `json:"speaker,omitempty"`
	SpeakerMention string `json:"speaker_mention,omitempty"`
	SpeakerIsGroup bool   `json:"speaker_is_group,omitempty"`
}

type goldenPerson struct {
	Name     string   `json:"name"`
	Roles    []string `json:"roles,omitempty"`
	Mentions []string `json:"mentions,omitempty"`
}

type goldenDoc struct {
	Quotes []goldenQuote  `json:"quotes"`
	People []goldenPerson `json:"people"`
}

// TestGolden runs Extract and people.Find on the synthetic articles under
// testdata (*.txt) and compares with the *.golden.json next to them.
// Run with -update to rewrite the golden files after a deliberate change.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			var got goldenDoc
			for _, q := range Extract(text, Options{}) {
				checkOffsets(t, text, q)
				got.Quotes = append(got.Quotes, goldenQuote{q.Form, q.Text, q.Speaker, q.SpeakerMention, q.SpeakerIsGroup})
			}
			for _, p := range people.Find(text) {
				mp := p.Model()
				got.People = append(got.People, goldenPerson{mp.Name, mp.Roles, mp.Mentions})
			}
			golden.JSON(t, strings.TrimSuffix(f, ".txt")+".golden.json", got)
		})
	}
}

// checkOffsets asserts the offset contract of a quote.
func checkOffsets(t *testing.T, text string, q model.Quote) {
	t.Helper()
	if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
		t.Fatalf("bad span [%d,%d) in %d bytes", q.Start, q.End, len(text))
	}
	if text[q.Start:q.End] != q.Text {
		t.Fatalf("Text %q != text[Start:End] %q", q.Text, text[q.Start:q.End])
	}
	if (q.SpeakerStart == nil) != (q.SpeakerEnd == nil) {
		t.Fatalf("one speaker offset without the other")
	}
	if q.SpeakerStart != nil {
		s, e := *q.SpeakerStart, *q.SpeakerEnd
		if s < 0 || e > len(text) || s >= e || text[s:e] != q.SpeakerMention {
			t.Fatalf("speaker span [%d,%d) does not hold %q", s, e, q.SpeakerMention)
		}
	}
	// Parts (rule quoteParts): none or at least two, of a direct or block
	// quote, non-empty, in text order, inside its span.
	if len(q.Parts) == 1 || len(q.Parts) > 0 && q.Form != model.QuoteDirect && q.Form != model.QuoteBlock {
		t.Fatalf("%s quote with %d parts", q.Form, len(q.Parts))
	}
	prev := q.Start
	for _, p := range q.Parts {
		if p.Start < prev || p.End <= p.Start || p.End > q.End {
			t.Fatalf("part [%d,%d) out of order or outside [%d,%d)", p.Start, p.End, q.Start, q.End)
		}
		prev = p.End
	}
}
