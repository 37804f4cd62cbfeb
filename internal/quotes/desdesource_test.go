package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestDesdeSource: Spanish "explicaron desde el Ministerio de Salud"
// names the body the words come from, after a hearer named alone too
// (rule desdeSource); a place after "desde" is not read. Invented text.
func TestDesdeSource(t *testing.T) {
	head := "Cierre del puerto de Valdemora\n\nEl consistorio confirmó el lunes el cierre del muelle norte durante dos meses.\n\n\"Las obras no pueden esperar más\", "
	cases := []struct {
		name, tail, speaker string
		group               bool
	}{
		{"ministry", "explicaron desde el Ministerio de Salud.", "Ministerio de Salud", true},
		{"hearer", "explicaron a Radio Ribera desde el equipo de la alcaldesa.", "el equipo de la alcaldesa", true},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(head+c.tail, "es"), Options{})
		if len(got) != 1 || got[0].Speaker != c.speaker || got[0].SpeakerIsGroup != c.group {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
