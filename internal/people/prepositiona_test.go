package people

import "testing"

// TestPrepositionA covers rules prepositionA (Spanish and Italian "a"
// before a person is a preposition, no article), conjunctionAfterOrg (a
// name after an organisation's word opens with a capital, not with "y")
// and chamberHead (Spanish "Cámara" opens a public body). Texts and
// names invented.
func TestPrepositionA(t *testing.T) {
	tests := []struct {
		lang, text, name string
		want             bool
	}{
		{"es", "Ayer detuvieron a Carlos Velmares en Orvina.", "Carlos Velmares", true},
		{"it", "Il premio è andato a Mario Velmini, sindaco di Orvieto.", "Mario Velmini", true},
		{"en", "The prize went to a Velmar Orchid, the rarest of the show.", "Velmar Orchid", false},
		{"es", "El Orvina ganó 2-1 a Velmar FC y Cartavia remontó en casa. CARTAVIA sigue líder.", "y Cartavia", false},
		// The chamber's word alone after "a" ("a Cámara", a title
		// dropped) then its full name: the run is a body's.
		{"es", "Velmez llevó la queja a Cámara ayer. “Quieren frenar la Cámara de Diputados”, afirmó Marta Velmez.", "Cámara de Diputados", false},
	}
	for _, tt := range tests {
		if found := personFound(tt.text, tt.lang, tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
