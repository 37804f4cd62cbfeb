package claims

import (
	"reflect"
	"testing"
)

// TestLangVagueCount checks rule langVagueCount on invented sentences: a
// plural number without a value and its noun is a claim with no value; a
// scale before another ("dizaines de milliers de francs") or a figure
// after it in its clause leaves it.
func TestLangVagueCount(t *testing.T) {
	type got struct {
		Text, Unit, Subject string
		Value               *float64
	}
	tests := []struct {
		lang, text string
		want       []got
	}{
		{"de", "In Velmsee gingen am Samstag Tausende Menschen auf die Straße.", []got{
			{"In Velmsee gingen am Samstag Tausende Menschen auf die Straße", "people", "Menschen", nil}}},
		{"fr", "Des centaines de riverains ont signé la pétition.", []got{
			{"Des centaines de riverains ont signé la pétition", "people", "riverains", nil}}},
		{"es", "Miles de personas esperaban en la plaza.", []got{
			{"Miles de personas esperaban en la plaza", "people", "personas", nil}}},
		{"fr", "Le club attend des dizaines de milliers de francs.", nil},
		{"fr", "Des milliers attendaient devant la gare.", nil},
		{"es", "El robo afectó a miles de clientes por 4 millones de euros.", []got{
			{"El robo afectó a miles de clientes por 4 millones de euros", "EUR", "", f64(4e6)}}},
	}
	for _, tt := range tests {
		var gs []got
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			g := got{c.Text, c.Unit, c.Subject, c.Value}
			if g.Value != nil {
				g.Subject = "" // the money claim's subject is not this rule's
			}
			gs = append(gs, g)
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%s %q:\n got %+v\nwant %+v", tt.lang, tt.text, gs, tt.want)
		}
	}
}
