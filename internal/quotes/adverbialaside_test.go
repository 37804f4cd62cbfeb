package quotes

import "testing"

// TestAdverbialAside: a tail attribution whose verb has a place, channel or
// time adverbial after it and then a comma reports the clause before it
// (rule adverbialAside); when the report goes on after the aside, or
// opened with a subordinate clause, the sentence around the attribution is
// the content. Invented sentences.
func TestAdverbialAside(t *testing.T) {
	const lead = "Ferry depot sold\n\nThe old ferry depot on the quay has stood empty since spring.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"an appositive after the adverbial",
			"The harbour board lost money for a third year, the treasurer reported on Tuesday, a setback for the port.",
			[]spoken{{"The harbour board lost money for a third year", "the treasurer", "the treasurer"}}},
		{"a subordinate clause after a longer adverbial",
			"Winning the vote is vital, Nora Quill said after meeting the crew on Thursday, because the budget is short.",
			[]spoken{{"Winning the vote is vital", "Nora Quill", "Nora Quill"}}},
		{"the report goes on after a conjunction",
			"The depot was sold to a farmer, a spokeswoman said on Monday, and the crew has moved twice since then.",
			[]spoken{{"The depot was sold to a farmer, a spokeswoman said on Monday, and the crew has moved twice since then", "a spokeswoman", "a spokeswoman"}}},
		{"the report goes on after a semicolon",
			"The depot was sold to a farmer, a spokeswoman said on Monday; the crew has moved twice since then.",
			[]spoken{{"The depot was sold to a farmer, a spokeswoman said on Monday; the crew has moved twice since then", "a spokeswoman", "a spokeswoman"}}},
		{"the subject's verb after the aside",
			"The catch, the skipper told us on Friday, is small this year.",
			[]spoken{{"The catch, the skipper told us on Friday, is small this year", "the skipper", "the skipper"}}},
		{"a fronted subordinate clause",
			"If the pier closes, Dorn Avery said in a post, the ferries will stop.",
			[]spoken{{"If the pier closes, Dorn Avery said in a post, the ferries will stop", "Dorn Avery", "Dorn Avery"}}},
		{"a passive's agent is no aside",
			"It printed two lists, the sums reported by the board in May, and the sums left out.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
