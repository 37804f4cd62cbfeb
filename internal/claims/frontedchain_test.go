package claims

import "testing"

// TestFrontedChain checks rule frontedChain on invented German sentences:
// a fronted phrase that goes on with more prepositional phrases still
// leaves the counted noun as the subject.
func TestFrontedChain(t *testing.T) {
	for _, text := range []string{
		"Bei dem Unfall auf der B12 starben 3 Menschen.",
		"Bei einem Brand in Velmsee starben am Montag 4 Menschen.",
	} {
		cs := Extract(text, Options{Lang: "de"})
		if len(cs) != 1 || cs[0].Subject != "Menschen" {
			t.Errorf("%q: got %+v, want the subject Menschen", text, cs)
		}
	}
}
