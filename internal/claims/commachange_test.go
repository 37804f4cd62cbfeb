package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCommaChange checks rule commaChange: a change set off by a comma
// after a level measures the change of what the level measured; after a
// claim whose verb stays, the change keeps its own words.
func TestCommaChange(t *testing.T) {
	get := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"", "Turnout in Velmar was 60%, up 4 points on 2021.", []string{"Turnout in Velmar", "Turnout in Velmar up on 2021"}},
		{"", "Brennock's sales reached £3m, down 12% on last year.", []string{"Brennock's sales", "Brennock's sales down on last year"}},
		{"", "Inflation in Orrin fell to 2.1%, down 0.3 points from May.", []string{"Inflation in Orrin", "Inflation in Orrin down from May"}},
		{"", "Tarvin dealers sold 1,200 vans, up 4% from 2024.", []string{"vans Tarvin dealers sold", "from 2024"}},
	}
	checkLang(t, tests, get)
}

// TestInheritedChange checks rule inheritedChange: ", up 4" after a count
// is the count's change in its noun, measuring what the count measured.
func TestInheritedChange(t *testing.T) {
	type got struct {
		Value   float64
		Unit    string
		Subject string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit, c.Subject} }
	tests := []langCase[got]{
		{"", "The Velmar Greens won 12 seats, up 4 on 2021.", []got{{12, "seats", "seats the Velmar Greens won"}, {4, "seats", "The Velmar Greens won seats up on 2021"}}},
		{"", "Tarvin police arrested 40 people, down 2 from Friday.", []got{{40, "people", "people Tarvin police arrested"}, {2, "people", "Tarvin police arrested people down from Friday"}}},
	}
	checkLang(t, tests, get)
}
