package htmlmeta

import (
	"slices"
	"testing"
)

// TestBylineControlLink pins rule bylineControlLink: a link or a button
// after the writer's name in a byline line (the issue the story ran in, a
// PDF, a print or listen control) ends the credit; co-writers linked into
// one folder, joined by "and", or linked to a profile elsewhere stay.
// Invented bylines.
func TestBylineControlLink(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		// The control's label was read as a second writer.
		{`<p>By <a href="/writers/ivo-stark">Ivo Stark</a> &nbsp; <a href="https://issues.example/2031/04" class="btn">Download PDF</a></p>`, []string{"Ivo Stark"}},
		// Glued to the name, the label lost the byline.
		{`<p>By Ivo Stark &nbsp;&nbsp; <a href="https://issues.example/2031/04">View in the spring issue</a></p>`, []string{"Ivo Stark"}},
		{`<p>By <a href="/writers/ivo-stark">Ivo Stark</a> and <a href="/writers/lena-marsh">Lena Marsh</a> <a href="/print/4411">Print Article</a></p>`, []string{"Ivo Stark", "Lena Marsh"}},
		// Co-writers set apart by style only: one folder.
		{`<p>By <a href="/writers/ivo-stark">Ivo Stark</a> <a href="/writers/lena-marsh">Lena Marsh</a> <a href="/print/4411">Print Article</a></p>`, []string{"Ivo Stark", "Lena Marsh"}},
		// A co-writer whose name holds a control word ("Gift") is kept by
		// the folder alone.
		{`<p>By <a href="/writers/ivo-stark">Ivo Stark</a> <a href="/writers/gift-tellwyn">Gift Tellwyn</a></p>`, []string{"Ivo Stark", "Gift Tellwyn"}},
		// A co-writer linked to a profile elsewhere reads as a person.
		{`<p>By <a href="https://social.example/ivo">Ivo Stark</a> <a href="https://network.example/in/lena">Lena Marsh</a></p>`, []string{"Ivo Stark", "Lena Marsh"}},
		{`<p>By <a href="/writers/ivo-stark">Ivo Stark</a> <button type="button">Listen</button></p>`, []string{"Ivo Stark"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestLinkDir covers linkDir, the folder rule bylineControlLink compares.
func TestLinkDir(t *testing.T) {
	for _, tt := range []struct{ href, want string }{
		{"/writers/ivo-stark", "/writers"},
		{"https://a.example/writers/ivo-stark/", "https://a.example/writers"},
		{"/writers/ivo-stark?tab=posts#top", "/writers"},
		{"ivo-stark", ""},
		{"", ""},
	} {
		if got := linkDir(tt.href); got != tt.want {
			t.Errorf("linkDir(%q) = %q, want %q", tt.href, got, tt.want)
		}
	}
}
