package htmlextract

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestHeadlinePart covers headlinePart's forms and bounds (rule
// "lead-lines"): the headline may open or close the title; the site's
// name, the shorter part, is never the headline, nor is a part shorter
// than minHeadlinePart.
func TestHeadlinePart(t *testing.T) {
	for _, tc := range []struct {
		title, line string
		want        bool
	}{
		{"Mill to close after 80 years | Valley Gazette", "Mill to close after 80 years", true},
		{"Mill to close after 80 years - Valley Gazette", "Valley Gazette", false},
		{"Valley Gazette - Mill to close after 80 years", "Valley Gazette", false},
		{"News - Mill shut", "Mill shut", false},
	} {
		x := &extractor{a: &model.Article{Title: tc.title}}
		if got := x.headlinePart(tc.line); got != tc.want {
			t.Errorf("title %q, line %q: %v, want %v", tc.title, tc.line, got, tc.want)
		}
	}
}
