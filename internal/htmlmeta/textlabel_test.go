package htmlmeta

import (
	"slices"
	"testing"
)

// TestTextLabelCredit pins rules authorTextLabelRomance and
// authorOtherCreditColon: a byline labelling the writer "Texto:" or
// "Testo:" names them, and a photographer's credit labelled with a colon
// after the name ends the authors' part. Invented bylines.
func TestTextLabelCredit(t *testing.T) {
	for _, tt := range []struct {
		lang, line string
		want       []string
	}{
		{"es", "Texto: Lena Marsh", []string{"Lena Marsh"}},
		{"it", "Testo: Lena Marsh", []string{"Lena Marsh"}},
		{"es", "Texto: Lena Marsh. Fotos: Tom Grey", []string{"Lena Marsh"}},
		{"de", "Text: Lena Marsch, Fotos: Tom Grau", []string{"Lena Marsch"}},
		{"en", "By Lena Marsh. Photos: Tom Grey", []string{"Lena Marsh"}},
	} {
		page := `<html lang="` + tt.lang + `"><head><title>Ferry fares rise again</title></head><body><article><h1>Ferry fares rise again</h1><p class="byline">` + tt.line +
			`</p><p>` + tramText + `</p></article></body></html>`
		if got := Extract(parse(t, page), "", testNow).Authors; !slices.Equal(got, tt.want) {
			t.Errorf("%q: authors %q, want %q", tt.line, got, tt.want)
		}
	}
}
