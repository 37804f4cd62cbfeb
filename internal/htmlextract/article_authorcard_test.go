package htmlextract

import "testing"

// TestAuthorCards: rule "author-card" drops the name, title and bio lines
// closing the text, one card or several, without author metadata; a bio
// under an editorial heading, a closing section whose paragraph does not
// name its heading's words, a product's closing verdict shaped like a
// card, and a card in the middle of the text stay.
func TestAuthorCards(t *testing.T) {
	page := func(text string) string {
		return `<html><body><main><article><h1>Night buses return to the valley</h1>` + text + `</article></main></body></html>`
	}
	card := func(name, title, bio string) string {
		return `<div class="k2"><p>` + name + `</p><p>` + title + `</p><p>` + bio + `</p></div>`
	}
	ilse := card("Ilse Brandt", "Night Desk Editor", "Ilse is a night editor who has covered the valley's transport for a decade; she rides the last bus home.")
	tomas := card("Tomas van der Berg", "Data Reporter", "Before joining the paper, Tomas van der Berg built timetables for the regional rail company, where he worked six years.")
	for _, tc := range []struct {
		name, page, needle string
		want               bool // the line stays
	}{
		{"card", page(points(10) + ilse), "rides the last bus", false},
		{"card's name line", page(points(10) + ilse), "Ilse Brandt", false},
		{"card's title", page(points(10) + ilse), "Night Desk Editor", false},
		{"two cards", page(points(10) + tomas + ilse), "built timetables", false},
		{"editorial heading", page(points(10) + `<h2>How this piece was reported</h2><p>Ilse Brandt is a night editor who has covered the valley's transport for a decade.</p>`), "covered the valley", true},
		{"closing section", page(points(10) + `<h2>Final Thoughts</h2><p>Overall verdict</p><p>The night buses are back, and riders say the late service was missed.</p>`), "riders say", true},
		{"product verdict", page(points(10) + card("Harbour Kettle Pro", "Best overall", "The Harbour Kettle Pro is the kettle we would buy: quick to boil and quiet on the hob.")), "quick to boil", true},
		{"card mid-text", page(points(5) + ilse + `<p>Later point: the depot hires six drivers for the winter.</p>`), "rides the last bus", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, tc.needle, "line", tc.want)
			checkKept(t, a, "Point 4", "text", true)
		})
	}
}

// TestCardName is a table test of cardName.
func TestCardName(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Ilse Brandt", true},
		{"Tomas van der Berg", true},
		{"Ilse", false},
		{"Ilse Brandt, Editor", false},
		{"Top 10 Picks", false},
		{"How this piece was reported", false},
	} {
		if got := cardName(tc.in); got != tc.want {
			t.Errorf("cardName(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
