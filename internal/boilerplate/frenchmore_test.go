package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFurnitureFrenchMore: rule furniture-french-more reads more of the
// furniture French news pages leave in a story (paywall counts, comment
// links and buttons, the helpfulness widget, error reports, tool buttons,
// sponsored labels, the editors' picks header); sentences with the same
// words stay.
func TestFurnitureFrenchMore(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Il vous reste 64% de cet article à lire", model.RemovedCallToAction, "cta-subscribe"},
		{"La suite est réservée aux abonnés.", model.RemovedCallToAction, "cta-subscribe"},
		{"Signaler une erreur", model.RemovedCallToAction, "cta-story-tip"},
		{"Voir les commentaires", model.RemovedComments, "comments-prompt"},
		{"Cet article vous a été utile ?", model.RemovedComments, "comments-prompt"},
		{"Commenter", model.RemovedComments, "comments-form"},
		{"Réagir", model.RemovedComments, "comments-form"},
		{"Envoyer par mail", model.RemovedShare, "share-bar"},
		{"Ajouter à vos favoris", model.RemovedShare, "share-bar"},
		{"Écouter l'article", model.RemovedShare, "share-bar"},
		{"Contenus sponsorisés", model.RemovedAd, "ad-label"},
		{"La rédaction vous conseille", model.RemovedRelated, "related-header"},
		{"Il vous reste trois jours pour voter, a rappelé la maire de Valmorel.", "", ""},
		{"Réagir vite aux crues est la priorité du nouveau plan de la préfecture.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
