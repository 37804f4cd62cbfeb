package quotes

import "testing"

// TestBackCredit: a quotation standing alone is the speaker's whom the
// next sentence names while pointing back to it (rule backCredit), not
// the speaker quoted before; a next sentence naming no one, or one that
// points elsewhere, leaves the quotation to the speaker before.
// Invented sentences.
func TestBackCredit(t *testing.T) {
	const lead = "Ferry fares to rise\n\nFerry fares will rise in April.\n\n\"We have no choice at all,\" said operator chief Lena Moss.\n\n"
	cases := []struct {
		name, text string
		want       spoken
	}{
		{"the words of",
			"\"It will drive families off the island.\"\n\nThose were the words of parish councillor Owen Fry.",
			spoken{"It will drive families off the island.", "Owen Fry", "parish councillor Owen Fry"}},
		{"the verdict of, in the same paragraph",
			"\"It will drive families off the island.\"\nThat was the verdict of parish councillor Owen Fry.",
			spoken{"It will drive families off the island.", "Owen Fry", "parish councillor Owen Fry"}},
		{"what the speaker told",
			"\"It will drive families off the island.\"\n\nThat's what parish councillor Owen Fry told the meeting.",
			spoken{"It will drive families off the island.", "Owen Fry", "parish councillor Owen Fry"}},
		{"so says",
			"\"It will drive families off the island.\"\n\nSo says Owen Fry.",
			spoken{"It will drive families off the island.", "Owen Fry", "Owen Fry"}},
		// rule backCreditHow
		{"how the speaker put it",
			"\"It will drive families off the island.\"\n\nThat was how parish councillor Owen Fry put it.",
			spoken{"It will drive families off the island.", "Owen Fry", "parish councillor Owen Fry"}},
		// rule creditedPointer: the pointer reports nothing of its own.
		{"how the speaker put it, with words after",
			"\"It will drive families off the island.\"\n\nThat was how parish councillor Owen Fry put it after the long meeting.",
			spoken{"It will drive families off the island.", "Owen Fry", "parish councillor Owen Fry"}},
		// rule backCreditApposition
		{"the message from a description and the name after it",
			"\"It will drive families off the island.\"\n\nThat is the message from the island's MP, Clare Dunn.",
			spoken{"It will drive families off the island.", "Clare Dunn", "the island's MP, Clare Dunn"}},
		// rule backCreditApposition: a name after the comma that is no
		// person the people rules find stays out of the mention.
		{"the message from a description and an organisation's name after it",
			"\"It will drive families off the island.\"\n\nThat is the message from the island's ferry union, Isle Crews.",
			spoken{"It will drive families off the island.", "the island's ferry union", "the island's ferry union"}},
		// rule backCreditCame
		{"those words came from",
			"\"It will drive families off the island.\"\n\nThose words came from Kate Low, a teacher on the island.",
			spoken{"It will drive families off the island.", "Kate Low", "Kate Low, a teacher on the island"}},
		{"a pointer naming no one",
			"\"It will drive families off the island.\"\n\nThat was the first time the fares had risen since 2019.",
			spoken{"It will drive families off the island.", "Lena Moss", "operator chief Lena Moss"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkSpoken(t, lead+c.text, []spoken{{"We have no choice at all,", "Lena Moss", "operator chief Lena Moss"}, c.want})
		})
	}
}

// TestHowTail: a quotation followed by "was how X summed it up" in its own
// sentence is X's (rule howTail), not the speaker quoted before.
// Invented sentences.
func TestHowTail(t *testing.T) {
	text := "Ferry fares to rise\n\n\"We have no choice at all,\" said operator chief Lena Moss.\n\n\"We will be back next month,\" was how the council's spokeswoman, Ana Ruiz, summed up the mood."
	checkSpoken(t, text, []spoken{{"We have no choice at all,", "Lena Moss", "operator chief Lena Moss"}, {"We will be back next month,", "Ana Ruiz", "the council's spokeswoman, Ana Ruiz"}})
}
