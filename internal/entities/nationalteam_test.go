package entities

import (
	"slices"
	"testing"
)

// TestNationalTeamResult pins rule nationalTeamResult on invented match
// reports: two countries on either side of a result verb with a score
// after are teams under the country's name; a country's result with no
// score, or with no country against it, stays a place. The team cases fail
// with the rule off.
func TestNationalTeamResult(t *testing.T) {
	tests := []struct {
		lang, text    string
		teams, places []string
	}{
		{"en", "Spain beat England 2-1 in the final on Sunday.", []string{"Spain", "England"}, nil},
		{"en", "Portugal drew with Croatia 1-1 on Sunday.", []string{"Portugal", "Croatia"}, nil},
		// An auxiliary and an elided article: the team under the
		// country's name.
		{"fr", "La France a battu l'Italie 2-1 samedi soir.", []string{"France", "Italy"}, nil},
		// An article before the opponent, Spanish "a" to it.
		{"it", "L'Italia ha battuto la Spagna 2-1 sabato sera.", []string{"Italy", "Spain"}, nil},
		{"es", "España venció a Italia por 2-1 el sábado.", []string{"Spain", "Italy"}, nil},
		// The verb before its subject, a linker before the score.
		{"de", "Im Finale schlug Deutschland Frankreich mit 2:1.", []string{"Germany", "France"}, nil},
		// Not remembered: the country later is the place.
		{"en", "Spain beat England 2-1. Fans flew home to Spain.", []string{"Spain", "England"}, []string{"Spain"}},
		// Rule nationalTeamNoun: a word of a sports side after the
		// country, possessive or not; not "team".
		{"en", "England's squad for the tournament will be named on Friday.", []string{"England"}, nil},
		{"en", "Velmland lost, Brazil coach Velm Arko said.", []string{"Brazil"}, nil},
		{"en", "Britain's team of negotiators arrived on Monday.", nil, []string{"United Kingdom"}},
		// No score: a country beats another in much else.
		{"en", "Spain beat France to the contract last year.", nil, []string{"Spain", "France"}},
		// No country against it.
		{"en", "Spain beat Velmo 2-1 in a friendly.", nil, []string{"Spain"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			teams, places := teamsAndPlaces(Find(tt.text, Options{Lang: tt.lang}))
			if !slices.Equal(teams, tt.teams) || !slices.Equal(places, tt.places) {
				t.Errorf("teams %q places %q, want %q and %q", teams, places, tt.teams, tt.places)
			}
		})
	}
}
