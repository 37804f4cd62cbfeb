package htmlextract

import (
	"strings"
	"testing"
)

// TestLeadBio: rule "lead-bio" drops the author card's bio (and the name
// lines over it) among the body's first blocks, by the author's full name
// or first name; a bio further down, a sentence opening with someone
// else's name, a company's pitch, a title line without a pronoun and a
// one-word author's first name stay.
func TestLeadBio(t *testing.T) {
	page := func(author, lead, text string) string {
		return `<html><head><meta name="author" content="` + author + `"></head><body><main><article><h1>Ferry timetable cut for winter</h1>` +
			lead + text + `</article></main></body></html>`
	}
	card := `<div class="c7"><p>Odile Farrant</p><p>Odile Farrant is a transport reporter who has followed the island ferries for a decade. She keeps bees.</p></div>`
	firstName := `<p>Odile has written about the island ferries since 2027. Before that she ran a harbour café. She still bakes.</p>`
	other := `<p>Bruno Kessel is a ferry captain who has sailed the winter route for twenty years.</p>`
	for _, tc := range []struct {
		name, page, needle string
		want               bool // the line stays
	}{
		{"full name", page("Odile Farrant", card, points(10)), "keeps bees", false},
		{"name line", page("Odile Farrant", card, points(10)), "Odile Farrant\n", false},
		{"first name", page("Odile Farrant", firstName, points(10)), "harbour café", false},
		{"further down", page("Odile Farrant", points(6), card+strings.ReplaceAll(points(4), "Point", "Later point")), "keeps bees", true},
		{"someone else", page("Odile Farrant", other, points(10)), "ferry captain", true},
		{"company pitch", page("Harbour Bedworks", `<p>Harbour Bedworks sews every mattress by hand in its workshop by the quay.</p>`, points(10)), "sews every mattress", true},
		{"company with a passing pronoun", page("Harbour Bedworks", `<p>Harbour is a workshop that sews mattresses for hotels and their guests. Every seam is checked twice.</p>`, points(10)), "workshop", true},
		{"no pronoun", page("Odile Farrant", `<p>Odile Farrant is head of the depot's night shift.</p>`, points(10)), "night shift", true},
		{"one-word author", page("Odile", firstName, points(10)), "harbour café", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			got := strings.Contains(a.Text+"\n", tc.needle)
			if got != tc.want {
				t.Errorf("%q kept = %v, want %v; text:\n%s", tc.needle, got, tc.want, a.Text)
			}
			checkKept(t, a, "Point 3", "text", true)
		})
	}
}

// TestFirstNameBio is a table test of firstNameBio.
func TestFirstNameBio(t *testing.T) {
	authors := []string{"Odile Farrant", "J. Mbeki"}
	for _, tc := range []struct{ text, want string }{
		{"Odile is a transport reporter.", "Odile Farrant"},
		{"Odile has covered ferries since 2027.", "Odile Farrant"},
		{"Odile said the ferries were late.", ""},
		{"Odilette is a cat.", ""},
		{"J. is a letter.", ""},
		{"Farrant is a reporter.", ""},
	} {
		if got := firstNameBio(tc.text, authors); got != tc.want {
			t.Errorf("firstNameBio(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLeadName: rule "lead-name" drops the author's name alone among the
// body's first blocks; the name further down, a one-word author and a
// sentence naming the author stay.
func TestLeadName(t *testing.T) {
	page := func(author, lead, text string) string {
		return `<html><head><meta name="author" content="` + author + `"></head><body><main><article><h1>Ferry timetable cut for winter</h1>` +
			lead + text + `</article></main></body></html>`
	}
	for _, tc := range []struct {
		name, page, needle string
		want               bool // the line stays
	}{
		{"name", page("Odile Farrant", `<p>Odile Farrant</p>`, points(10)), "Odile Farrant", false},
		{"further down", page("Odile Farrant", points(5), `<p>Odile Farrant</p>`+strings.ReplaceAll(points(5), "Point", "Later point")), "Odile Farrant", true},
		{"one-word author", page("Odile", `<p>Odile</p>`, points(10)), "Odile\n", true},
		{"sentence", page("Odile Farrant", `<p>Odile Farrant rode the last ferry of the season on Sunday.</p>`, points(10)), "rode the last ferry", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			got := strings.Contains(a.Text+"\n", tc.needle)
			if got != tc.want {
				t.Errorf("%q kept = %v, want %v; text:\n%.300s", tc.needle, got, tc.want, a.Text)
			}
			checkKept(t, a, "Point 3", "text", true)
		})
	}
}
