package quotes

import "testing"

// TestCoordinatedTail: a sentence whose subject closes a list or an
// apposition with "and" ("The mayor, Ivo Dorn, and the ferry chief
// spoke.") reports nothing: the words before the last comma are no
// statement of "and the ferry chief" (rule coordinatedTail). A plain
// tail attribution is still read. Invented text.
func TestCoordinatedTail(t *testing.T) {
	for _, text := range []string{
		"Ferry cuts\n\nThe mayor, Ivo Dornan, and the ferry chief spoke.",
	} {
		if got := Extract(text, Options{}); len(got) != 0 {
			t.Errorf("%q: got %+v, want no quote", text, got)
		}
	}
	text := "Ferry cuts\n\nThe port will close in June, the ferry chief said."
	got := Extract(text, Options{})
	if len(got) != 1 || got[0].Text != "The port will close in June" {
		t.Errorf("%q: got %+v, want the clause before the comma", text, got)
	}
}
