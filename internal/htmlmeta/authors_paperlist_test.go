package htmlmeta

import (
	"slices"
	"testing"
)

// TestPaperAuthorList covers rule authorPaperAuthorList: a paper whose
// dc.creator names its first author and whose citation metas name all
// of them has all of them as authors; a page whose citation list does not
// hold the meta's name keeps the meta's.
func TestPaperAuthorList(t *testing.T) {
	for _, tc := range []struct {
		name, metas string
		want        []string
	}{
		{"first author in dc.creator", `<meta name="DC.Creator" content="Ilse Marwood"><meta name="citation_authors" content="Ilse Marwood"><meta name="citation_authors" content="Teodor Vasko"><meta name="citation_authors" content="Runa Pell">`,
			[]string{"Ilse Marwood", "Teodor Vasko", "Runa Pell"}},
		{"inverted citation names", `<meta name="author" content="Ilse Marwood"><meta name="citation_author" content="Marwood, Ilse"><meta name="citation_author" content="Vasko, Teodor">`,
			[]string{"Ilse Marwood", "Teodor Vasko"}},
		{"another name", `<meta name="author" content="Oda Brennick"><meta name="citation_author" content="Marwood, Ilse"><meta name="citation_author" content="Vasko, Teodor">`,
			[]string{"Oda Brennick"}},
	} {
		page := `<html><head><title>Tide pools and the winter birds</title>` + tc.metas + `</head><body><h1>Tide pools and the winter birds</h1><p>We counted the birds at four tide pools over three winters and found fewer each year.</p></body></html>`
		m := Extract(parse(t, page), "", testNow)
		if !slices.Equal(m.Authors, tc.want) {
			t.Errorf("%s: authors %q, want %q", tc.name, m.Authors, tc.want)
		}
	}
}
