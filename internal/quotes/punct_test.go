package quotes

import (
	"testing"
)

// TestPunctOpeningPassive pins rules punctOpening and passiveSubject on
// invented sentences: a reported clause never opens with punctuation, and
// a speech verb in the passive has no speaker as its subject.
func TestPunctOpeningPassive(t *testing.T) {
	type quote struct{ text, mention string }
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
			"The island, as one of the harbour advisers pointed out, normally does not get two storms in a week.",
			[]quote{{"normally does not get two storms in a week", "one of the harbour advisers"}}},
		// passiveSubject: the clause before a passive is no one's words.
		{"passive after a clause",
			"Despite the storms this winter, the harbour repairs have barely been mentioned in the council budget.",
			nil},
		{"passive of telling",
			"The pier will close in May, the crew was told.",
			nil},
		{"active attribution kept",
			"The pier will close in May, the crew said.",
			[]quote{{"The pier will close in May", "the crew"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(tt.text, Options{})
			var got []quote
			for _, q := range qs {
				checkOffsets(t, tt.text, q)
				got = append(got, quote{q.Text, q.SpeakerMention})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("quote %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
