package quotes

import "testing"

// TestInvertedThat: a Dutch or German sentence opened by a time or an
// adverb puts the subject after the speech verb, before "dat"/"dass";
// the clause after it is what the subject said (rule invertedThat).
// Invented text.
func TestInvertedThat(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"nl", "Gemeente Velde verhoogt tarieven\n\nBurgemeester Jan Smeulders presenteerde maandag de plannen. Eerder zei de burgemeester dat de binnenstad volgend jaar autovrij wordt.",
			spoken{"de binnenstad volgend jaar autovrij wordt", "Jan Smeulders", "de burgemeester"}},
		{"nl", "Gemeente Velde verhoogt tarieven\n\nDinsdag zei Jan Smeulders dat de parkeertarieven in januari omhoog gaan.",
			spoken{"de parkeertarieven in januari omhoog gaan", "Jan Smeulders", "Jan Smeulders"}},
		{"de", "Stadt erhöht Gebühren\n\nBürgermeisterin Katrin Velmann stellte am Montag die Pläne vor. Am Dienstag sagte die Bürgermeisterin, dass die Gebühren im Januar steigen.",
			spoken{"die Gebühren im Januar steigen", "Katrin Velmann", "die Bürgermeisterin"}},
	})
}
