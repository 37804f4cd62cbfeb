package people

import (
	"slices"
	"testing"
)

// TestCourtesyTitles pins rule courtesyTitles on invented texts: these
// titles are neither role nor name.
func TestCourtesyTitles(t *testing.T) {
	tests := []struct {
		lang, text, name string
		want             []string
	}{
		{"en", "The Rt Rev. Anne Whitmere, Bishop of Eastbury, said the crisis was a moral failure.", "Anne Whitmere", []string{"Bishop of Eastbury"}},
		{"en", "Monsignor Paolo Grevi, a Vatican official, also attended.", "Paolo Grevi", []string{"Vatican official"}},
		{"en", "Professor Emeritus Alan Finchley said the figures were worse.", "Alan Finchley", []string{"Professor"}},
		{"de", "PD Dr. Lena Kowalczyk sagte, es gehe voran.", "Lena Kowalczyk", nil},
	}
	for _, tt := range tests {
		roles, ok := personRoles(tt.text, tt.lang, tt.name)
		if !ok || !slices.Equal(roles, tt.want) {
			t.Errorf("%q: %s (found %v) roles %q, want %q", tt.text, tt.name, ok, roles, tt.want)
		}
	}
}

// TestUKCouncillor pins rule ukCouncillor on an invented text: "Cllr" is
// a title, so "Cllr Gale" is Simon Gale, not a person of its own.
func TestUKCouncillor(t *testing.T) {
	text := "Council leader Simon Gale welcomed the ruling. Cllr Gale said work would resume on Monday."
	var names []string
	for _, p := range Analyze(text).People {
		names = append(names, p.Name)
	}
	if !slices.Equal(names, []string{"Simon Gale"}) {
		t.Errorf("people %q, want [Simon Gale]", names)
	}
}
