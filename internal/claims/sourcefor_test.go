package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSourceFor checks rule sourceFor: "für" between capitalised words
// belongs to the source's name, which no longer leaves its tail as the
// claim's subject; and rule subjectBeforeSource: the subject written
// before an "according to" phrase is the claim's.
func TestSourceFor(t *testing.T) {
	type got struct{ Subject, Source string }
	tests := []struct {
		text string
		want []got
	}{
		{"Die Zahl der Pendler stieg nach Angaben des Landesamts für Statistik auf 1,4 Millionen.",
			[]got{{"die Zahl der Pendler", "Landesamt für Statistik"}}},
		{"Laut einer Umfrage des Zentrums für Marktforschung lehnen 61 Prozent der Befragten den Plan ab.",
			[]got{{"Befragten", "Umfrage des Zentrums für Marktforschung"}}},
	}
	for _, tt := range tests {
		var g []got
		for _, c := range Extract(tt.text, Options{Lang: "de"}) {
			g = append(g, got{c.Subject, c.Source})
		}
		if d := cmp.Diff(tt.want, g); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, d)
		}
	}
}
