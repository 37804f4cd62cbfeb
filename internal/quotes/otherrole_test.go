package quotes

import "testing"

// TestOtherRole: "the press officer said" after a minister named by her
// role is not the minister (rule otherRole); a spokeswoman named as a
// spokesperson is still the one "the spokeswoman" names, and a person
// with no role of her own is still the one a description takes. Invented
// text.
func TestOtherRole(t *testing.T) {
	cases := []struct {
		name, text, speaker string
	}{
		{"other role", "Port plan\n\nMinister Ana Velmora said the terminal would open in spring. The ministry had studied the plan for two years.\n\nAsked about the delays, the press officer said the contractor had missed three deadlines.", "the press officer"},
		{"synonym", "Port plan\n\nSpokesperson Ana Velmora said the terminal would open in spring. The ministry had studied the plan for two years.\n\nAsked about the delays, the spokeswoman said the contractor had missed three deadlines.", "Ana Velmora"},
	}
	for _, c := range cases {
		got := Extract(c.text, Options{})
		if len(got) != 2 || got[1].Text != "the contractor had missed three deadlines" || got[1].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
