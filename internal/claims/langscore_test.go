package claims

import (
	"reflect"
	"testing"
)

// TestLangTimesAndScores checks rules scoreDown, clockHour and the time
// "10h30" (hourMinutes): a result whose second number is not above the
// first is no range, an hour after "alle" or "às" and the minutes of
// "10h30" are no counts; the crowd after a result keeps its claim.
func TestLangTimesAndScores(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []struct {
		lang, text string
		want       []got
	}{
		{"it", "La squadra ha vinto 2-1 davanti a 40.000 spettatori.", []got{{"people", 40000}}},
		{"nl", "De club won met 3-1 van de rivaal voor 52.000 toeschouwers.", []got{{"people", 52000}}},
		{"it", "Lo sportello è aperto dalle 9 alle 18 nei giorni feriali.", nil},
		{"pt", "A reunião começa às 10h30 na sede.", nil},
		{"fr", "Mis à jour le mardi, 07h36 Articles en relation.", nil},
		{"pt", "O encontro acabou às 22 horas com 300 pessoas.", []got{{"people", 300}}},
	}
	for _, tt := range tests {
		var gs []got
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			gs = append(gs, got{c.Unit, *c.Value})
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%s %q:\n got %+v\nwant %+v", tt.lang, tt.text, gs, tt.want)
		}
	}
}
