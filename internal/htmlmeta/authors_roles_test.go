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
