package htmlextract

import (
	"strings"
	"testing"
)

// TestArticleBodyClean covers rule "articlebody-clean": an articleBody
// read as the body (rule "articlebody-signal") that closes with a "Read
// also" line, the writer's bio and a newsletter pitch loses them, as a
// body read from the page's elements would; the article's own closing
// sentence stays.
func TestArticleBodyClean(t *testing.T) {
	paras := []string{
		"The Velmora harbour ferry carried its first passengers of the season on Tuesday after four months in the Castrel shipyard, where crews replaced both engines.",
		"Harbourmaster Ines Quillard said the crossing to Saint-Aubrac would run every forty minutes until the end of April, and every twenty minutes from May.",
		"The repairs cost the county about 1.2 million euros, more than the council had set aside last autumn, after inspectors found rust along the hull.",
		"The council will decide in June whether to order a second vessel for the busier summer route.",
	}
	tail := []string{
		"Read also: Velmora council approves new quay lighting",
		"Ottilie Brandvik is a reporter for the Velmora Courier covering transport and the coast. She has worked at the paper since 2019.",
		"Sign up for our newsletter and have each morning's coast stories in your inbox.",
	}
	ab := strings.Join(append(append([]string{}, paras...), tail...), `\n`)
	page := `<html><head><title>Harbour ferry returns | Velmora Courier</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry returns to Velmora after winter repairs","author":{"@type":"Person","name":"Ottilie Brandvik"},"articleBody":"` +
		ab + `"}</script></head><body><main><article><h1>Harbour ferry returns to Velmora after winter repairs</h1><div id="app"></div></article></main></body></html>`
	a := mustExtract(t, page)
	if want := strings.Join(paras, "\n\n"); a.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", a.Text, want)
	}
	for _, line := range tail {
		found := false
		for _, r := range a.Removed {
			found = found || r.Text == line
		}
		if !found {
			t.Errorf("%q not recorded as removed: %+v", line, a.Removed)
		}
	}
}

// TestPlainLineRule: the line rules of "articlebody-clean" drop a pitch,
// a "read also" line and a share line, and keep the article's sentences,
// one that speaks of a newsletter among them.
func TestPlainLineRule(t *testing.T) {
	x := &extractor{}
	for _, tc := range []struct {
		line string
		drop bool
	}{
		{"Sign up for our newsletter and have each morning's coast stories in your inbox.", true},
		{"Read also: Velmora council approves new quay lighting", true},
		{"The council will decide in June whether to order a second vessel for the busier summer route.", false},
		{"The harbour office sends a weekly newsletter to fishermen listing the tides, and Quillard said it would now carry the ferry timetable too.", false},
	} {
		if _, rule, ok := x.plainLineRule(tc.line); ok != tc.drop {
			t.Errorf("plainLineRule(%q) = %v (rule %q), want %v", tc.line, ok, rule, tc.drop)
		}
	}
}

// TestArticleBodyCleanLead covers the opening half of rule
// "articlebody-clean": an articleBody that opens with the headline, the
// byline and the date, as some CMSs write it, starts at the article's
// first sentence.
func TestArticleBodyCleanLead(t *testing.T) {
	paras := []string{
		"Volunteers in Dunmarrow planted four hundred oak saplings along the river path on Saturday, the first stage of a plan to shade the whole walk by 2035.",
		"The parish council paid for the trees from a grant it won last year, and the scouts of the three villages on the river will water them through the summer.",
		"Councillor Maren Ostby said a second planting along the northern bank would follow in the autumn if enough saplings survive the dry months.",
	}
	lead := []string{"Oak saplings line Dunmarrow river path", "By Edvin Harrowgate", "April 11, 2024"}
	ab := strings.Join(append(append([]string{}, lead...), paras...), `\n`)
	page := `<html><head><title>Oak saplings line Dunmarrow river path | Dunmarrow Post</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Oak saplings line Dunmarrow river path","author":{"@type":"Person","name":"Edvin Harrowgate"},"datePublished":"2024-04-11T09:00:00Z","articleBody":"` +
		ab + `"}</script></head><body><main><article><div id="app"></div></article></main></body></html>`
	a := mustExtract(t, page)
	if want := strings.Join(paras, "\n\n"); a.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", a.Text, want)
	}
}

// TestBioNameI18n covers rule "author-bio-i18n": the closing bio is read
// in the page's language, and a sentence that names the author without
// presenting them is not a bio.
func TestBioNameI18n(t *testing.T) {
	authors := []string{"Ottilie Brandvik"}
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Ottilie Brandvik ist Redakteurin der Velmoraer Rundschau und schreibt über Verkehr.", "Ottilie Brandvik"},
		{"Ottilie Brandvik est journaliste au Courrier de Velmora, où elle couvre le littoral.", "Ottilie Brandvik"},
		{"Ottilie Brandvik es periodista del Correo de Velmora y cubre la costa.", "Ottilie Brandvik"},
		{"Ottilie Brandvik è giornalista del Corriere di Velmora.", "Ottilie Brandvik"},
		{"Ottilie Brandvik er journalist i Velmora Kurer og dekker kysten.", "Ottilie Brandvik"},
		{"Ottilie Brandvik sagte, die Fähre sei pünktlich gewesen.", ""},
		{"Ottilie Brandviks Bericht erschien am Montag.", ""},
	} {
		if got := bioName(tc.text, authors); got != tc.want {
			t.Errorf("bioName(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
