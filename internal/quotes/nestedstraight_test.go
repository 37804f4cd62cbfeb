package quotes

import "testing"

// TestNestedStraight: a phrase in straight marks inside a quotation in
// straight marks is nested; the outer quotation runs to its own closer
// (rule nestedStraight), while a next quotation after an unclosed one
// opens as before. Invented text.
func TestNestedStraight(t *testing.T) {
	text := "Harbour talk\n\nThe ferry operator Ada Quell spoke on Tuesday.\n\n\"He kept calling it \"the old route\" for years, and nobody minded,\" Quell said."
	checkQuoteBy(t, "en", text, spoken{`He kept calling it "the old route" for years, and nobody minded,`, "Ada Quell", "Quell"})
	for _, c := range []struct {
		text string
		j    int
		want bool
	}{
		{`"We call it "the old route" still," she said.`, 12, true},
		{`"Fares rise, he said. "Soon"`, 22, false},
		{`"It ended. "Then we sailed. "Home," he said.`, 11, false},
		{`"A "B" C" D "E"`, 3, true},
	} {
		if got := nestedStraight(c.text, c.j, '"'); got != c.want {
			t.Errorf("nestedStraight(%q, %d) = %v, want %v", c.text, c.j, got, c.want)
		}
	}
}
