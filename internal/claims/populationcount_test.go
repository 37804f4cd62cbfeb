package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPopulationCount checks rule populationCount: a bare figure a
// population is or has counts people; a year after "population of" and a
// verb of change are left to the other rules.
func TestPopulationCount(t *testing.T) {
	type got struct {
		Value   float64
		Unit    string
		Subject string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit, c.Subject} }
	tests := []langCase[got]{
		{"", "The Orrin valley's population is 45,000.", []got{{45000, "people", "The Orrin valley's population"}}},
		{"", "The population of Brennock Bay stood at 12,400 in 2025.", []got{{12400, "people", "The population of Brennock Bay in 2025"}}},
		{"", "Tarvin has a population of about 3.2 million.", []got{{3.2e6, "people", "Tarvin has a population"}}},
		{"", "The population of 2021 was younger.", nil},
		{"", "The town's population rose to 12,400 last year.", []got{{12400, "", "The town's population last year"}}},
	}
	checkLang(t, tests, get)
}
