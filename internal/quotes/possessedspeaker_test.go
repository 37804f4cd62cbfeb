package quotes

import "testing"

// TestPossessedSpeaker: a speaker phrase of a possessive and a role noun
// ("his lawyer", "their attorney") names someone other than the
// possessive's referent: it stays the mention as written, unless a name in
// the phrase names the speaker (rule possessedSpeaker).
// Invented sentences.
func TestPossessedSpeaker(t *testing.T) {
	const lead = "Quarry plan rejected\n\nMayor Ivo Brandt said late on Friday that the quarry would not reopen. \"The hills stay as they are,\" Brandt said.\n\n"
	const first = "that the quarry would not reopen"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"his lawyer after the mayor's quotes",
			"\"We lose our jobs,\" said Ola Price, a driver. His lawyer said the drivers would seek damages.",
			[]spoken{{"We lose our jobs,", "Ola Price", "Ola Price, a driver"}, {"the drivers would seek damages", "His lawyer", "His lawyer"}}},
		{"their attorney",
			"Their attorney said the families would appeal the ruling.",
			[]spoken{{"the families would appeal the ruling", "Their attorney", "Their attorney"}}},
		{"a role noun before its of-phrase heads the phrase",
			"Her chief of staff, however, said the mayor had weighed the evidence.",
			[]spoken{{"the mayor had weighed the evidence", "Her chief of staff", "Her chief of staff"}}},
		{"a name set off in the phrase still names the speaker",
			"His deputy, the planner Rosa Quint, said the vote was close.",
			[]spoken{{"the vote was close", "Rosa Quint", "His deputy, the planner Rosa Quint,"}}},
	}
	for _, c := range cases {
		want := append([]spoken{{first, "Ivo Brandt", "Mayor Ivo Brandt"}, {"The hills stay as they are,", "Ivo Brandt", "Brandt"}}, c.want...)
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, want) })
	}
}
