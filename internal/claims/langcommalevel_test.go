package claims

import (
	"reflect"
	"testing"
)

// TestLangCommaLevel checks rule langCommaLevel: a level after a comma
// that a "to" word opens measures what the change before it measured; a
// figure after a comma with no change before it keeps its own subject.
func TestLangCommaLevel(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Le chômage a reculé de 0,2 point au troisième trimestre, à 7,3 %.", []string{"le chômage a reculé au troisième trimestre", "le chômage"}},
		{"de", "Die Quote sank im Mai um 0,3 Prozentpunkte, auf 5,1 Prozent.", []string{"die Quote sank im Mai", "die Quote"}},
	}
	for _, tt := range tests {
		var gs []string
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			gs = append(gs, c.Subject)
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.text, gs, tt.want)
		}
	}
}
