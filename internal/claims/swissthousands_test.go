package claims

import "testing"

// TestSwissThousands checks rule swissThousands on invented sentences: an
// apostrophe before three digits groups thousands, straight or curly; one
// before other than three digits does not.
func TestSwissThousands(t *testing.T) {
	tests := []struct {
		lang, text string
		want       float64
	}{
		{"de", "Brennau ist eine Kleinstadt mit etwa 75’000 Einwohnern.", 75000},
		{"fr", "La commune de Valmont compte 1'250 habitants.", 1250},
		{"it", "Il comune di Velmora conta 12’400 abitanti.", 12400},
	}
	for _, tt := range tests {
		cs := Extract(tt.text, Options{Lang: tt.lang})
		if len(cs) != 1 || cs[0].Value == nil || *cs[0].Value != tt.want {
			t.Errorf("%s %q: got %+v, want one claim of %v", tt.lang, tt.text, cs, tt.want)
		}
	}
}
