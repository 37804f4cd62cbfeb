package claims

import (
	"reflect"
	"testing"
)

// TestLangCoordinatedCount checks rule langCoordinatedCount on invented
// sentences: the bare figure after "und", "et", "y" and a plural verb is
// a claim counting the noun before it, and the claim before it ends at
// the conjunction; a list or a range is left.
func TestLangCoordinatedCount(t *testing.T) {
	type got struct {
		Text, Unit, Subject string
		Value               float64
	}
	tests := []struct {
		lang, text string
		want       []got
	}{
		{"de", "Beim Brand in Velmsee starben 9 Bewohner und 41 wurden gerettet.", []got{
			{"Beim Brand in Velmsee starben 9 Bewohner", "people", "Bewohner", 9},
			{"41 wurden gerettet", "people", "Bewohner wurden gerettet", 41}}},
		{"fr", "Au total, 23 personnes sont mortes et 112 ont été évacuées.", []got{
			{"23 personnes sont mortes", "people", "personnes sont mortes", 23},
			{"112 ont été évacuées", "people", "personnes ont été évacuées", 112}}},
		{"es", "En el choque, 5 pasajeros murieron y 37 resultaron heridos.", []got{
			{"5 pasajeros murieron", "people", "pasajeros murieron", 5},
			{"37 resultaron heridos", "people", "pasajeros resultaron heridos", 37}}},
		{"de", "Der Verein zahlte 40 Euro und 12 wurden erstattet.", []got{
			{"Der Verein zahlte 40 Euro und 12 wurden erstattet", "EUR", "der Verein zahlte", 40}}},
	}
	for _, tt := range tests {
		var gs []got
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			gs = append(gs, got{c.Text, c.Unit, c.Subject, *c.Value})
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%s %q:\n got %+v\nwant %+v", tt.lang, tt.text, gs, tt.want)
		}
	}
}
