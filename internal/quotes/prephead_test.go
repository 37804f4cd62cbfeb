package quotes

import "testing"

// TestPrepHead: a mention that is the object of a preposition after a
// noun for people grows back over that noun, which is the speaker (rule
// prepHead); a place after a verb stays out of it. Invented text.
func TestPrepHead(t *testing.T) {
	text := "Pier vote\n\n" +
		"Councillors in both towns insist the pier is safe.\n\n" +
		"Clerks briefed on the plan said the ferry would stop in March.\n\n" +
		"The mayor said in Kellbrunn that the pier would reopen.\n\n" +
		"The pier closed in May. Then several local skippers in both towns insist the pier is unsafe."
	checkSpoken(t, text, []spoken{
		{"the pier is safe", "Councillors in both towns", "Councillors in both towns"},
		{"the ferry would stop in March", "Clerks briefed on the plan", "Clerks briefed on the plan"},
		{"that the pier would reopen", "The mayor", "The mayor"},
		// The quantifier and adjective before the noun join it.
		{"the pier is unsafe", "several local skippers in both towns", "several local skippers in both towns"},
	})
}
