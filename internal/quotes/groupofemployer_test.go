package quotes

import "testing"

// TestGroupOfEmployer: a plural agent or role noun before "of" or "for"
// and a name is a group that speaks as written ("The workers of Tamsford
// Dairy said"), not the firm or the person after the preposition (rule
// groupOfEmployer); a plain noun there still gives way to the name.
// Invented text.
func TestGroupOfEmployer(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"en", "Dairy strike enters second week\n\nThe workers of Tamsford Dairy said on Monday that they would stay out until the pay offer improved.",
			spoken{"that they would stay out until the pay offer improved", "The workers of Tamsford Dairy", "The workers of Tamsford Dairy"}},
		{"en", "Dairy strike enters second week\n\n\"Nobody asked us about the new shifts,\" the drivers of Tamsford Dairy said.",
			spoken{"Nobody asked us about the new shifts,", "the drivers of Tamsford Dairy", "the drivers of Tamsford Dairy"}},
		{"en", "Dairy strike enters second week\n\n\"Nobody asked us about the new shifts,\" the organisers for Tamsford Dairy said.",
			spoken{"Nobody asked us about the new shifts,", "the organisers for Tamsford Dairy", "the organisers for Tamsford Dairy"}},
	})
}
