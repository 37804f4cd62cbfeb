package people

import (
	"slices"
	"testing"
)

// TestNounParticle pins rule nounParticle on invented German texts: a
// "von" after a capitalised noun is a preposition, so the noun stays out
// of the name and the role; after a given name, a courtesy title or a
// role it stays a name's particle.
func TestNounParticle(t *testing.T) {
	tests := []struct {
		text, name string
		roles      []string
	}{
		{"Die Ansicht von Anna Velmer teilen viele. Anna Velmer sagte, die Lage sei ernst.", "Anna Velmer", nil},
		{"Das Team von Bundestrainer Jonas Tessen verlor am Sonntag. „Es reicht“, sagte Tessen.", "Jonas Tessen", []string{"Bundestrainer"}},
		{"Ursula von der Velm sagte am Montag, die Lage sei ernst.", "Ursula von der Velm", nil},
		{"Bundespräsident von Velmsee sagte am Montag, die Lage sei ernst.", "von Velmsee", []string{"Bundespräsident"}},
		// A courtesy title before "von" keeps it a name's particle.
		{"Herr von Velmsee sagte am Montag, die Lage sei ernst.", "von Velmsee", nil},
		// A heading's word on the line before is no name's first word:
		// the noun before "von" stays out of the role.
		{"Hafen\nTeam von Bundestrainer Jonas Tessen verlor am Sonntag.", "Jonas Tessen", []string{"Bundestrainer"}},
	}
	for _, tt := range tests {
		var names []string
		var roles []string
		for _, p := range AnalyzeLang(tt.text, "de").People {
			names = append(names, p.Name)
			if p.Name == tt.name {
				roles = p.Roles
			}
		}
		if len(names) != 1 || names[0] != tt.name || !slices.Equal(roles, tt.roles) {
			t.Errorf("%q: people %q (roles of %s %q), want [%q] with roles %q", tt.text, names, tt.name, roles, tt.name, tt.roles)
		}
	}
}
