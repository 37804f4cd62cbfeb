package claims

import "testing"

// TestLangListOrdinal checks rule langListOrdinal on invented list items:
// a number glued after "#" is a place in a list, no claim; a count after
// the item's number still is one.
func TestLangListOrdinal(t *testing.T) {
	tests := []struct {
		lang, text string
		want       int
	}{
		{"es", "#2 Panadería Orrin", 0},
		{"fr", "#1 Boulangerie Velmar", 0},
		{"de", "#3 Bäckerei Tarvin", 0},
		{"es", "#2 Panadería Orrin: vende 300 panes al día.", 1},
	}
	for _, tt := range tests {
		if cs := Extract(tt.text, Options{Lang: tt.lang}); len(cs) != tt.want {
			t.Errorf("%s %q: got %d claims %+v, want %d", tt.lang, tt.text, len(cs), cs, tt.want)
		}
	}
}
