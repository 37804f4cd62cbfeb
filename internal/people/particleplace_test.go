package people

import "testing"

// TestParticlePlaceBeforeName covers rule particlePlaceBeforeName: a
// role's "von"-complement before an apposed name is no person; a titled
// surname with its particle still is, under a heading too (rule
// particleAfterNameLine). Names invented.
func TestParticlePlaceBeforeName(t *testing.T) {
	tests := []struct {
		lang, text, name string
		want             bool
	}{
		{"de", "Der Bürgermeister von Kiel, Tomas Verhoek, sagte, die Stadt werde vermitteln.", "von Kiel", false},
		{"de", "Der Bürgermeister von Kiel, Tomas Verhoek, sagte, die Stadt werde vermitteln.", "Tomas Verhoek", true},
		{"de", "Bundespräsident von Velmsee sagte, die Stadt werde vermitteln.", "von Velmsee", true},
		// Rule particleAfterNameLine: a heading's word on the line before.
		{"de", "Hafen\n\nBundespräsident von Velmsee sagte, die Stadt werde vermitteln.", "von Velmsee", true},
		{"es", "El alcalde de Vigo, Tomás Verhoek, dijo que la ciudad mediará.", "Tomás Verhoek", true},
	}
	for _, tt := range tests {
		found := false
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			found = found || p.Name == tt.name
		}
		if found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
