package claims

import "testing"

// TestPolledGroup checks rule polledGroup: a name after a study noun and
// "of" that goes on with a plural noun names the people polled, no
// maker; a name alone after "by" still makes the study. Texts invented.
func TestPolledGroup(t *testing.T) {
	opts := Options{Sources: []Source{{Mention: "Harlow Labour", Name: "Harlow Labour Party"}, {Mention: "Norland Research", Name: "Norland Research"}}}
	checkFirstSource(t, opts, []sourceCase{
		{"And a recent poll of Harlow Labour members found that 40% back the bridge.", "a recent poll of Harlow Labour members"},
		{"A recent poll by Norland Research found that 40% of Harlow voters back the bridge.", "Norland Research"},
	})
}
