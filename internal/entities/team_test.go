package entities

import (
	"slices"
	"testing"
)

// TestTeamGuards: rule teamGuards keeps the team rule's city and plural
// for names that can be a team's (each case fails without its guard).
func TestTeamGuards(t *testing.T) {
	tests := []struct {
		name, text string
		people     []string
		team       string // the team found, "" for none
	}{
		{"ambiguous city before a surname", "The lease was signed by Austin Rawlings on Friday.", nil, ""},
		{"ambiguous city in a text about a sport", "The coach said the Austin Otters won the hockey final.", nil, "Austin Otters"},
		{"a function word after the city", "Flights to Toronto This winter were full.", nil, ""},
		{"a heading's common plural", "Toronto Rental Prices\nRental prices rose again, and prices of cars fell.", nil, ""},
		{"a city the article uses as a given name", "Dallas Whitcombe met Dallas Burns at lunch.", []string{"Dallas Whitcombe"}, ""},
		{"a team kept", "The Vancouver Canucks beat the Dallas Otters on Sunday.", nil, "Vancouver Canucks"},
		// Rule theCityName.
		{"theCityName: a nickname that is no long plural", "In baseball news, the Boston Red Sox won again on Sunday.", nil, "Boston Red Sox"},
		{"theCityName: a one-word nickname", "The basketball final went to the Orlando Magic, who won by ten.", nil, "Orlando Magic"},
		{"theCityName: a landmark in a text about sport", "After the football game fans walked to the Washington Monument.", nil, ""},
		{"theCityName: no sport named", "The Boston Velm was not involved.", nil, ""},
		// Rule teamAgreement.
		{"teamAgreement: a plural verb makes a group", "The Boston Velm were among the donors to the flood fund.", nil, "Boston Velm"},
		{"teamAgreement: a landmark", "Tours of the Boston Velm Monument were cancelled.", nil, ""},
		{"theCityName: a plural ends the team", "Fans of hockey love the Boston Otters Whether they win or not.", nil, "Boston Otters"},
		{"theCityName: a word the text writes in lower case too", "In football news, the Boston Velm Market is busy, and the market is open late.", nil, ""},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{People: tt.people})
		var teams []string
		for _, o := range orgs {
			if o.Type == "team" {
				teams = append(teams, o.Name)
			}
		}
		if tt.team == "" && len(teams) > 0 || tt.team != "" && !slices.Contains(teams, tt.team) {
			t.Errorf("%s: teams %q, want %q", tt.name, teams, tt.team)
		}
	}
}

// TestCityNamesake covers rule cityNamesake: outside a text about sport,
// "the", a listed city and capitalised words closing a name are no
// mention of the city; the city alone, or a name running on, stays.
func TestCityNamesake(t *testing.T) {
	tests := []struct {
		text  string
		place bool // Boston found as a place
	}{
		{"The Boston Red Sox were not involved.", false},
		{"She wrote to the Boston Velm Gazette last week.", false},
		{"Officials in Boston said the plan was fine.", true},
		{"He runs the Boston Velm and Lund stall, officials said.", true},
	}
	for _, tt := range tests {
		_, places := Find(tt.text, Options{})
		found := false
		for _, p := range places {
			found = found || p.Name == "Boston"
		}
		if found != tt.place {
			t.Errorf("%q: Boston a place %v, want %v", tt.text, found, tt.place)
		}
	}
}
