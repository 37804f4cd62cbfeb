package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
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
	tests := []langCase[got]{
		{"it", "La squadra ha vinto 2-1 davanti a 40.000 spettatori.", []got{{"people", 40000}}},
		{"nl", "De club won met 3-1 van de rivaal voor 52.000 toeschouwers.", []got{{"people", 52000}}},
		{"it", "Lo sportello è aperto dalle 9 alle 18 nei giorni feriali.", nil},
		{"pt", "A reunião começa às 10h30 na sede.", nil},
		{"fr", "Mis à jour le mardi, 07h36 Articles en relation.", nil},
		{"pt", "O encontro acabou às 22 horas com 300 pessoas.", []got{{"people", 300}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Unit, *c.Value} })
}
