package boilerplate

import "testing"

// TestPictureCreditForms: rules agency-credit-via, agency-credit-agency-first
// and image-credit-licensed take a picture's credit standing alone in the
// forms the agency-credit rule and the labels missed, and leave sentences
// that name an agency alone.
func TestPictureCreditForms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		// agency-credit-via
		{"Tobin Ashgrove via Getty Images", true},
		{"Lark & Fenn Studio via Shutterstock", true},
		// agency-credit-agency-first
		{"Getty Images / Wilmer Castaine", true},
		{"Shutterstock / Odile Brackwater Photography", true},
		{"AFP / Ruan Teller", true},
		// image-credit-licensed
		{"Image used under license from Shutterstock", true},
		{"Photo courtesy of the Quillon Valley Trust", true},
		// sentences and labels that stay
		{"The mayor's office shared the footage via Reuters on Tuesday, and Nell Ostrander said it was authentic.", false},
		{"Voters in Brackwater heard the result via Reuters.", false},
		{"Getty Images / Wilmer Castaine / a long winter", false},
		{"Getty Images / the photographers who covered the long winter in Quillon", false},
		{"Pay via PayPal", false},
		{"Facebook / Wilmer Castaine", false},
		{"AP/Marrowby Poll", false},
		{"The licence came from the Quillon Valley Trust, which lent the photo.", false},
	} {
		kind, _, ok := Classify(tc.text)
		if got := ok && kind == "image_credit"; got != tc.want {
			t.Errorf("Classify(%q) = %q %v, want image credit %v", tc.text, kind, ok, tc.want)
		}
	}
}
