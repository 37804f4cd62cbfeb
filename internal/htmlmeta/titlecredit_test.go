package htmlmeta

import (
	"slices"
	"testing"
)

// TestTitleCredit pins rule titleCreditSegment: a <title> segment that is
// "by" and a person's name, as newsletter and blog platforms set it, is
// cut from the title with what follows, and credits the writer of a page
// whose body names none; a segment of "by" and words that are no name
// stays. Invented pages with no heading.
func TestTitleCredit(t *testing.T) {
	for _, tt := range []struct {
		title, want string
		authors     []string
	}{
		{"Ferry fares rise again - by Lena Marsh - The Island Letter", "Ferry fares rise again", []string{"Lena Marsh"}},
		{"Ferry fares rise again | by Lena Marsh | Harbour Notes | Longform", "Ferry fares rise again", []string{"Lena Marsh"}},
		{"Ferry fares rise again - By the Numbers", "Ferry fares rise again - By the Numbers", nil},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title><meta property="og:type" content="article"></head><body><article><p>` + tramText + `</p></article></body></html>`
		m := Extract(parse(t, page), "", testNow)
		if m.Title != tt.want || !slices.Equal(m.Authors, tt.authors) {
			t.Errorf("%q: title %q, authors %q; want %q, %q", tt.title, m.Title, m.Authors, tt.want, tt.authors)
		}
	}
}
