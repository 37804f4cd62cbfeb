package quotes

import "testing"

// TestNamedChannel: a capitalised channel word ends a proper name (a
// newspaper: "The Harbourton Post reports"), which speaks whole, not the
// town before it; a lower-case channel word after a name is still the
// name's channel ("the Lumen website said": Lumen) (rule namedChannel).
// Invented text.
func TestNamedChannel(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"en", "Mayor under fire\n\nThe Harbourton Post reports that the mayor skipped the council vote on the ferry budget.",
			spoken{"that the mayor skipped the council vote on the ferry budget", "Harbourton Post", "The Harbourton Post"}},
		{"en", "Mayor under fire\n\nThe Lumen website said that the mayor skipped the council vote on the ferry budget.",
			spoken{"that the mayor skipped the council vote on the ferry budget", "Lumen", "The Lumen website"}},
	})
}
