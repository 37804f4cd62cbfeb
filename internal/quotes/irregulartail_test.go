package quotes

import "testing"

// TestIrregularTail: a tail whose verb is a past without -ed ("she went
// on") is an attribution with its own subject (rule irregularTail), not
// a continuation of the man quoted just before, with his mention.
// Invented text.
func TestIrregularTail(t *testing.T) {
	text := "Ferry cuts\n\n\"The boat must stay,\" said Mary Olvensen, who leads the island council.\n\n\"It costs too much,\" John Brenwald said.\n\n\"We will not give up,\" she went on."
	for _, q := range Extract(text, Options{}) {
		if q.Text == "We will not give up," {
			if q.Speaker != "Mary Olvensen" || q.SpeakerMention != "she" {
				t.Errorf("speaker %q, mention %q; want Mary Olvensen, she", q.Speaker, q.SpeakerMention)
			}
			return
		}
	}
	t.Errorf("no quote in %q", text)
}
