package quotes

import "testing"

// TestItsRole: "its chairman said" is a person of the body (rule
// itsRole): the one person the text gives that role, else the
// description as written, never the organisation named last (a wire
// agency in the dateline). Invented text.
func TestItsRole(t *testing.T) {
	cases := []struct {
		name, text, speaker string
	}{
		{"holder", "Ferry cuts\n\nVALDEN (Wire) - The port will cut three routes, its chairman said on Monday.\n\n\"We cannot keep running empty boats,\" Karl Brennert, the authority's chairman, told reporters.", "Karl Brennert"},
		{"unnamed", "Ferry cuts\n\nVALDEN (Wire) - The port will cut three routes, its chairman said on Monday.", "its chairman"},
	}
	for _, c := range cases {
		got := Extract(c.text, Options{})
		if len(got) == 0 || got[0].Text != "The port will cut three routes" || got[0].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
