package quotes

import "testing"

// TestCutPredicate: a mention that is a verb or a preposition with its
// object names no one and goes; one before "said" becomes its object;
// one inside a relative clause stays (rule cutPredicate). Invented text.
func TestCutPredicate(t *testing.T) {
	text := "Pier vote in Orvania\n\n" +
		"Ada Quell, a harbour councillor, asked the board to act on the winter storms -- silting the Orvania harbour master said is certain to close the north pier by March.\n\n" +
		"The pier trust has amid the repairs claimed a wide circle of loyal skippers on the quayside.\n\n" +
		"Pilots who have studied the tides say the pier will need new piles within two years.\n\n" +
		"The pier trust has reading the tide tables claimed a wide circle of loyal skippers on the quayside."
	checkSpoken(t, text, []spoken{
		{"the board to act on the winter storms", "Ada Quell", "Ada Quell, a harbour councillor,"},
		{"is certain to close the north pier by March", "the Orvania harbour master", "the Orvania harbour master"},
		{"a wide circle of loyal skippers on the quayside", "", ""},
		// Kept: the mention is the rest of the relative clause of
		// "Pilots", which PolNeAR marks whole as the speaker.
		{"the pier will need new piles within two years", "studied the tides", "studied the tides"},
		// Kept: a gerund with its object.
		{"a wide circle of loyal skippers on the quayside", "reading the tide tables", "reading the tide tables"},
	})
	checkPredicate(t, "cutPredicateMention", cutPredicateMention, []predicateCase{
		{"amid the repairs", true},
		{"posted a notice", true},
		{"warn them", true},
		{"rowing their skiffs past the buoy", true},
		{"all the pilots", false},
		{"least a score of pilots", false},
		{"tallies her office kept", false},
		{"the pier trust", false},
		{"Ada Quell", false},
		{"Quell", false},
	})
}
