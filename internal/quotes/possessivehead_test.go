package quotes

import "testing"

// TestPossessiveHead: a speaker phrase opened by "his" or "her" that names
// a person (a name set off after it, or a role noun heading it) is read as
// a description, not as an unresolved he/she left without a speaker (rule
// possessiveHead).
// Invented sentences.
func TestPossessiveHead(t *testing.T) {
	const lead = "Pier closed\n\nThe pier closed on Monday after a storm.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a name set off after the possessive phrase",
			"\"It is a sad day,\" said Ann Lee. Her daughter, Kim, said: \"We will miss it.\"",
			[]spoken{{"It is a sad day,", "Ann Lee", "Ann Lee"}, {"We will miss it.", "Kim", "Her daughter, Kim,"}}},
		{"a role noun heads the phrase",
			"\"It is a sad day,\" said Ann Lee, a teacher. Her husband said they \"met on that pier\".",
			[]spoken{{"It is a sad day,", "Ann Lee", "Ann Lee, a teacher"}, {"met on that pier", "Her husband", "Her husband"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
