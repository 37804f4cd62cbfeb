package claims

import "testing"

// TestLangMagnitude checks rule langMagnitude on invented sentences: the
// figure after the word of a quake's magnitude is a claim in
// UnitMagnitude; a storm's force in German and a figure above
// maxMagnitude are not.
func TestLangMagnitude(t *testing.T) {
	tests := []struct {
		lang, text string
		want       float64 // 0: no magnitude claim
	}{
		{"it", "Una scossa di magnitudo 5,4 ha colpito Velmora nella notte.", 5.4},
		{"fr", "Un séisme de magnitude 6,1 a frappé Valmont dimanche.", 6.1},
		{"es", "Un terremoto de magnitud 5,8 sacudió Valdoria el domingo.", 5.8},
		{"de", "Ein Erdbeben der Stärke 6,2 hat Brennland erschüttert.", 6.2},
		{"de", "Ein Sturm der Stärke 9 zog über Brennland.", 0},
		{"it", "Il vento di magnitudo 14 ha colpito Velmora.", 0},
	}
	for _, tt := range tests {
		var got float64
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			if c.Unit == UnitMagnitude && c.Value != nil {
				got = *c.Value
			}
		}
		if got != tt.want {
			t.Errorf("%s %q: got magnitude %v, want %v", tt.lang, tt.text, got, tt.want)
		}
	}
}
