package htmlmeta

import (
	"slices"
	"testing"
)

// TestNameAboveDate pins rule authorNameAboveDate: bare names in an
// element of their own right above the date line are the byline; two
// capitalised words that open with no given name (a place, a kicker) are
// not, nor is a name above a line that is no date. Invented people.
func TestNameAboveDate(t *testing.T) {
	for _, tt := range []struct {
		afterH1 string
		want    []string
	}{
		{`<p>Lena Marsh</p><p>12 November 2024</p>`, []string{"Lena Marsh"}},
		{`<p>Lena Marsh</p><p>November 12, 2024, 8:00 a.m.</p>`, []string{"Lena Marsh"}},
		{`<p>LENA MARSH</p><p>Published 12 November 2024 · 3 min read</p>`, []string{"Lena Marsh"}},
		{`<p>The island faces a hard winter.</p><p>Lena Marsh</p><p>Tue 12 Nov 2024 08.00 GMT</p>`, []string{"Lena Marsh"}},
		{`<p>Lena Marsh</p><p>Le 12/11/2024 à 08:00</p>`, []string{"Lena Marsh"}},
		{`<p>Lena Marsh and Tom Grey</p><p>12 November 2024</p>`, []string{"Lena Marsh", "Tom Grey"}},
		// A place or a kicker above the date.
		{`<p>New York</p><p>12 November 2024</p>`, nil},
		{`<p>Climate Crisis</p><p>12 November 2024</p>`, nil},
		// A photographer's credit above the date is no byline.
		{`<div class="image"><p class="photo-credit">Ann Black</p></div><p>12 November 2024</p>`, nil},
		{`<p class="image-credit">Ann Black</p><p>12 November 2024</p>`, nil},
		// A listing's cards: each story's writer above its day.
		{`<h2>Ferry service cut</h2><p>Lena Marsh</p><p>12 November 2024</p><h2>Bridge plans shelved</h2><p>Tom Grey</p><p>11 November 2024</p>`, nil},
		// A name above a sentence is no byline.
		{`<p>Lena Marsh</p><p>The ferry sailed on 12 November 2024 for the last time this year.</p>`, nil},
	} {
		if got := headlineAuthors(t, "", tt.afterH1, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors = %q, want %q", tt.afterH1, got, tt.want)
		}
	}
}
