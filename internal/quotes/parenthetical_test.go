package quotes

import "testing"

// TestParentheticalLead: an attribution set off by commas between the
// writer's words and a quotation makes one attribution of the whole
// sentence (rule parentheticalLead); a capitalised quotation after a lead
// of circumstance, a participial lead, fewer words than minIndirectWords
// and words holding their own speech verb or quotation stay the quotation
// alone.
// Invented sentences.
func TestParentheticalLead(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"the quotation right after the attribution finishes the sentence",
			`The deal was, the harbour master said, "an unspoken pact with the night crews."`,
			`The deal was, the harbour master said, "an unspoken pact with the night crews."`, "the harbour master"},
		{"an inverted attribution",
			`The old quay, said Lena Voss, "is the only thing that kept this town alive."`,
			`The old quay, said Lena Voss, "is the only thing that kept this town alive."`, "Lena Voss"},
		{"the quotation comes after the writer's words that follow the attribution",
			`The ferry's old engines, she added, are like "a clock that never stops ticking."`,
			`The ferry's old engines, she added, are like "a clock that never stops ticking."`, "she"},
		{"a capitalised quotation is a sentence of its own",
			`As the ferry left the quay at noon, the captain said, "It is time to leave the harbour now."`,
			`It is time to leave the harbour now.`, "the captain"},
		{"fewer words than a clause are no part of the content",
			`Yes, she said, "we will sail at dawn tomorrow."`,
			`we will sail at dawn tomorrow.`, "she"},
		{"words holding their own speech verb are no part of the content",
			`The ferry crews told the council the ramp was unsafe, the harbour master said, "and nobody would listen to them."`,
			`and nobody would listen to them.`, "the harbour master"},
		{"words holding a quotation are no part of the content",
			`The "old quay" the town sold was, the harbour master said, "the only thing left to us."`,
			`the only thing left to us.`, "the harbour master"},
		{"a participial phrase of circumstance is no part of the content",
			`Standing on the quay on Monday, Lena Voss said, "we will sail at dawn tomorrow."`,
			`we will sail at dawn tomorrow.`, "Lena Voss"},
	})
}
