package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDutchCompoundKind covers rule dutchCompoundKind: in Dutch a
// compound ending in a kind noun before a name is that kind noun, and
// the name is the organisation's. Texts and names invented.
func TestDutchCompoundKind(t *testing.T) {
	tests := []struct{ text, name, typ string }{
		{"De oud-directeur van bouwbedrijf Velmbouw uit Velmdam is aangehouden.", "Velmbouw", "company"},
		{"Volgens de zorgverzekeraar Velmzorg stijgen de premies volgend jaar flink.", "Velmzorg", "company"},
		{"Het energiebedrijf Orvanet verhoogt de tarieven per januari.", "Orvanet", "company"},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "nl"})
		if !slices.ContainsFunc(orgs, func(e model.Entity) bool { return e.Name == tt.name && e.Type == tt.typ }) {
			t.Errorf("%q: no %s %q in %v", tt.text, tt.typ, tt.name, orgs)
		}
	}
}
