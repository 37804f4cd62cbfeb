package htmlmeta

import "testing"

// TestLeadInHeading pins rule titleLeadInHeading on invented pages: the
// page's lone <h1> in <main> that ends in a colon introduces a note and
// yields to the metadata title; one without the colon is the headline
// (rule titleLoneMainH1).
func TestLeadInHeading(t *testing.T) {
	const url = "https://quillbay.example/2030/04/02/lantern-festival-budget"
	for _, tt := range []struct {
		name, h1, want, rule string
	}{
		{"a lead-in", "A word from Odile Varn, founder of Quillbay Post:", "Lantern festival gets a bigger budget", "meta"},
		{"a headline worded otherwise", "Council doubles the lantern money", "Council doubles the lantern money", "loneMainH1"},
	} {
		page := `<html lang="en"><head><title>Lantern festival gets a bigger budget - Quillbay Post</title><meta property="og:site_name" content="Quillbay Post"></head><body><main><h1>` + tt.h1 + `</h1><p>` + tramText + `</p></main></body></html>`
		checkTitleRule(t, tt.name, page, url, tt.want, tt.rule)
	}
}
