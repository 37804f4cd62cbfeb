package textclean

import (
	"slices"
	"testing"
	"time"
)

// bylineBody is an invented story under the bylines under test.
const bylineBody = "Die Band spielte am Freitag vor ausverkauftem Haus in der alten Halle am Hafen und stellte dabei ihr neues Album vor.\n\n" +
	"Nach zwei Stunden und drei Zugaben verabschiedete sich die Sängerin mit einem Dank an die Crew, die seit Wochen unterwegs ist.\n"

// TestBylineSeparators: rule byline-separators ends the names at the
// byline's separator, before its date or its reading time.
func TestBylineSeparators(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ line, date string }{
		{"Von Julia Becker // 3. März 2026", "2026-03-03"},
		{"By Jane Roe • 5 min read", ""},
		{"By Jane Roe · March 3, 2026", "2026-03-03"},
	} {
		a, _ := Extract("Eine Nacht in der alten Halle\n\n"+c.line+"\n\n"+bylineBody, Options{Now: now})
		if len(a.Authors) != 1 || a.Authors[0] != "Julia Becker" && a.Authors[0] != "Jane Roe" {
			t.Errorf("%q: authors %q", c.line, a.Authors)
		}
		got := ""
		if a.Dates.Published != nil {
			got = a.Dates.Published.Value
		}
		if got != c.date {
			t.Errorf("%q: published %q, want %q", c.line, got, c.date)
		}
	}
}

// TestBylineAfterLead: rule byline-after-lead reads a byline under the
// standfirst of a text that opens without its headline.
func TestBylineAfterLead(t *testing.T) {
	text := "Zum Abschluss der Tournee spielte die Band in ihrer Heimatstadt, und das Konzert war Wochen vorher ausverkauft.\n\n" +
		"Von Julia Becker\n\n" + bylineBody
	a, _ := Extract(text, Options{})
	if !slices.Equal(a.Authors, []string{"Julia Becker"}) {
		t.Errorf("authors %q, want Julia Becker", a.Authors)
	}
	if len(a.Body) != 3 {
		t.Errorf("body %d blocks, want 3 (the byline removed)", len(a.Body))
	}
}
