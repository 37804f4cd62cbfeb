package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLangShare checks rule langShare: shares and multiples in words are
// claims in the language rules, with what they measure; a figure after
// one in its clause keeps the clause's claim, and a verb opening the
// sentence supposes.
func TestLangShare(t *testing.T) {
	type got struct {
		Value   float64
		Unit    string
		Subject string
	}
	tests := []struct {
		lang, text string
		want       []got
	}{
		{"de", "Zwei Drittel der befragten Pendler fahren mit dem Rad.", []got{{2.0 / 3, "ratio", "Pendler"}}},
		{"de", "Die Hälfte der Kliniken meldet Engpässe.", []got{{0.5, "ratio", "Kliniken"}}},
		{"de", "Jeder vierte Haushalt heizt mit Holz.", []got{{0.25, "ratio", "Haushalt"}}},
		{"de", "Die Zahl der Fahrgäste hat sich seit 2020 verdoppelt.", []got{{2, "times", "die Zahl der Fahrgäste"}}},
		{"de", "Der Absatz fiel um ein Drittel auf 80 Millionen Euro.", []got{{80e6, "EUR", "der Absatz fiel um ein Drittel"}}},
		{"de", "Verdoppelt sich der Takt, fahren mehr Leute Bus.", nil},
		{"fr", "Deux tiers des élèves mangent à la cantine.", []got{{2.0 / 3, "ratio", "élèves"}}},
		{"fr", "La moitié des communes n'a plus de médecin.", []got{{0.5, "ratio", "communes"}}},
		{"es", "La mitad de los hogares no tiene coche.", []got{{0.5, "ratio", "hogares"}}},
		{"it", "Il prezzo del pane è raddoppiato in un anno.", []got{{2, "times", "il prezzo del pane"}}},
	}
	for _, tt := range tests {
		var g []got
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			g = append(g, got{*c.Value, c.Unit, c.Subject})
		}
		if d := cmp.Diff(tt.want, g); d != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.lang, tt.text, d)
		}
	}
}
