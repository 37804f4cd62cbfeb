package quotes

import "testing"

// TestUnresolvedGender: an unresolved "she" does not continue a speaker
// whose first name is a man's (rule unresolvedGender): the supporter who
// speaks is not named, so the quotes keep no speaker rather than the
// columnist quoted before. A "he" still continues him. Invented text.
func TestUnresolvedGender(t *testing.T) {
	const lead = "Rally draws crowd\n\n\"His use of the word was likely a first in the history of the state,\" wrote Tom Tarrant in the Courier.\n\n"
	checkSpoken(t, lead+"One supporter in the front row was more forgiving. \"He truly cares about the people of this valley,\" she said.", []spoken{
		{"His use of the word was likely a first in the history of the state,", "Tom Tarrant", "Tom Tarrant"},
		{"He truly cares about the people of this valley,", "", "she"},
	})
	checkSpoken(t, lead+"The columnist was not done. \"He truly cares about nobody in this valley,\" he said.", []spoken{
		{"His use of the word was likely a first in the history of the state,", "Tom Tarrant", "Tom Tarrant"},
		{"He truly cares about nobody in this valley,", "Tom Tarrant", "he"},
	})
}
