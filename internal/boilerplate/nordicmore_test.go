package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFurnitureNordicMore: rule furniture-nordic-more reads more of the
// furniture Swedish, Norwegian and Danish news pages leave in a story,
// alone on its line; sentences opening with the same words stay.
func TestFurnitureNordicMore(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Visa fler", model.RemovedNavigation, "navigation"},
		{"Laddar...", model.RemovedNavigation, "navigation"},
		{"Logga in", model.RemovedNavigation, "navigation"},
		{"Lukk", model.RemovedNavigation, "navigation"},
		{"Vis mere", model.RemovedNavigation, "navigation"},
		{"Visa kommentarer", model.RemovedComments, "comments-form"},
		{"Spara artikel", model.RemovedShare, "share-bar"},
		{"Lagre artikkel", model.RemovedShare, "share-bar"},
		{"Spela upp video", model.RemovedShare, "share-bar"},
		{"Sponsrat innehåll", model.RemovedAd, "ad-label"},
		{"Rapportera fel", model.RemovedCallToAction, "cta-story-tip"},
		{"Var artikeln till hjälp?", model.RemovedComments, "comments-prompt"},
		{"Logga in på sajten krävs inte längre, meddelade regionen i Vikby.", "", ""},
		{"Stäng hamnen, krävde oppositionen i Vikby på fredagen.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
