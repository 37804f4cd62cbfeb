package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFurnitureGermanMore: rule furniture-german-more reads more of the
// furniture German news pages leave in a story; sentences that open with
// the same words stay.
func TestFurnitureGermanMore(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Kommentieren", model.RemovedComments, "comments-form"},
		{"Zu den Kommentaren", model.RemovedComments, "comments-form"},
		{"Kommentare anzeigen", model.RemovedComments, "comments-prompt"},
		{"Merken", model.RemovedShare, "share-bar"},
		{"Artikel vorlesen lassen", model.RemovedShare, "share-bar"},
		{"Video abspielen", model.RemovedShare, "share-bar"},
		{"Empfehlungen der Redaktion", model.RemovedRelated, "related-header"},
		{"Fehler gefunden? Jetzt melden.", model.RemovedCallToAction, "cta-story-tip"},
		{"Inhalt wird geladen", model.RemovedCookieNotice, "embed-consent"},
		{"Externe Inhalte aktivieren", model.RemovedCookieNotice, "embed-consent"},
		{"Zu den Kommentaren der Ministerin wollte sich der Landrat nicht äußern.", "", ""},
		{"Merken Sie sich den Termin: Am 3. Mai legt die erste Fähre ab.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
