package claims

import "testing"

// TestRomanceAndVerb checks rule romanceAndVerb on invented sentences: a
// verb of holding or employing after "and" opens a second predicate, whose
// count is a claim of its own.
func TestRomanceAndVerb(t *testing.T) {
	tests := []struct {
		lang, text string
		units      []string
	}{
		{"fr", "L'hôpital de Valmont compte 850 lits et emploie 3 200 salariés.", []string{"lits", "people"}},
		{"es", "El hospital de Valdoria tiene 620 camas y emplea 4.100 trabajadores.", []string{"camas", "people"}},
	}
	for _, tt := range tests {
		var units []string
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			units = append(units, c.Unit)
		}
		if len(units) != len(tt.units) || len(units) == 2 && (units[0] != tt.units[0] || units[1] != tt.units[1]) {
			t.Errorf("%s %q: got units %v, want %v", tt.lang, tt.text, units, tt.units)
		}
	}
}
