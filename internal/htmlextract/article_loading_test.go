package htmlextract

import "testing"

// TestLoadingLines: rule "loading-placeholder" drops the placeholders a
// page's scripts show until they fetch a part; a heading or sentence
// about loading stays.
func TestLoadingLines(t *testing.T) {
	page := `<html><body><main><article><h1>Night buses return to the valley</h1>` + points(6) +
		`<div class="slot"><p>Loading timetable...</p></div><p>Loading comments…</p>` +
		`<h2>Loading times at the depot</h2><p>Loading the buses with bicycles takes the drivers ten minutes at each stop.</p>` +
		points(10)[len(points(6)):] + `</article></main></body></html>`
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
