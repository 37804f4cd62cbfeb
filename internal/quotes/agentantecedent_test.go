package quotes

import "testing"

// TestAgentAntecedent: a "who" after the agent of a passive speaks for
// that description (rule agentAntecedent).
// Invented sentence.
func TestAgentAntecedent(t *testing.T) {
	text := "Ferry fares frozen\n\nFares on the island ferry will not rise this year.\n\n" +
		"The freeze was praised by the harbour board chair, who said it would help families on the island."
	checkSpoken(t, text, []spoken{{"it would help families on the island", "the harbour board chair", "who"}})
}
