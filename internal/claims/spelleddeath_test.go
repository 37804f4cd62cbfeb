package claims

import "testing"

// TestSpelledDeathToll checks rule spelledDeathToll on invented German
// sentences: a small count in words of the dead, told by a verb of dying
// before it or by "ums Leben" after its noun, is a claim of people; a small
// count in words with neither stays a description.
func TestSpelledDeathToll(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Bei dem Unglück in Velmsee starben am Dienstag drei Menschen.", 1},
		{"Bei dem Brand in Brennstadt kamen vier Bewohner ums Leben.", 1},
		{"In Velmsee leben drei Katzen im Rathaus.", 0},
	}
	for _, tt := range tests {
		cs := Extract(tt.text, Options{Lang: "de"})
		if len(cs) != tt.want || len(cs) == 1 && cs[0].Unit != UnitPeople {
			t.Errorf("%q: got %+v, want %d claim(s) of people", tt.text, cs, tt.want)
		}
	}
}
