package people

import (
	"slices"
	"testing"
)

// TestHyphenRole pins rule hyphenRole on invented texts: a role joined by
// a hyphen to its qualifier is a role in the languages without compounds.
func TestHyphenRole(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"pt", "\"Vamos lutar\", disse Maria Velm, secretária-geral da Federação dos Velmeiros. Velm falou no Porto.", "Maria Velm", "secretária-geral da Federação dos Velmeiros"},
		{"es", "\"No cederemos\", dijo Luis Velm, ex-ministro de Pesca. Velm habló en Vigo.", "Luis Velm", "ex-ministro de Pesca"},
	}
	for _, tt := range tests {
		found := false
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			if p.Name == tt.name {
				found = true
				if !slices.Contains(p.Roles, tt.role) {
					t.Errorf("%q: %s has roles %q, want %q", tt.text, tt.name, p.Roles, tt.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tt.text, tt.name)
		}
	}
}
