package entities

import (
	"slices"
	"testing"
)

// TestPoliceCrimePanel pins rule policeCrimePanel on invented sentences:
// the scrutiny body named "Police and Crime Panel" is one organisation,
// the force named alone beside it is another, and a product's "Panel"
// names nothing.
func TestPoliceCrimePanel(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Velmshire Police and Crime Panel met on Tuesday to question the commissioner.", []string{"Velmshire Police and Crime Panel"}},
		{"Members of the Harrowby Police and Crime Panel said Harrowby Police must cut costs.", []string{"Harrowby Police and Crime Panel", "Harrowby Police"}},
		{"Crews fitted a new Solar Panel and Crime Prevention lights at the depot.", nil},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "en"})
		var got []string
		for _, e := range orgs {
			got = append(got, e.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: organisations %q, want %q", tt.text, got, tt.want)
		}
	}
}
