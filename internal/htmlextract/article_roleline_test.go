package htmlextract

import (
	"strings"
	"testing"
)

// TestRoleLines: rule "role-line" drops a job title alone over the text
// and a name with its title closing it, on a page naming its author; the
// same line in the middle of the text, a link's label, a sentence, and a
// page without author metadata keep theirs.
func TestRoleLines(t *testing.T) {
	page := func(author, lead, tail string) string {
		head := `<head><meta name="author" content="` + author + `"></head>`
		if author == "" {
			head = ""
		}
		return `<html>` + head + `<body><main><article><h1>Night buses return to the valley</h1>` + lead + points(10) + tail + `</article></main></body></html>`
	}
	for _, tc := range []struct {
		name, page, needle string
		want               bool // the line stays
	}{
		{"title over the text", page("Ilse Brandt", `<p>Night Desk Editor</p>`, ``), "Night Desk Editor", false},
		{"sign-off", page("Ilse Brandt", ``, `<p>Ilse Brandt, Founder of Valley Weekly</p>`), "Founder of Valley", false},
		{"no author metadata", page("", `<p>Night Desk Editor</p>`, ``), "Night Desk Editor", true},
		{"link label", page("Ilse Brandt", ``, `<p>More By This Writer</p>`), "More By This Writer", true},
		{"sentence", page("Ilse Brandt", `<p>The night editor rode the last bus.</p>`, ``), "night editor rode", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, tc.needle, "line", tc.want)
			checkKept(t, a, "Point 9", "text", true)
		})
	}
	// in the middle of the text
	mid := page("Ilse Brandt", ``, ``)
	mid = strings.Replace(mid, `<p>Point 5`, `<p>Night Desk Editor</p><p>Point 5`, 1)
	checkKept(t, mustExtract(t, mid), "Night Desk Editor", "line mid-text", true)
}

// TestRoleLine is a table test of roleLine.
func TestRoleLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Senior Night Reporter":                         true,
		"Co-founder and Head of Research":               true,
		"Ilse Brandt, Night Desk Editor":                true,
		"Night Desk":                                    false,
		"More By This Writer":                           false,
		"The editor rode the bus":                       false,
		"Senior Editor of the Valley Buses Weekly Desk": false,
	} {
		if got := roleLine(in); got != want {
			t.Errorf("roleLine(%q) = %v, want %v", in, got, want)
		}
	}
}
