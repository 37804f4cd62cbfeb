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

// TestSiteMiddle pins rule titleSiteMiddle: an article's <title> of
// headline, site and tagline is titled by the headline; a page that is no
// article keeps the name set between two others. Invented pages with no
// heading.
func TestSiteMiddle(t *testing.T) {
	const title = "Ferry fares rise again - Harbour Courier - Local news from Kellan"
	for _, tt := range []struct{ ogType, want string }{
		{"article", "Ferry fares rise again"},
		{"website", title},
	} {
		page := `<html lang="en"><head><title>` + title + `</title><meta property="og:site_name" content="Harbour Courier"><meta property="og:type" content="` + tt.ogType +
			`"></head><body><article><p>` + tramText + `</p></article></body></html>`
		if got := Extract(parse(t, page), "https://courier.example/news/ferry-fares", testNow).Title; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.ogType, got, tt.want)
		}
	}
}
