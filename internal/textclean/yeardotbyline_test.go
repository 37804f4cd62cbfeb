package textclean

import (
	"slices"
	"testing"
)

// TestYearDotNameDateline: rule date-year-dot-month in section-dateline: a
// "Name | date" byline whose date closes with the year's dot, as Croatian
// and Serbian print it, is read as it is without the dot: the writer and
// the date, the line gone from the body.
func TestYearDotNameDateline(t *testing.T) {
	const head, body = "Gradsko vijeće Zagorja zatvara stari most\n", "\n\nGradsko vijeće Zagorja u utorak je odlučilo zatvoriti stari most zbog popravka od ožujka do lipnja.\n\nPromet će ići obilaznicom, rekao je gradonačelnik."
	for _, tc := range []struct{ byline, author, date string }{
		{"Ivana Kovačec | 12. studenoga 2025.", "Ivana Kovačec", "2025-11-12"},
		{"Milica Jovanović | 3. mart 2025.", "Milica Jovanović", "2025-03-03"},
		{"Ivana Kovačec | 12. studenoga 2025", "Ivana Kovačec", "2025-11-12"},
	} {
		a, err := Extract(head+tc.byline+body, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, []string{tc.author}) {
			t.Errorf("%q: authors %q, want %q", tc.byline, a.Authors, tc.author)
		}
		if a.Dates.Published == nil || a.Dates.Published.Value != tc.date {
			t.Errorf("%q: published %v, want %s", tc.byline, a.Dates.Published, tc.date)
		}
	}
}
