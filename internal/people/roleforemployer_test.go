package people

import (
	"strings"
	"testing"
)

// TestRoleForEmployer pins rule roleForEmployer of Resolve on invented
// text: "a"/"an", a singular role noun and "for" is someone the text does
// not name (unresolved: the speaker is the phrase as written), not the
// group closing it; so is "the" with no holder named before. A role
// noun inside a capitalised name ("Centre") or after "of" ("the office
// of the inspector general for") is not the head.
func TestRoleForEmployer(t *testing.T) {
	const text = "Ferry pier closed\n\nMira Talvence, the inspector general for the harbour board, opened an inquiry. " +
		"A spokesman for the city said the pier would reopen. " +
		"The spokeswoman for the harbour board said little. " +
		"The office of the inspector general for the harbour board said nothing."
	cases := []struct {
		mention string
		nth     int // which occurrence
		ok      bool
		name    string
		group   bool
	}{
		{"A spokesman for the city", 0, false, "", false},
		{"The spokeswoman for the harbour board", 0, false, "", false},
		{"The office of the inspector general for the harbour board", 0, true, "The office of the inspector general for the harbour board", true},
	}
	d := Analyze(text)
	for _, c := range cases {
		start := -1
		for k, from := 0, 0; k <= c.nth; k++ {
			i := strings.Index(text[from:], c.mention)
			if i < 0 {
				t.Fatalf("%q: not in the text", c.mention)
			}
			start, from = from+i, from+i+len(c.mention)
		}
		r, ok := d.Resolve(start, start+len(c.mention))
		if ok != c.ok || r.Name != c.name || r.Group != c.group {
			t.Errorf("%q: resolved %q (ok %v, group %v), want %q (ok %v, group %v)", c.mention, r.Name, ok, r.Group, c.name, c.ok, c.group)
		}
	}
}
