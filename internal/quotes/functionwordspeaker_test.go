package quotes

import "testing"

// TestFunctionWordSpeaker: a speaker phrase cut down to the adverb or
// conjunction opening its sentence ("Even", "If") names no one: the
// report or quotation stays, without a speaker (rule
// functionWordSpeaker). Invented text.
func TestFunctionWordSpeaker(t *testing.T) {
	for _, c := range []struct {
		text string
		want []spoken
	}{
		{"Harbour news\n\nEven harbour pilots in the busy northern channel have noticed the silt and warned that the channel must be dredged soon.", []spoken{{"that the channel must be dredged soon", "", ""}}},
		{"Lines of the keeper\n\nIf married: “I hope the lanterns stay lit all night!”", []spoken{{"I hope the lanterns stay lit all night!", "", ""}}},
	} {
		checkSpoken(t, c.text, c.want)
	}
	for _, w := range []string{"if", "If", "even", "Although", "by", "Generally", "maybe", "Having"} {
		if !functionWordMention(w) {
			t.Errorf("functionWordMention(%q) = false, want true", w)
		}
	}
	// Surnames are no such words, nor is a phrase the word opens.
	for _, w := range []string{"From", "More", "Even Quell", "Ada Quell"} {
		if functionWordMention(w) {
			t.Errorf("functionWordMention(%q) = true, want false", w)
		}
	}
}
