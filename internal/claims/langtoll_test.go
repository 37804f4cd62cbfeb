package claims

import (
	"reflect"
	"testing"
)

// TestLangTollCount checks rule langTollCount: the second count of a toll
// after "and" is a claim of its own; a count of things after "and" stays
// in the first claim.
func TestLangTollCount(t *testing.T) {
	type got struct {
		Text, Subject string
		Value         float64
	}
	tests := []struct {
		lang, text string
		want       []got
	}{
		{"fr", "Le séisme a fait 23 morts et plus de 140 blessés.", []got{
			{"Le séisme a fait 23 morts", "morts le séisme a fait", 23},
			{"plus de 140 blessés", "blessés", 140}}},
		{"de", "Bei dem Unfall wurden 23 Menschen getötet und 140 verletzt.", []got{
			{"Bei dem Unfall wurden 23 Menschen getötet", "dem Unfall", 23},
			{"140 verletzt", "verletzt", 140}}},
		{"es", "El sismo dejó 23 muertos y 140 casas destruidas.", []got{
			{"El sismo dejó 23 muertos y 140 casas destruidas", "muertos el sismo dejó", 23}}},
	}
	for _, tt := range tests {
		var gs []got
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			gs = append(gs, got{c.Text, c.Subject, *c.Value})
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%s %q:\n got %+v\nwant %+v", tt.lang, tt.text, gs, tt.want)
		}
	}
}
