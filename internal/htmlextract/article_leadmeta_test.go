package htmlextract

import "testing"

// TestLeadMeta: rule "lead-meta" drops a reading-time line among the
// body's first blocks and a date label left alone anywhere; a
// reading-time line further down and sentences opening with a label
// word stay.
func TestLeadMeta(t *testing.T) {
	page := func(lead, tail string) string {
		return `<html><body><main><article><h1>Night buses return to the valley</h1>` + lead + points(10) + tail + `</article></main></body></html>`
	}
	for _, tc := range []struct {
		name, page, needle string
		want               bool // the line stays
	}{
		{"reading time", page(`<p>Transport desk | 6 min read</p>`, ``), "6 min read", false},
		{"reading time in minutes", page(`<p>4 minutes read</p>`, ``), "4 minutes read", false},
		{"date label", page(`<p>Published on</p><p><time datetime="2031-03-03"></time></p>`, ``), "Published on", false},
		{"date label at the end", page(``, `<p>Last updated:</p>`), "Last updated", false},
		{"reading time further down", page(``, `<p>Transport desk | 6 min read</p>`), "6 min read", true},
		{"label in a sentence", page(`<p>Posted on the depot's notice board, the timetable starts on Monday.</p>`, ``), "notice board", true},
		{"sentence", page(``, `<p>Updated timetables are posted at every stop.</p>`), "Updated timetables", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, tc.needle, "line", tc.want)
			checkKept(t, a, "Point 9", "text", true)
		})
	}
}

// TestReadingTimeLine is a table test of readingTimeLine and dateLabelLine.
func TestReadingTimeLine(t *testing.T) {
	for _, tc := range []struct {
		in             string
		reading, label bool
	}{
		{"Mara Quist · 3 March 2031 · 6 min read", true, false},
		{"12 mins read", true, false},
		{"Posted on:", false, true},
		{"LAST UPDATED", false, true},
		{"Updated on 3 March 2031", false, false},
		{"Admin", false, false},
	} {
		if got := readingTimeLine(tc.in); got != tc.reading {
			t.Errorf("readingTimeLine(%q) = %v, want %v", tc.in, got, tc.reading)
		}
		if got := dateLabelLine(tc.in); got != tc.label {
			t.Errorf("dateLabelLine(%q) = %v, want %v", tc.in, got, tc.label)
		}
	}
}
