package ingest

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPublishedValue: rule jsonl-date-keys' forms. A time of day without
// a zone, to the minute or with fractions of a second, gives its day; a
// date in words is no date.
func TestPublishedValue(t *testing.T) {
	for in, want := range map[string]string{
		"2026-03-04T17:45:00Z":    "2026-03-04T17:45:00Z",
		"2026-03-04":              "2026-03-04",
		"2026-03-04 17:45:00":     "2026-03-04",
		"2026-03-04 17:45:00.250": "2026-03-04",
		"2026-03-04T17:45":        "2026-03-04",
		"2026-03-04 17:45":        "2026-03-04",
		// rule jsonl-space-zone: the zone makes it an instant
		"2026-03-04 17:45:00+02:00":     "2026-03-04T17:45:00+02:00",
		"2026-03-04 17:45:00.250+02:00": "2026-03-04T17:45:00.250+02:00",
		"2026-03-04 17:45Z":             "2026-03-04T17:45:00Z",
		"2026-03-04T17:45-05:00":        "2026-03-04T17:45:00-05:00",
		"4 March 2026":                  "",
		"":                              "",
	} {
		if got := publishedValue(in); got != want {
			t.Errorf("publishedValue(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLineMetaAuthors: rule jsonl-metadata. "authors" wins over "author"
// (read when "authors" names none), and an article's own authors win over
// the line's.
func TestLineMetaAuthors(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{`{"authors": ["Ruth Amsel"], "author": "Ole Lind"}`, []string{"Ruth Amsel"}},
		{`{"authors": [], "author": "Ole Lind; Ida Varn"}`, []string{"Ole Lind", "Ida Varn"}},
	} {
		var j JSONLine
		if err := json.Unmarshal([]byte(tc.line), &j); err != nil {
			t.Fatal(err)
		}
		if m := lineMeta(j); m == nil || !slices.Equal(m.Authors, tc.want) {
			t.Errorf("%s: meta %+v, want authors %q", tc.line, m, tc.want)
		}
	}
	a := &model.Article{Authors: []string{"Page Byline"}}
	(&Meta{Authors: []string{"Ole Lind"}}).fill(a)
	if !slices.Equal(a.Authors, []string{"Page Byline"}) {
		t.Errorf("fill: authors %q, want the page's own", a.Authors)
	}
}

// TestFillDeclaredOutlet: rule jsonl-outlet-declared. A text line with an
// address and a "source" came in under the name the text path guessed
// from the host, the line's outlet dropped; a line naming none keeps the
// guess.
func TestFillDeclaredOutlet(t *testing.T) {
	a := &model.Article{Outlet: "Harbourgazette"}
	(&Meta{Outlet: "The Harbour Gazette"}).fill(a)
	if a.Outlet != "The Harbour Gazette" {
		t.Errorf("fill: outlet %q, want the line's", a.Outlet)
	}
	a = &model.Article{Outlet: "Harbourgazette"}
	(&Meta{Title: "Ferry fares rise"}).fill(a)
	if a.Outlet != "Harbourgazette" {
		t.Errorf("fill without a declared outlet: outlet %q, want the pipeline's", a.Outlet)
	}
}
