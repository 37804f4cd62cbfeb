package entities

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDefinedAtChecks covers the checks of definedAt (rule definedAcronym)
// that TestDefinedOrgs leaves unguarded: each case fails with its check
// switched off (checked, see the names). Invented names throughout;
// organisations are written as in TestDefinedOrgs.
func TestDefinedAtChecks(t *testing.T) {
	tests := []struct {
		name, lang, text string
		people           []string
		orgs             []string
	}{
		{
			// j == 0: toks[j-1] would not exist (a panic).
			name: "an acronym in parentheses opening a line follows no name",
			lang: "en", text: "(VGU) Velmora growers met on Friday.",
			orgs: []string{"VGU/: VGU"},
		},
		{
			name: "openParen: a word spaced from its parenthesis is no acronym written in it",
			lang: "en", text: "The Velmora Growers Union ( VGU ) met. The VGU voted.",
			orgs: []string{"VGU/organisation: Velmora Growers Union|VGU"},
		},
		{
			name: "follow: an acronym and more words in the parentheses define nothing",
			lang: "en", text: "Shares of Marrow Kettle Velmo (MKV members and others) fell. The MKV said little.",
			orgs: []string{"MKV/: MKV"},
		},
		{
			name: "toks[j-1].follow: punctuation between the name and the parenthesis",
			lang: "en", text: "Shares of Marrow Kettle Velmo. (MKV) The MKV said little.",
			orgs: []string{"MKV/: MKV"},
		},
		{
			name: "people: a person's name in parentheses is no acronym",
			lang: "es", text: "Habló la concejala de Villa Verde Alta (Vera) ayer.",
			people: []string{"Inés Vera"},
		},
		{
			name: "next: the name does not run across a comma",
			lang: "en", text: "In Velmora, Growers Union (VGU) members met.",
			orgs: []string{"Growers Union/organisation: Growers Union", "VGU/: VGU"},
		},
		{
			name: "cap: a lower-case word opens no name",
			lang: "en", text: "Members of various Growers Unions (VGU) met.",
			orgs: []string{"VGU/: VGU"},
		},
		{
			name: "people: a person's word opens no name",
			lang: "en", text: "Shares of Gina Marrow Kettle (GMK) fell. The GMK said little.",
			people: []string{"Gina Marrow"},
			orgs:   []string{"GMK/: GMK"},
		},
		{
			name: "maxDefinedWords: a name of nine words is a sentence",
			lang: "fr", text: "Une Association des amis de la vieille ville de Velmor (AAV) est née.",
			orgs: []string{"Association des amis/organisation: Association des amis", "AAV/: AAV"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orgs, _ := Find(tt.text, Options{Lang: tt.lang, People: tt.people})
			var got []string
			for _, e := range orgs {
				got = append(got, e.Name+"/"+e.Type+": "+strings.Join(e.Mentions, "|"))
			}
			if d := cmp.Diff(tt.orgs, got); d != "" {
				t.Errorf("orgs (-want +got):\n%s", d)
			}
		})
	}
}
