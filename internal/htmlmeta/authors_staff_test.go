package htmlmeta

import (
	"slices"
	"testing"
)

// TestStaffCredit pins rule authorStaffCredit: a credit to an outlet's
// staff names the outlet, never a person, and no word of "Staff and
// agencies" is an author. Invented outlets and people.
func TestStaffCredit(t *testing.T) {
	const site = `<meta property="og:site_name" content="The Harbour Courier">`
	for _, tt := range []struct {
		name, head, afterH1 string
		want                []string
	}{
		// The system's default credit in the metadata yields to the
		// person the visible byline names, though the outlet's name in
		// it is not the site's as declared.
		{"meta staff, visible person", site + `<meta name="author" content="Harbour Courier Staff">`,
			`<p class="byline">By Tom Grey</p>`, []string{"Tom Grey"}},
		// Alone, the staff credit is written as the outlet.
		{"staff byline", site, `<p class="byline">By Harbour Courier Staff</p>`, []string{"Harbour Courier"}},
		// The site's own staff: the outlet, which no text credit of
		// the staff replaces.
		{"site's staff", `<meta property="og:site_name" content="Harbour Courier">`,
			`<p class="byline">By Harbour Courier Staff</p>`, []string{"Harbour Courier"}},
		{"site's staff, labelled", `<meta property="og:site_name" content="Harbour Courier">`,
			`<p class="byline">By Harbour Courier Staff</p><p>Written by</p><p>Harbour Courier Staff</p>`, []string{"Harbour Courier"}},
		{"staff report", site, `<p class="byline">Harbour Courier Staff Report</p>`, []string{"Harbour Courier"}},
		// A wire's staff is the wire, as a wire's byline is.
		{"wire staff", site, `<p class="byline">Reuters staff</p>`, []string{"Reuters"}},
		// Rule authorStaffDesk: the desk is no part of the outlet.
		{"editorial staff", site, `<p class="byline">By Harbour Courier Editorial Staff</p>`, []string{"Harbour Courier"}},
		{"site's newsroom staff", `<meta property="og:site_name" content="Harbour Courier">`,
			`<p class="byline">By Harbour Courier Newsroom Staff</p>`, []string{"Harbour Courier"}},
		{"one-word outlet's desk", site, `<p class="byline">By Portbay Editorial Staff</p>`, []string{"Portbay Editorial Staff"}},
		// Rule authorStaffWriters: the staff's writers after the names.
		{"staff writers after names", site, `<p class="byline">By Lena Marsh and Tom Grey, Harbour Courier Staff Writers</p>`, []string{"Lena Marsh", "Tom Grey"}},
		{"staff writer alone", site, `<p class="byline">By Harbour Courier Staff Writer</p>`, []string{"Harbour Courier"}},
		// A one-word outlet's staff keeps the page's words.
		{"one-word outlet", site, `<p class="byline">By Portbay Staff</p>`, []string{"Portbay Staff"}},
		// No person, no author: not "agencies", not "staff reports".
		{"staff and agencies", site, `<p class="byline">Staff and agencies</p>`, nil},
		{"staff reports", site, `<p class="byline">From staff reports</p>`, nil},
		// A person of the staff is the person.
		{"person and staff", site, `<p class="byline">By Tom Grey, Harbour Courier Staff</p>`, []string{"Tom Grey"}},
	} {
		if got := headlineAuthors(t, tt.head, tt.afterH1, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors = %q, want %q", tt.name, got, tt.want)
		}
	}
}
