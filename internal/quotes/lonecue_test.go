package quotes

import "testing"

// TestLoneCueSpeaker: a how-to's opening imperative ("Try") is no
// speaker; the report keeps its words without it (rule loneCueSpeaker).
// Invented text.
func TestLoneCueSpeaker(t *testing.T) {
	checkSpoken(t, "Ferry news\n\nThe harbour board has issued warning notices to owners of idle boats on the north pier.", []spoken{{"notices to owners of idle boats on the north pier", "", ""}})
	text := "Ferry guide\n\nTry asking the harbour office whether the night ferry runs on Sundays."
	checkSpoken(t, text, []spoken{{"the harbour office whether the night ferry runs on Sundays", "", ""}})
	checkPredicate(t, "loneCueMention", loneCueMention, []predicateCase{
		{"Try", true},
		{"using", true},
		{"My", true},
		{"issued", true},
		{"consider", true},
		{"Clear", false},
		{"shed", false},
		{"More", false},
		{"Some", false},
		{"Ada Quell", false},
	})
}
