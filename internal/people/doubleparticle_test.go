package people

import "testing"

// TestDoubleParticle pins rule doubleParticle on invented texts: two
// particles between a given name and a surname keep the name whole.
func TestDoubleParticle(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Children need more sleep, said Lena van der Velm, who led the study.", "Lena van der Velm"},
		{"The designer Maria de la Orvel said the line was new.", "Maria de la Orvel"},
		{"Talks with Hans von der Tessen ended on Monday.", "Hans von der Tessen"},
	}
	for _, tt := range tests {
		var names []string
		for _, p := range AnalyzeLang(tt.text, "en").People {
			names = append(names, p.Name)
		}
		if len(names) != 1 || names[0] != tt.name {
			t.Errorf("%q: people %q, want [%q]", tt.text, names, tt.name)
		}
	}
}
