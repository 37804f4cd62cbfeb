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
		// clockHour's bounds: a figure above 24 or with a decimal
		// comma after "alle" or "às" is no hour but a count.
		{"it", "Il governo darà un aiuto alle 300 famiglie colpite.", []got{{"famiglie", 300}}},
		{"it", "Il bonus andrà alle 1,2 milioni di famiglie in difficoltà.", []got{{"famiglie", 1.2e6}}},
		{"pt", "O apoio chega às 2,5 milhões de famílias.", []got{{"famílias", 2.5e6}}},
	}
	checkLang(t, tests, func(c model.Claim) got {
		if c.Value == nil {
			return got{c.Unit, -1} // a count with no figure
		}
		return got{c.Unit, *c.Value}
	})
}
