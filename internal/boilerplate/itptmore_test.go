package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFurnitureItalianPortuguese: rule furniture-italian-portuguese reads
// more of the furniture Italian and Portuguese news pages leave in a
// story, alone on its line; sentences opening with the same words stay.
func TestFurnitureItalianPortuguese(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Commenta", model.RemovedComments, "comments-form"},
		{"Leggi i commenti", model.RemovedComments, "comments-form"},
		{"Ver comentários", model.RemovedComments, "comments-form"},
		{"Salva", model.RemovedShare, "share-bar"},
		{"Riproduci video", model.RemovedShare, "share-bar"},
		{"Partilhar", model.RemovedShare, "share-bar"},
		{"Ouvir", model.RemovedShare, "share-bar"},
		{"Contenuto sponsorizzato", model.RemovedAd, "ad-label"},
		{"O artigo continua após a publicidade", model.RemovedAd, "ad-label"},
		{"Chiudi", model.RemovedNavigation, "navigation"},
		{"A carregar...", model.RemovedNavigation, "navigation"},
		{"Segnala un errore", model.RemovedCallToAction, "cta-story-tip"},
		{"Este artigo foi útil?", model.RemovedComments, "comments-prompt"},
		{"Salva la data: il 3 maggio salpa la prima nave per Cernia.", "", ""},
		{"Entrar no porto de Valdora custará mais a partir de maio.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
