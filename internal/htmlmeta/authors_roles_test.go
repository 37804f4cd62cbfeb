package htmlmeta

import (
	"slices"
	"testing"
)

// TestLocalJobAndAgency pins rules authorLocalJob (a job title after the
// name in another language than English, a compound one too) and
// authorAgencyPart (a news agency after the name): the byline gives the
// name alone. Invented bylines.
func TestLocalJobAndAgency(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		// authorLocalJob
		{"Kari Lund, korrespondent", []string{"Kari Lund"}},
		{"Kari Lund korrespondent", []string{"Kari Lund"}},
		{"Kari Lund, utenriksreporter", []string{"Kari Lund"}},
		{"Eva Horáková, redaktorka", []string{"Eva Horáková"}},
		{"Piotr Zieliński, dziennikarz", []string{"Piotr Zieliński"}},
		{"Олег Смирнов, корреспондент", []string{"Олег Смирнов"}},
		{"Emre Kaya, muhabir", []string{"Emre Kaya"}},
		{"Liisa Mäki, ulkomaantoimittaja", []string{"Liisa Mäki"}},
		// authorAgencyPart
		{"By Tom Grey, Reuters", []string{"Tom Grey"}},
		{"Søren Holm, Ritzau", []string{"Søren Holm"}},
		{"Eva Horáková, ČTK", []string{"Eva Horáková"}},
		{"Олег Смирнов, ТАСС", []string{"Олег Смирнов"}},
		// an agency credited alone stays; two people stay two
		{"Reuters", []string{"Reuters"}},
		{"Tom Grey, Ann Black", []string{"Tom Grey", "Ann Black"}},
	} {
		if got := splitAuthors(tt.byline); !slices.Equal(got, tt.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestGroupDeclared pins rule authorGroupDeclared: a declared staff or
// desk credit gives way to the person the visible byline names; a
// declared person, or a byline naming a desk too, stays as before.
func TestGroupDeclared(t *testing.T) {
	for _, tt := range []struct {
		head, byline string
		want         []string
	}{
		{`<meta name="author" content="Courier Staff">`, `<div class="byline">By Tom Grey</div>`, []string{"Tom Grey"}},
		{`<meta name="author" content="Newsroom">`, `<div class="byline">By Tom Grey</div>`, []string{"Tom Grey"}},
		{`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Web Desk"}}</script>`, `<div class="byline">By Tom Grey</div>`, []string{"Tom Grey"}},
		{`<meta name="author" content="Redaksjonen">`, `<div class="byline">Av Kari Lund</div>`, []string{"Kari Lund"}},
		{`<meta name="author" content="Ann Black">`, `<div class="byline">By Tom Grey</div>`, []string{"Ann Black"}},
		{`<meta name="author" content="Web Desk">`, `<div class="byline">By Redacción Sur</div>`, []string{"Web Desk"}},
	} {
		if got := headlineAuthors(t, tt.head, tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: authors %q, want %q", tt.head, tt.byline, got, tt.want)
		}
	}
}

// TestNameRoleLine pins rule authorNameRoleLine: an unmarked line under
// the headline of a name and its job or agency names the author; a name
// and a place, or a list of names, does not.
func TestNameRoleLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"Kari Lund, korrespondent", []string{"Kari Lund"}},
		{"Tom Grey, Senior Reporter", []string{"Tom Grey"}},
		{"Eva Horáková, ČTK", []string{"Eva Horáková"}},
		{"Олег Смирнов, обозреватель", []string{"Олег Смирнов"}},
		{"Kari Lund, Bergen", nil},
		{"Tom Grey, Ann Black", nil},
	} {
		if got := headlineAuthors(t, "", "<p>"+tt.line+"</p>", tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%q: authors %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestLocalAnd pins rule authorLocalAnd: two writers joined by the
// conjunction of Czech, Russian, Turkish or Finnish are two authors;
// an English line with "a" between words is no pair of names.
func TestLocalAnd(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{"Eva Horáková a Jan Beneš", []string{"Eva Horáková", "Jan Beneš"}},
		{"Олег Смирнов и Мария Белова", []string{"Олег Смирнов", "Мария Белова"}},
		{"Emre Kaya ve Zeynep Aydın", []string{"Emre Kaya", "Zeynep Aydın"}},
		{"Liisa Mäki ja Juha Koski", []string{"Liisa Mäki", "Juha Koski"}},
		{"Write a Review", nil},
	} {
		if got := splitAuthors(tt.byline); !slices.Equal(got, tt.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// tramText is the invented paragraph of the test pages' story.
const tramText = "The council voted on Tuesday night to approve the new tram line to the north of the city."

// headlineAuthors extracts a page titled "Headline" with the elements
// head in its head, the markup afterH1 under its headline and a paragraph
// of text, and returns its authors.
func headlineAuthors(t *testing.T, head, afterH1, text string) []string {
	t.Helper()
	page := `<html><head><title>Headline</title>` + head + `</head><body><article><h1>Headline</h1>` +
		afterH1 + `<p>` + text + `</p></article></body></html>`
	return Extract(parse(t, page), "", testNow).Authors
}
