package textclean

import (
	"strings"
	"testing"
)

// TestRelatedEndsAtDialogue: rule related-ends-at-dialogue ends the list a
// bare related header opens at a dash-led line of dialogue, which stays in
// the story; the headlines under such a header still go.
func TestRelatedEndsAtDialogue(t *testing.T) {
	const story = `Ny färjelinje till Kestrelö öppnar i maj

Den nya färjelinjen mellan fastlandet och Kestrelö öppnar i maj, meddelade regionen på fredagen.

Linjen ska trafikeras sex gånger om dagen under sommaren och fyra gånger om dagen under vintern.

Mest läst
%s
– Det här är en viktig dag för ön, säger Ingrid Sjö, ordförande i trafiknämnden.

Biljetterna kostar lika mycket som på den gamla linjen, enligt regionen.
`
	const quote = "– Det här är en viktig dag för ön, säger Ingrid Sjö, ordförande i trafiknämnden."
	for _, headlines := range []string{"", "Brand i hamnmagasinet på Norrudden\nSkolan i Vikby stängs efter sommaren\n"} {
		a, _ := Extract(strings.Replace(story, "%s\n", headlines, 1), Options{})
		if !strings.Contains(a.Text, quote) {
			t.Errorf("headlines %q: the quote left the story:\n%s", headlines, a.Text)
		}
		if strings.Contains(a.Text, "Mest läst") || headlines != "" && strings.Contains(a.Text, "Norrudden") {
			t.Errorf("headlines %q: the related list stayed:\n%s", headlines, a.Text)
		}
	}
}
