package textclean

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestTOCList pins rule toc-list: the entries under a table of contents
// header that recur below as crossheads are list items; the crossheads
// stay headings, and lines under the header that do not recur stay what
// they were.
func TestTOCList(t *testing.T) {
	text := "How the island ferry timetable works\n\nContents\n\nWhat changes in January\n\nWho is affected\n\n" +
		"The harbour council voted on Tuesday to approve a reduced winter timetable for the island ferry, cutting two evening crossings from January.\n\n" +
		"What changes in January\n\nFrom January the last boat will leave the mainland at 6pm instead of 9pm, the council wrote to islanders after its vote.\n\n" +
		"Who is affected\n\nShift workers and students at the evening college will be hit hardest, according to the island's residents' association.\n"
	a, _ := Extract(text, Options{})
	var kinds []string
	for _, b := range a.Body {
		kinds = append(kinds, b.Kind)
	}
	want := []string{model.KindParagraph, model.KindListItem, model.KindListItem, model.KindParagraph,
		model.KindHeading, model.KindParagraph, model.KindHeading, model.KindParagraph}
	if !slices.Equal(kinds, want) {
		t.Fatalf("kinds %q, want %q", kinds, want)
	}
	// one entry alone is no table of contents
	a, _ = Extract("How the island ferry timetable works\n\nContents\n\nWho is affected\n\nThe harbour council voted on Tuesday to approve a reduced winter timetable.\n\nWho is affected\n\nShift workers will be hit hardest, according to the island's residents' association.\n", Options{})
	for _, b := range a.Body {
		if b.Kind == model.KindListItem {
			t.Errorf("one entry read as a list: %+v", a.Body)
		}
	}
}
