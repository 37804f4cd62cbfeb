package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangTollCount checks rule langTollCount: the second count of a toll
// after "and" is a claim of its own, also after a first count that is a
// range ("entre 20 et 30 morts et 140 blessés": the range's own "et" lies
// inside the first count); a count of things after "and" stays in the
// first claim.
func TestLangTollCount(t *testing.T) {
	type got struct {
		Text, Subject string
		Value         float64
	}
	tests := []langCase[got]{
		{"fr", "Le séisme a fait 23 morts et plus de 140 blessés.", []got{
			{"Le séisme a fait 23 morts", "morts le séisme a fait", 23},
			{"plus de 140 blessés", "blessés", 140}}},
		{"de", "Bei dem Unfall wurden 23 Menschen getötet und 140 verletzt.", []got{
			{"Bei dem Unfall wurden 23 Menschen getötet", "dem Unfall", 23},
			{"140 verletzt", "verletzt", 140}}},
		{"fr", "Le séisme a fait entre 20 et 30 morts et 140 blessés.", []got{
			{"Le séisme a fait entre 20 et 30 morts", "morts le séisme a fait", 20},
			{"140 blessés", "blessés", 140}}},
		{"es", "El sismo dejó 23 muertos y 140 casas destruidas.", []got{
			{"El sismo dejó 23 muertos y 140 casas destruidas", "muertos el sismo dejó", 23}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, c.Subject, *c.Value} })
}
