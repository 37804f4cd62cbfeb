package quotes

import (
	"strings"
	"testing"
)

// TestPunctOpeningPassive pins rules punctOpening, passiveSubject and
// conjOpening on invented sentences: a reported clause never opens with
// punctuation or a conjunction, and a speech verb in the passive has no
// speaker as its subject.
func TestPunctOpeningPassive(t *testing.T) {
	tests := []struct {
		name, text string
		want       []quote
	}{
		// punctOpening: the verb's clause ends at the semicolon.
		{"semicolon after a passive",
			"The proposals were discussed; the opposition was not consulted. ESG rules were debated, and the CPI rose.",
			nil},
		{"semicolon after an inverted attribution",
			"The plan will fail, Moss said; the union disagreed with him.",
			[]quote{{"The plan will fail", "Moss"}}},
		{"semicolon after a cue",
			"The ferry is late again, as the captain pointed out; the crew went home early.",
			nil},
		// punctOpening: the content opens after the cue's comma.
		{"comma after a cue",
			"The quay, as one of the harbour engineers pointed out, rarely floods twice in one winter.",
			[]quote{{"rarely floods twice in one winter", "one of the harbour engineers"}}},
		// passiveSubject: the clause before a passive is no one's words.
		{"passive after a clause",
			"For all the flooding at the quay, the sea wall has hardly been discussed at the council.",
			nil},
		{"passive of telling",
			"The pier will close in May, the crew was told.",
			nil},
		{"active attribution kept",
			"The pier will close in May, the crew said.",
			[]quote{{"The pier will close in May", "the crew"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuoteMentions(t, tt.text, tt.want) })
	}
}

// TestConjOpening pins rule conjOpening: a conjunction right after a
// speech verb coordinates it with the next verb ("said and did", "say or
// not say"), and no reported clause opens with it.
func TestConjOpening(t *testing.T) {
	for _, text := range []string{
		"The crews were never told when to say or not say at the harbour board.",
		"Both skippers say the board gave them no rule on when to say or not say.",
		"Ferry riders wonder if what the harbour chief says and writes still holds.",
	} {
		for _, q := range Extract(text, Options{}) {
			checkOffsets(t, text, q)
			if w := strings.Fields(q.Text)[0]; w == "and" || w == "or" {
				t.Errorf("%q: quote %q opens with a conjunction", text, q.Text)
			}
		}
	}
}
