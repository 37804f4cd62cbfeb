package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSeparatedVerb checks rule separatedVerb: a known name that speaks
// through a separable verb, split ("teilte ... mit") or joined at the
// clause's end ("mitteilte", "angekündigt"), is the figure's source.
func TestSeparatedVerb(t *testing.T) {
	src := []Source{{Mention: "Landesamt Nordstadt", Name: "Landesamt Nordstadt"}, {Mention: "Vera Lind", Name: "Vera Lind"}}
	tests := []struct {
		text string
		want []string
	}{
		{"Die Zahl der Gäste stieg um 7 Prozent, teilte das Landesamt Nordstadt mit.", []string{"Landesamt Nordstadt"}},
		{"Der Umsatz sank auf 40 Millionen Euro, wie Vera Lind am Montag mitteilte.", []string{"Vera Lind"}},
		{"Es kommen 300 neue Busse, hat Vera Lind angekündigt.", []string{"Vera Lind"}},
		{"Vera Lind räumt dem Plan mit 12 Millionen Euro Vorrang ein.", []string{""}},
	}
	for _, tt := range tests {
		var g []string
		for _, c := range Extract(tt.text, Options{Lang: "de", Sources: src}) {
			g = append(g, c.Source)
		}
		if d := cmp.Diff(tt.want, g); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, d)
		}
	}
}
