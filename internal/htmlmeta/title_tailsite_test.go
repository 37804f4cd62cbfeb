package htmlmeta

import "testing"

// stripSiteTailSegmentTests pin rule titleTailBeforeSite on invented
// titles: a closing segment that holds the rest of the headline and the
// site behind a weaker separator loses only the site; a closing segment
// that is the site alone, or holds only site names, goes whole.
var stripSiteTailSegmentTests = []struct{ in, want string }{
	{"Quillon Kettle - Camp Edition – Quillon", "Quillon Kettle - Camp Edition"},
	{"Quillon Kettle - Camp Edition - Quillon", "Quillon Kettle - Camp Edition"},
	{"Quillon Kettle - Quillon – Quillon Shop", "Quillon Kettle"},
	{"Fares rise again - Quillon", "Fares rise again"},
}

func TestStripSiteTailSegment(t *testing.T) {
	sites := []string{"quillon", "quillonexample"}
	for _, tt := range stripSiteTailSegmentTests {
		if got := stripSite(tt.in, sites); got != tt.want {
			t.Errorf("stripSite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
