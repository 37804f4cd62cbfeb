package people

import (
	"slices"
	"testing"
)

// TestLeadWordRun pins rule leadWordRun on invented texts: a run opening
// with a word the text also writes in lower case is no name, or the name
// after it; listed or common-word first names, particles and words of
// addresses keep their runs. Checked by hand: the "no person" cases fail
// with the rule off, the "person" cases with its exceptions off.
func TestLeadWordRun(t *testing.T) {
	tests := []struct {
		name, text string
		lang       string
		want, not  []string
	}{
		{name: "a verb before a name",
			text: "Crowds chanted Deport Ada Marr at the rally. They want to deport her, Ada Marr said.",
			want: []string{"Ada Marr"}, not: []string{"Deport Ada Marr"}},
		{name: "a lead word before the only full name",
			text: "Fans shouted Welcome Ada Marr as the ferry docked. Marr thanked them for the welcome.",
			want: []string{"Ada Marr"}, not: []string{"Welcome Ada Marr"}},
		{name: "a common noun before a given name",
			text: "Grandpa Velo told the story again. My grandpa laughed.",
			not:  []string{"Grandpa Velo"}},
		{name: "a common-word first name",
			text: "Mark Velden said he would mark the day with a party.",
			want: []string{"Mark Velden"}},
		{name: "a particle",
			text: "Van der Velde said the van was late again.",
			want: []string{"Van der Velde"}},
		{name: "an e-mail address writes the name in lower case",
			text: "Write to Kavo Drent at kavo@harbour.example. Kavo Drent said the ferry was late.",
			want: []string{"Kavo Drent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, p := range AnalyzeLang(tt.text, tt.lang).People {
				names = append(names, p.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(names, w) {
					t.Errorf("people %q lack %q", names, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(names, n) {
					t.Errorf("people %q hold %q", names, n)
				}
			}
		})
	}
}
