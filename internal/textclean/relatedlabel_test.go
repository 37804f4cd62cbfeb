package textclean

import (
	"strings"
	"testing"
)

// TestRelatedLabelHeadline: a one-word "read" label and another story's
// headline leaves the body (rule related-label-headline); an interview
// answer after a given name that is also such a label stays. Fails with
// the rule switched off.
func TestRelatedLabelHeadline(t *testing.T) {
	story := "La junta del puerto aprobó el martes los planes para una nueva terminal de ferris en el muelle este.\n\n%s\n\nLa construcción comenzará en primavera y durará unos dieciocho meses, dijo la junta."
	for _, tc := range []struct {
		line string
		gone bool
	}{
		{"Lea: Cierra el mercado de pescado tras cuarenta años", true},
		{"MIRA: Vecinos bloquean la calle del puerto", true},
		{"Lesen Sie hier: Gemeinderat stimmt für neue Fähre", true},
		{"Czytaj: Rada miasta zamyka targ rybny", true},
		{"Mira: No lo sé, pero el puerto sigue abierto.", false},
		{"Lea: Ich glaube schon, dass der Markt bleibt.", false},
		{"Nota: El horario cambia en verano", false},
	} {
		a, err := Extract(strings.Replace(story, "%s", tc.line, 1), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if gone := !strings.Contains(a.Text, tc.line); gone != tc.gone {
			t.Errorf("%q: removed %v, want %v", tc.line, gone, tc.gone)
		}
	}
}
