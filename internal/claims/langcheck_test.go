package claims

import (
	"reflect"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// langCase is a sentence of a language and what its claims read, each as
// the test projects it (text, subject, unit, value).
type langCase[G any] struct {
	lang, text string
	want       []G
}

// checkLang extracts the claims of each case's sentence in its language
// and compares their projections by get with the case's.
func checkLang[G any](t *testing.T, tests []langCase[G], get func(model.Claim) G) {
	t.Helper()
	for _, tt := range tests {
		var gs []G
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			gs = append(gs, get(c))
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%s %q:\n got %+v\nwant %+v", tt.lang, tt.text, gs, tt.want)
		}
	}
}

// claimSubject projects a claim on its subject, for the tests of the
// rules that shape what a figure counts.
func claimSubject(c model.Claim) string { return c.Subject }

// claimSource projects a claim on its source, for the tests of the rules
// that name who states a figure.
func claimSource(c model.Claim) string { return c.Source }

// sourceCase is a text and the source its first claim names ("" none).
type sourceCase struct{ text, want string }

// checkFirstSource extracts each case's claims with opts and compares the
// first claim's source with the case's; a text with no claim fails.
func checkFirstSource(t *testing.T, opts Options, tests []sourceCase) {
	t.Helper()
	for _, tt := range tests {
		cs := Extract(tt.text, opts)
		if len(cs) == 0 || cs[0].Source != tt.want {
			t.Errorf("%q: claims %+v, want the first sourced %q", tt.text, cs, tt.want)
		}
	}
}

// claimValue is a claim's value for checkLang, -1 when it has none.
func claimValue(c model.Claim) float64 {
	if c.Value == nil {
		return -1
	}
	return *c.Value
}
