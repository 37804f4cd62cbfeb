package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAdContinueMoreLanguages: rule ad-continue-more-languages reads the
// note under an ad slot that the story goes on, alone on its line; a
// sentence that holds the same words stays.
func TestAdContinueMoreLanguages(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Scroll to continue reading", model.RemovedAd, "ad-label"},
		{"Artikeln fortsätter efter annonsen", model.RemovedAd, "ad-label"},
		{"Artikkelen fortsetter under annonsen", model.RemovedAd, "ad-label"},
		{"Artiklen fortsætter under annoncen", model.RemovedAd, "ad-label"},
		{"Artikkeli jatkuu mainoksen jälkeen", model.RemovedAd, "ad-label"},
		{"El artículo continúa después de la publicidad", model.RemovedAd, "ad-label"},
		{"L'articolo continua dopo la pubblicità", model.RemovedAd, "ad-label"},
		{"Продолжение после рекламы", model.RemovedAd, "ad-label"},
		{"Scroll to continue reading the minutes, the council told residents of Orrin who asked for them.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
