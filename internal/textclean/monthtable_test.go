package textclean

import "testing"

// TestDateYearDotMonth pins rule date-year-dot-month: a dateline whose
// day and year each close with a dot, as Serbian, Croatian and Bosnian
// write it, is a date-only line (alone or after its place); a sentence
// after the date keeps the line in the body. Invented lines.
func TestDateYearDotMonth(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		blocks          int
	}{
		{"12. aprila 2025.", "2025-04-12", 1},
		{"Novi Grad, 12. novembar 2025.", "2025-11-12", 1},
		{"3. studenoga 2025.", "2025-11-03", 1},
		{"12. aprila 2025. Gradsko veće", "", 2},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != tc.published || len(a.Body) != tc.blocks {
			t.Errorf("%q: published %q, %d blocks, want %q, %d", tc.head, pub, len(a.Body), tc.published, tc.blocks)
		}
	}
}
