package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFurnitureSpanishMore: rule furniture-spanish-more reads more of the
// furniture Spanish news pages leave in a story; the error-report links
// of Spanish and French are read alone on their line. Sentences that open
// with the same words stay.
func TestFurnitureSpanishMore(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Comentar", model.RemovedComments, "comments-form"},
		{"Ver comentarios", model.RemovedComments, "comments-form"},
		{"Guardar", model.RemovedShare, "share-bar"},
		{"Escuchar noticia", model.RemovedShare, "share-bar"},
		{"Reproducir vídeo", model.RemovedShare, "share-bar"},
		{"Contenido patrocinado", model.RemovedAd, "ad-label"},
		{"¿Te ha resultado útil esta noticia?", model.RemovedComments, "comments-prompt"},
		{"Ver más", model.RemovedNavigation, "navigation"},
		{"Cerrar", model.RemovedNavigation, "navigation"},
		{"Cargando...", model.RemovedNavigation, "navigation"},
		{"Reportar un error", model.RemovedCallToAction, "cta-story-tip"},
		{"Signaler une erreur", model.RemovedCallToAction, "cta-story-tip"},
		{"Reportar un error de cálculo costó a la concejala de Valdemora su puesto.", "", ""},
		{"Signaler une erreur de calcul a coûté son poste à la maire de Valmorel.", "", ""},
		{"Guardar silencio fue la decisión de la alcaldesa, según su entorno.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
