package htmlmeta

import (
	"slices"
	"testing"
)

// leadingDateCases: bylines that give the day before the name (rule
// authorLeadingDate), and ones the rule must leave alone.
var leadingDateCases = []struct {
	in   string
	want []string
}{
	{"Feb 9, 2026 Tamsin Q. Orrell", []string{"Tamsin Q. Orrell"}},
	{"9. Februar 2026 Tamsin Orrell", []string{"Tamsin Orrell"}},
	{"2026-02-09 Tamsin Orrell", []string{"Tamsin Orrell"}},
	{"12.03.2026 - Tamsin Orrell", []string{"Tamsin Orrell"}},
	{"Tamsin Orrell Feb 9, 2026", []string{"Tamsin Orrell"}},
}

func TestLeadingDate(t *testing.T) {
	for _, tc := range leadingDateCases {
		if got := splitAuthors(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLeadingDateNotMonth: a word that is no month opens no date.
func TestLeadingDateNotMonth(t *testing.T) {
	for _, s := range []string{"Gate 9, 2026 Tamsin Orrell", "Feb 9, 2026 the team"} {
		if got := cutLeadingDate(s); got != s {
			t.Errorf("cutLeadingDate(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestLeadingDatePage: the day and the name in sibling spans of a byline
// element give the name.
func TestLeadingDatePage(t *testing.T) {
	page := `<html><head><title>Signed builds on borrowed machines</title></head><body><main><div class="post-author"><span class="s1">Feb 9, 2026</span><span class="s1">Tamsin Q. Orrell</span></div>
<h1>Signed builds on borrowed machines</h1><p>When a build runs on a machine you do not own, how do you know what it built? We tried three answers this winter.</p></main></body></html>`
	m := Extract(parse(t, page), "", testNow)
	if want := []string{"Tamsin Q. Orrell"}; !slices.Equal(m.Authors, want) {
		t.Errorf("authors %q, want %q", m.Authors, want)
	}
}
