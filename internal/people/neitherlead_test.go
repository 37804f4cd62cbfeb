package people

import "testing"

// TestNeitherLead: "Neither" and "Either" open a sentence's coordination
// ("Neither Varley nor Dunmore is inclined ..."), never a name: the
// person is Tom Varley, with no second person "Neither Varley" for the
// later mentions to resolve to. Invented text.
func TestNeitherLead(t *testing.T) {
	const text = "Tom Varley and Ann Dunmore campaigned in Leith on Monday. Neither Varley nor Dunmore is inclined to attack the governor. Either Varley or Dunmore will speak next. Varley said the race was close."
	for _, p := range Analyze(text).People {
		if p.Name != "Tom Varley" && p.Name != "Ann Dunmore" {
			t.Errorf("person %q, want only Tom Varley and Ann Dunmore", p.Name)
		}
	}
}
