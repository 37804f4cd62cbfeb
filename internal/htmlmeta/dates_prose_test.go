package htmlmeta

import "testing"

// TestProseLine pins rule dateProseLine: a date mentioned in the
// article's first sentences dates no page; a byline, a date line, a
// labelled line and a blog's posting sentence still do. Invented pages.
func TestProseLine(t *testing.T) {
	const head = `<main><article><h1>Ferry line approved</h1><p class="byline">By Ada Quell</p>`
	for _, tt := range []struct {
		name, body, want string
	}{
		{"an event's day in the first sentence", `<p>The vote on the new ferry line is set for March 5, 2025.</p>`, ""},
		{"a range in the first sentence", `<p>The harbour festival runs from 12 June 2025 to 15 June 2025 this year.</p>`, ""},
		{"a sentence opening with its day", `<p>On 5 March 2025 the council met in the old town hall of Orvania to vote.</p>`, ""},
		{"a date line", `<p>March 5, 2025</p>`, "2025-03-05"},
		{"a byline's date", `<p>Ada Quell &middot; March 5, 2025 &middot; 4 min read</p>`, "2025-03-05"},
		{"a press release's dateline", `<p>Orvania, 5 March 2025 – The harbour council has approved a new ferry line to the islands.</p>`, "2025-03-05"},
		{"a blog's posting sentence", `<p>Ada Quell posted this story on Wednesday, March 5th, 2025, in the harbour section of the site.</p>`, "2025-03-05"},
	} {
		page := head + tt.body + `<p>The council of Orvania voted to approve a new ferry line linking the old harbour with the islands.</p></article></main>`
		if got, _ := publishedOf(t, page, "https://gazette.example/ferry"); got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}
