package htmlextract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestLinkedSentence: rule "linked-sentence" keeps a statement whose
// writer linked it whole to a source, where rule "link-line" takes it
// for a related link; calls, labelled teasers, titles, questions and a
// statement in a language the rule does not read still go.
func TestLinkedSentence(t *testing.T) {
	line := func(s string) string { return `<p><a href="/elsewhere">` + s + `</a></p>` }
	stmt := "Households that replace their boilers this winter can claim a rebate from the region."
	calls := []string{
		"Read more: Why the tram depot moved to the old brickworks",
		"Learn how the rebate works and who can apply for it this year.",
		"How the valley towns voted on the new bridge toll",
		"Can a ferry run on batteries alone? We took one across the bay.",
		"Die Bilder vom Hafenfest stehen unten zum Herunterladen bereit.",
	}
	page := `<html><body><main><article><h1>Rebates for new boilers</h1>` + points(8) + line(stmt) + points(8)
	for _, c := range calls {
		page += line(c)
	}
	page += `</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "can claim a rebate", "linked statement", true)
	for _, c := range calls {
		checkKept(t, a, c[:24], "call", false)
	}
	checkKept(t, a, "Point 7", "text", true)
}

// TestLinkedSentenceTable is a table test of linkedSentence.
func TestLinkedSentenceTable(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"The new library opens on Monday with longer hours for students.", true},
		{"Trains on the coast line will run every twenty minutes from May.", true},
		{"The library opens on Monday.", false},                                           // too short
		{"See the full timetable for the coast line and its new stations.", false},        // a call
		{"Related: the coast line will run every twenty minutes from May.", false},        // a label
		{"Will the coast line run every twenty minutes from May and beyond?", false},      // a question
		{"Der Zug fährt ab Mai alle zwanzig Minuten entlang der ganzen Küste.", false},    // not English
		{"1. The coast line will run every twenty minutes from the first of May.", false}, // a numbered title
	} {
		doc, err := html.Parse(strings.NewReader(`<p><a href="/x">` + tc.in + `</a></p>`))
		if err != nil {
			t.Fatal(err)
		}
		p := findTag(doc, "p")
		if got := linkedSentence(p); got != tc.want {
			t.Errorf("linkedSentence(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// findTag returns the first element named tag under n, or nil.
func findTag(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findTag(c, tag); f != nil {
			return f
		}
	}
	return nil
}
