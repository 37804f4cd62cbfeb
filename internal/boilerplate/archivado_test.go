package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestTagsLineArchivado: rule tags-line-archivado reads Spanish pages'
// "Archivado en:" line of topics as a tags line; a sentence that opens
// with the same words and no colon stays. Fails without the entry.
func TestTagsLineArchivado(t *testing.T) {
	tests := []struct{ in, kind string }{
		{"Archivado en: Valdemora, Puertos, Temporales", model.RemovedNavigation},
		{"Archivado En: Sanidad pública · Hospitales", model.RemovedNavigation},
		{"Archivado en un cajón durante años, el informe sobre el puerto salió ayer a la luz.", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || ok && rule != "tags-line" {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q", tt.in, kind, rule, ok, tt.kind)
		}
	}
}
