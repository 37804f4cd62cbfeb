package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFewWordLangs checks rule fewWordLangs: percentages, money, scaled
// figures and counts of people in Swedish, Danish, Norwegian, Finnish,
// Czech, Polish, Russian and Turkish; a count of anything else is none;
// rule leadSubject gives the clause's words before the figure; rule
// dollarDigits reads a "$" price the English way.
func TestFewWordLangs(t *testing.T) {
	type got struct {
		Value   float64
		Unit    string
		Subject string
	}
	tests := []langCase[got]{
		{"sv", "Hyrorna steg med 4,5 procent i fjol.", []got{{4.5, "percent", "Hyrorna steg"}}},
		{"da", "Kommunen bruger 2,1 milliarder kroner på skoler.", []got{{2.1e9, "DKK", "Kommunen bruger"}}},
		{"nb", "Prisene falt 3,2 prosent i mars.", []got{{3.2, "percent", "Prisene falt"}}},
		{"fi", "Vuokrat nousivat 4,5 prosenttia viime vuonna.", []got{{4.5, "percent", "Vuokrat nousivat"}}},
		{"cs", "Při požáru zemřelo 12 lidí.", []got{{12, "people", "Při požáru zemřelo"}}},
		{"pl", "Remont kosztował 3,5 mln zł.", []got{{3.5e6, "PLN", "Remont kosztował"}}},
		{"ru", "Цены выросли на 7,4 процента за год.", []got{{7.4, "percent", "Цены выросли"}}},
		{"tr", "Kira artışı yüzde 25 oldu.", []got{{25, "percent", "Kira artışı"}}},
		{"ru", "Встреча прошла 14 октября.", nil},
		{"da", "Tour price $1,299.95 today", []got{{1299.95, "USD", "Tour price"}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{*c.Value, c.Unit, c.Subject} })
}
