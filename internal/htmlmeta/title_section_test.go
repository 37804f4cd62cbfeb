package htmlmeta

import "testing"

// TestSectionNumber pins rule titleSectionNumber on invented manual pages:
// the <h1>'s dotted section number goes when no <title> carries it; a
// number the <title> carries, a count and a lower-case continuation stay.
func TestSectionNumber(t *testing.T) {
	for _, tt := range []struct{ title, h1, want string }{
		{"Knots - The Bowline", "4.2 Knots - The Bowline", "Knots - The Bowline"},
		{"4.2 Knots - The Bowline", "4.2 Knots - The Bowline", "4.2 Knots - The Bowline"},
		{"Knots you should know", "5 Knots you should know", "5 Knots you should know"},
		{"Knots - The Bowline", "2.5 knots of wind - The Bowline", "2.5 knots of wind - The Bowline"},
	} {
		page := `<html lang="en"><head><title>` + tt.title + `</title></head><body><main><h1>` + tt.h1 + `</h1><p>` + tramText + `</p></main></body></html>`
		if got := Extract(parse(t, page), "https://ropework.example/book/knots", testNow).Title; got != tt.want {
			t.Errorf("<title> %q, <h1> %q: title = %q, want %q", tt.title, tt.h1, got, tt.want)
		}
	}
}
