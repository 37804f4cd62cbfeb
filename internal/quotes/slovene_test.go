package quotes

import "testing"

// TestSloveneAdverbialPerfect pins rule sloveneAdverbialPerfect: an
// adverbial between the auxiliary and the participle of a Slovene speech
// verb still makes the name after it the speaker, in indirect and direct
// speech. Texts and names invented.
func TestSloveneAdverbialPerfect(t *testing.T) {
	for _, tt := range []struct{ text, speaker string }{
		{"Most čez reko bodo obnovili do poletja, je po seji povedal župan Janez Velkovrh.", "Janez Velkovrh"},
		{"»Dela bodo končana marca,« je v torek dejala ministrica Mojca Velkavrh.", "Mojca Velkavrh"},
	} {
		checkOnlyQuote(t, "sl", tt.text, speakerOf, tt.speaker)
	}
}
