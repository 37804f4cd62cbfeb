package quotes

import "testing"

// TestAccordingRoleApposition pins rule accordingRoleApposition: after a
// name given by "prema riječima", Croatian writes the person's role in
// apposition, in the name's case, between commas; the role opened the
// reported clause and ran into the source. A clause opening with a
// common word after the comma keeps it. Texts and names invented.
func TestAccordingRoleApposition(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"hr", "Štrajk\n\nPrema riječima Stjepana Velmića, predsjednika sindikata, liječnicima nedostaju kolege.",
			spoken{"liječnicima nedostaju kolege", "Stjepana Velmića", "Stjepana Velmića"}},
		{"hr", "Štrajk\n\nPredsjednik sindikata Stjepan Velmić najavio je štrajk.\n\nPrema riječima Stjepana Velmića, predsjednika sindikata, štrajk počinje sutra.",
			spoken{"štrajk počinje sutra", "Stjepan Velmić", "Stjepana Velmića"}},
		{"hr", "Štrajk\n\nPrema riječima Stjepana Velmića, liječnici rade previše, a plaće su niske.",
			spoken{"liječnici rade previše, a plaće su niske", "Stjepana Velmića", "Stjepana Velmića"}},
	})
}
