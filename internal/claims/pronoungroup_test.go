package claims

import "testing"

// TestPronounGroup checks rule pronounGroup: a part of a group written as
// a pronoun that opens its clause measures those who do what the clause
// says, or the population a survey before counted; a pronoun that is a
// verb's object, and a pronoun with nothing after it, name no one. Texts
// invented.
func TestPronounGroup(t *testing.T) {
	tests := []langCase[string]{
		{"en", "Nurses left the Calder ward at noon, and hundreds of them walked out to the harbour square.", []string{"those who walked out to the harbour square"}},
		{"en", "The Velmar line carries commuters, a third of whom are students.", []string{"those who are students"}},
		{"en", "A poll of 900 tenants found that 70 percent of them could not afford a rise.", []string{"tenants who could not afford a rise"}},
		{"en", "Dozens of them stranded at the port waited overnight.", []string{"those stranded at the port waited overnight"}},
		{"en", "A poll of 900 tenants found that 40% of them said they felt unsafe walking home.", []string{"tenants who said they felt unsafe walking home"}},
		{"en", "The museum lent out 12 of them last spring.", []string{"The museum lent out them last spring"}},
		{"en", "Ada Quell counted about 20 of them.", []string{"Ada Quell counted them"}},
		// A passive reads as its participle, with no "who".
		{"en", "A third of them were towed to the depot.", []string{"those towed to the depot"}},
		// A population of things relates by "that".
		{"en", "A survey of 300 flats found that 40 percent of them had damp walls.", []string{"flats that had damp walls"}},
	}
	checkLang(t, tests, claimSubject)
}
