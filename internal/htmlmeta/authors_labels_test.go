package htmlmeta

import (
	"slices"
	"testing"
)

// TestContributorLabel pins rule authorContributorLabel: a short text
// labelling its writer "Contributor:" or "Contributors:" names them; a
// sentence about contributors does not. Invented pages.
func TestContributorLabel(t *testing.T) {
	for _, tt := range []struct {
		box  string
		want []string
	}{
		{`<section class="guide-meta"><p><em>Contributors:</em> Lena Marsh</p></section>`, []string{"Lena Marsh"}},
		{`<div><b>Contributor:</b> Tom Grey</div>`, []string{"Tom Grey"}},
		{`<div>Contributors to the fund met in Leith on Monday.</div>`, nil},
	} {
		if got := boxAuthors(t, tt.box); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.box, got, tt.want)
		}
	}
}

// TestAsideLabel pins rule authorAsideLabel: a post's facts panel in an
// <aside> labelling its writer ("Author", then the name) names them; an
// aside labelling no one names no one. Invented pages.
func TestAsideLabel(t *testing.T) {
	for _, tt := range []struct {
		box  string
		want []string
	}{
		{`<aside><section><h4>Filed under</h4><p>Transport</p></section><section><h4>Author</h4><p>Lena Marsh</p></section></aside>`, []string{"Lena Marsh"}},
		{`<aside><section><h4>Filed under</h4><p>Transport</p></section><section><h4>Topic</h4><p>Lena Marsh</p></section></aside>`, nil},
	} {
		if got := boxAuthors(t, tt.box); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.box, got, tt.want)
		}
	}
}

// boxAuthors is the authors Extract reads from an English story's page
// (a headline and a paragraph in an <article>) that ends with box.
func boxAuthors(t *testing.T, box string) []string {
	t.Helper()
	page := `<html lang="en"><head><title>Ferry fares rise again</title></head><body><article><h1>Ferry fares rise again</h1><p>` +
		tramText + `</p>` + box + `</article></body></html>`
	return Extract(parse(t, page), "", testNow).Authors
}
