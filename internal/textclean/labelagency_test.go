package textclean

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLabelledAgencyByline: rule written-by-agency: a labelled byline with
// an agency after a comma gives its writers, the agency split off, and
// leaves the body; a place after the comma is no agency and the line
// stays.
func TestLabelledAgencyByline(t *testing.T) {
	const head, body = "Talsu dome slēgs veco tiltu pār upi\n", "\n\nTalsu dome otrdien nolēma slēgt veco tiltu pār upi remontam no marta līdz jūnijam.\n\nSatiksme ies pa apvedceļu, sacīja mērs."
	for _, tc := range []struct {
		byline  string
		authors []string
		removed bool
	}{
		{"Autors: Jānis Ozols, TZA", []string{"Jānis Ozols"}, true},
		{"Autors: Jānis Ozols un Rūta Kalna, TZA", []string{"Jānis Ozols", "Rūta Kalna"}, true},
		{"Autorin: Jana Roe, Tallow Press", []string{"Jana Roe"}, true},
		{"Autors: Jānis Ozols, sporta nodaļa", nil, false},
		{"Autors: Jānis Ozols | 12.11.2025", []string{"Jānis Ozols"}, true},
		{"Autors: Jānis Ozols, TZA | 12.11.2025", []string{"Jānis Ozols"}, true},
		{"Written by Ada Marr | March 3, 2025", []string{"Ada Marr"}, true},
		{"Written by Ada Marr | Allotments", nil, false},
	} {
		a, err := Extract(head+tc.byline+body, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, tc.authors) {
			t.Errorf("%q: authors %q, want %q", tc.byline, a.Authors, tc.authors)
		}
		if got := slices.ContainsFunc(a.Removed, func(r model.Removed) bool { return r.Text == tc.byline }); got != tc.removed {
			t.Errorf("%q: removed %v, want %v", tc.byline, got, tc.removed)
		}
	}
}
