package htmlmeta

import "testing"

// TestAuthorPaperName covers rule authorPaperName: the copyright notice
// of a paper named with a newspaper's word is the publisher's, not an
// author's; a person's notice still names the person.
func TestAuthorPaperName(t *testing.T) {
	for _, tc := range []struct{ notice, want string }{
		{"Copyright 2004 Valley Courier", ""},
		{"© 2004 Northfield Herald", ""},
		{"© 2004 Mara Quist", "Mara Quist"},
	} {
		page := `<html><head><title>Mill to reopen</title><meta property="article:published_time" content="2004-03-03"></head><body>` +
			`<p>The old paper mill on the river will reopen in the spring with about 80 jobs, its new owners said.</p><p>` + tc.notice + `</p></body></html>`
		m := Extract(parse(t, page), "", testNow)
		got := ""
		if len(m.Authors) > 0 {
			got = m.Authors[0]
		}
		if got != tc.want {
			t.Errorf("%q: author %q, want %q", tc.notice, got, tc.want)
		}
	}
}
