package quotes

import "testing"

// TestModalClause: a mention holding a modal or a negated auxiliary after
// its first word ("A photo cannot") is a clause, not a speaker (rule
// clauseSpeaker, modalClauseWords). Invented text.
func TestModalClause(t *testing.T) {
	text := "Ferry notes\n\nA photo cannot explain how rough the crossing was."
	checkSpoken(t, text, []spoken{{"how rough the crossing was", "", ""}})
	checkPredicate(t, "clauseMention", clauseMention, []predicateCase{
		{"A photo cannot", true},
		{"the tides might", true},
		{"the yard doesn’t", true},
		{"Prime Minister Ada May", false},
		{"a pilot who couldn't be reached", false},
	})
}
