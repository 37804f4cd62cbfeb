package quotes

import "testing"

// TestCallObject: a call verb after a subject with a relative clause
// ("The deckhand, who was on watch, called the harbour master.") is no
// inverted attribution: the one called is no speaker and the words
// before the comma are no report (rule callObject). An inverted tail
// with a speech verb is still read. Invented text.
func TestCallObject(t *testing.T) {
	for _, text := range []string{
		"Dinghy found\n\nThe deckhand, who was on watch, called the harbour master.",
		"Dinghy found\n\nA neighbour, who saw the smoke from her garden, called the fire brigade.",
	} {
		if got := Extract(text, Options{}); len(got) != 0 {
			t.Errorf("%q: got %+v, want no quote", text, got)
		}
	}
	text := "Dinghy found\n\nThe dinghy drifted for two days, said the harbour master."
	got := Extract(text, Options{})
	if len(got) != 1 || got[0].Text != "The dinghy drifted for two days" {
		t.Errorf("%q: got %+v, want the clause before the comma", text, got)
	}
}
