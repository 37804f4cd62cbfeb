package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestTextAgencyLine: rule text-agency-line reads a text credit naming
// only wire agencies as the copy's credit in German, French, Italian and
// Dutch; a text credit naming anything else, or a sentence, stays.
func TestTextAgencyLine(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Text: dpa", model.RemovedByline, "wire-credits"},
		{"Texte : AFP", model.RemovedByline, "wire-credits"},
		{"Testo: ANSA", model.RemovedByline, "wire-credits"},
		{"Tekst: ANP, Belga", model.RemovedByline, "wire-credits"},
		{"Text: dpa und Reuters", model.RemovedByline, "wire-credits"},
		{"Texte : notre correspondante à Valmorel", "", ""},
		{"Text: die Rede des Bürgermeisters von Marrach im Wortlaut", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
