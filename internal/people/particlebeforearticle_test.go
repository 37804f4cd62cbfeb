package people

import (
	"strings"
	"testing"
)

// TestParticleBeforeArticle pins rule particleBeforeArticle on invented
// German texts: "zu" before an article is a preposition, no name's
// particle, while "zu" before the name and "von der" stay in it.
func TestParticleBeforeArticle(t *testing.T) {
	tests := []struct {
		text   string
		absent string // no person's name holds it
		want   string // a person named so, or ""
	}{
		{"Die Trainerin ging mit ihrer Torhüterin Jördis zu den Proben nach Velmstadt.", "Proben", ""},
		{"Am Abend ging Schauspielerin Lotte zu der Premiere in Velmstadt.", "Premiere", ""},
		{"Karl-Jonas zu Velmsberg sagte am Montag, die Lage sei ernst.", "", "Karl-Jonas zu Velmsberg"},
		{"Ursula von der Velm sagte am Montag, die Lage sei ernst.", "", "Ursula von der Velm"},
	}
	for _, tt := range tests {
		var names []string
		found := tt.want == ""
		for _, p := range AnalyzeLang(tt.text, "de").People {
			names = append(names, p.Name)
			if tt.absent != "" && strings.Contains(p.Name, tt.absent) {
				t.Errorf("%q: person %q holds %q", tt.text, p.Name, tt.absent)
			}
			found = found || p.Name == tt.want
		}
		if !found {
			t.Errorf("%q: people %q, want %q among them", tt.text, names, tt.want)
		}
	}
}
