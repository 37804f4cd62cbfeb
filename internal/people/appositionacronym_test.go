package people

import (
	"slices"
	"testing"
)

// TestAppositionAcronym pins rule appositionAcronym on an invented text:
// a role set off after a name keeps its body's bracketed acronym out.
func TestAppositionAcronym(t *testing.T) {
	text := "«Es una traición», denunció María Velm, secretaria general de Comisiones Velmeñas (CCV). Velm añadió que habrá huelga."
	for _, p := range AnalyzeLang(text, "es").People {
		if p.Name == "María Velm" {
			if want := "secretaria general de Comisiones Velmeñas"; !slices.Contains(p.Roles, want) {
				t.Errorf("roles %q, want %q", p.Roles, want)
			}
			return
		}
	}
	t.Errorf("María Velm not found")
}
