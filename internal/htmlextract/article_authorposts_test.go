package htmlextract

import "testing"

// TestAuthorPosts: rule "author-posts" drops the label of an author box's
// list of the writer's other posts and the list under it when they close
// the text; a list closing the text under another line, and the label
// followed by a paragraph, stay.
func TestAuthorPosts(t *testing.T) {
	posts := `<ul><li>Walking the old towpath in winter - March 2, 2021</li><li>Ten quiet benches by the river - February 9, 2021</li></ul>`
	page := func(tail string) string {
		return `<html><body><main><article><h1>Starting a walking habit</h1>` + points(10) + tail + `</article></main></body></html>`
	}
	for _, tc := range []struct {
		name, page, needle string
		want               bool // the line stays
	}{
		{"label", page(`<p>Latest posts by Aino Halme (see all)</p>` + posts), "Latest posts by", false},
		{"list", page(`<p>Latest posts by Aino Halme (see all)</p>` + posts), "old towpath", false},
		{"other list", page(`<p>What to pack:</p>` + posts), "old towpath", true},
		{"label and paragraph", page(`<p>More posts by Aino Halme</p><p>She walks the towpath every morning before work.</p>`), "every morning", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, tc.needle, tc.name, tc.want)
			checkKept(t, a, "Point 9", "text", true)
		})
	}
}
