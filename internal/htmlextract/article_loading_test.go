package htmlextract

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLoadingLines: rule "loading-placeholder" drops the placeholders a
// page's scripts show until they fetch a part; a heading or sentence
// about loading stays.
func TestLoadingLines(t *testing.T) {
	page := `<html><body><main><article><h1>Night buses return to the valley</h1>` + points(6) +
		`<div class="slot"><p>Loading timetable...</p></div><p>Loading comments…</p>` +
		`<h2>Loading times at the depot</h2><p>Loading the buses with bicycles takes the drivers ten minutes at each stop.</p>` +
		pointRange(6, 10) + `</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Loading timetable", "placeholder", false)
	checkKept(t, a, "Loading comments", "placeholder", false)
	checkKept(t, a, "Loading times at the depot", "heading", true)
	checkKept(t, a, "takes the drivers", "sentence", true)
	checkKept(t, a, "Point 9", "text", true)
}

// TestLoadingLine is a table test of loadingLine.
func TestLoadingLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Loading...":           true,
		"loading the map…":     true,
		"Wird geladen...":      true,
		"Loading":              false,
		"Loading the ferry...": true,
		"Loading the night ferry takes an hour...": false,
		"Unloading...": false,
	} {
		if got := loadingLine(in); got != want {
			t.Errorf("loadingLine(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestLoadingShell: a body of placeholders alone is an app's empty shell
// and keeps them (rule "app-state" reads it as such); one line of text
// beside them and they go.
func TestLoadingShell(t *testing.T) {
	for _, tc := range []struct {
		what  string
		body  []string
		wantN int
	}{
		{"shell", []string{"Loading...", "Loading the map…"}, 2},
		{"text beside", []string{"Loading...", "The ferry leaves at six from the north pier."}, 1},
	} {
		x := &extractor{a: &model.Article{}}
		for _, s := range tc.body {
			x.a.Body = append(x.a.Body, model.Block{Kind: model.KindParagraph, Text: s})
		}
		x.dropLoadingLines()
		if len(x.a.Body) != tc.wantN {
			t.Errorf("%s: %d blocks left, want %d", tc.what, len(x.a.Body), tc.wantN)
		}
	}
}
