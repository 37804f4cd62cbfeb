package htmlextract

import "testing"

// TestStandardsHidden: text a page hides from readers by HTML's and
// ARIA's own means stays out of the body, wherever it sits in the
// article: a <dialog> (isJunkTag), a container with role="dialog" (rule
// "role"), an element with the hidden or popover attribute or an inline
// display:none (rule "hidden"). Each case's text is a sentence of prose, which the
// body would keep were it shown.
func TestStandardsHidden(t *testing.T) {
	body := points(6)
	const shut = "Sign up for our weekly letter and never miss a story from the harbour front again this year."
	tests := []struct {
		name, box string
	}{
		{"dialog element", `<dialog><p>` + shut + `</p></dialog>`},
		{"role dialog", `<div role="dialog" aria-modal="true"><p>` + shut + `</p></div>`},
		{"alertdialog", `<div role="alertdialog"><p>` + shut + `</p></div>`},
		{"hidden attribute", `<div hidden><p>` + shut + `</p></div>`},
		{"popover", `<div popover id="letter"><p>` + shut + `</p></div>`},
		{"manual popover", `<aside popover="manual"><p>` + shut + `</p></aside>`},
		{"display none", `<div style="display: none"><p>` + shut + `</p></div>`},
		{"visibility hidden", `<div style="visibility:hidden"><p>` + shut + `</p></div>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><main><article><h1>Baths to reopen</h1>` + body[:len(body)/2] + tc.box + body[len(body)/2:] + `</article></main></body></html>`
			a := mustExtract(t, page)
			checkKept(t, a, "Sign up for our weekly letter", "hidden box", false)
			checkKept(t, a, "Point 5", "article", true)
		})
	}
}
