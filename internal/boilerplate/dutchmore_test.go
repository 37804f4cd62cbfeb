package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFurnitureDutchMore: rule furniture-dutch-more reads more of the
// furniture Dutch news pages leave in a story, alone on its line;
// sentences opening with the same words stay.
func TestFurnitureDutchMore(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Reageer", model.RemovedComments, "comments-form"},
		{"Bekijk reacties", model.RemovedComments, "comments-form"},
		{"Opslaan", model.RemovedShare, "share-bar"},
		{"Luister", model.RemovedShare, "share-bar"},
		{"Video afspelen", model.RemovedShare, "share-bar"},
		{"Gesponsorde inhoud", model.RemovedAd, "ad-label"},
		{"Het artikel gaat verder onder de advertentie", model.RemovedAd, "ad-label"},
		{"Meer laden", model.RemovedNavigation, "navigation"},
		{"Sluiten", model.RemovedNavigation, "navigation"},
		{"Fout gevonden?", model.RemovedCallToAction, "cta-story-tip"},
		{"Was dit artikel nuttig?", model.RemovedComments, "comments-prompt"},
		{"Luister naar de burgemeester: zij wil de veerboot in mei laten varen.", "", ""},
		{"Sluiten van de haven van Valdam is geen optie, zei de wethouder.", "", ""},
		{"Laden", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
