package htmlextract

import "testing"

// TestAboutAuthor: rule "about-author" drops a labelled author box among
// the text's last blocks, the label with its bio in one block or the label
// alone with the bio under it; a heading so worded, a section so titled
// higher up, and a sentence that merely opens with the label's words,
// stay.
func TestAboutAuthor(t *testing.T) {
	page := func(text string) string {
		return `<html><body><main><article><h1>Night buses return to the valley</h1>` + text + `</article></main></body></html>`
	}
	bio := "Ilse Brandt is a night editor who has covered the valley's buses for a decade."
	for _, tc := range []struct {
		name, page, needle string
		want               bool // the line stays
	}{
		{"label and bio", page(points(10) + `<p>About the author: ` + bio + `</p><p>Which route do you ride at night?</p>`), "night editor", false},
		{"label alone", page(points(10) + `<p>About the Author:</p><p>` + bio + `</p>`), "night editor", false},
		{"label alone, the label", page(points(10) + `<p>About the Author:</p><p>` + bio + `</p>`), "About the Author", false},
		{"heading", page(points(10) + `<h2>About the author</h2><p>` + bio + `</p>`), "night editor", true},
		{"section higher up", page(points(4) + `<h2>About the author</h2><p>` + bio + `</p>` + pointRange(4, 10)), "night editor", true},
		{"sentence", page(points(10) + `<p>About the authority's plan, riders were split.</p>`), "riders were split", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, tc.needle, "line", tc.want)
			checkKept(t, a, "Point 3", "text", true)
		})
	}
}
