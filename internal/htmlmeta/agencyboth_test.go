package htmlmeta

import (
	"slices"
	"testing"
)

// TestAgenciesBothStages pins rule agenciesBothStages (package lexicon):
// an agency a source line credits is cut from a byline too (Lusa's full
// name), and "Ana", a given name, is no longer read as Greece's agency:
// it is a second author. Invented bylines.
func TestAgenciesBothStages(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{"Por Marta Seixas, Agência Lusa", []string{"Marta Seixas"}},
		{"Por Marta Seixas, Lusa", []string{"Marta Seixas"}},
		{"Nikos Andreou, ANA", []string{"Nikos Andreou"}},
		{"Por Luis Caravaca y Ana", []string{"Luis Caravaca", "Ana"}},
		{"Luis Caravaca, Ana", []string{"Luis Caravaca", "Ana"}},
	} {
		if got := splitAuthors(tt.byline); !slices.Equal(got, tt.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tt.byline, got, tt.want)
		}
	}
}
