package people

import (
	"slices"
	"testing"
)

// TestAppointedAs covers rule appointedAs: a role given by an
// appointment's verb before the name and "as", or after it with an
// auxiliary; not a phrase that ends in no role noun, nor a hypothesis
// ("is elected"). Texts and names invented.
func TestAppointedAs(t *testing.T) {
	tests := []struct {
		text, name, role string
		want             bool
	}{
		{"Velmora Bank has appointed Priya Velmar as chief executive, replacing Tom Hadlow.", "Priya Velmar", "chief executive", true},
		{"Ola Lindqvist was named finance director on Monday.", "Ola Lindqvist", "finance director", true},
		{"Ada Marrow has been elected as chair of the Velmar Trust.", "Ada Marrow", "chair of the Velmar Trust", true},
		{"The club hired Dan Orwick as its new manager in June.", "Dan Orwick", "new manager", true},
		{"Ben Tarrow was appointed as a result of the review, a spokesman said.", "Ben Tarrow", "result", false},
		{"If Tom Velmard is elected president, taxes will rise, Velmard said.", "Tom Velmard", "president", false},
	}
	for _, tt := range tests {
		var roles []string
		for _, p := range Find(tt.text) {
			if p.Name == tt.name {
				roles = p.Roles
			}
		}
		if got := slices.ContainsFunc(roles, func(r string) bool { return r == tt.role || r == "a "+tt.role }); got != tt.want {
			t.Errorf("%q: %s's roles %q, role %q %v, want %v", tt.text, tt.name, roles, tt.role, got, tt.want)
		}
	}
}

// TestDescriptionComplement covers rules descriptionComplement and
// officeContest: a description of a named place or body other than the
// one of the only holder of its role, or in the possessive before a
// contest for the office, is no mention of that person; the same
// complement, cut or not, still is. Texts and names invented.
func TestDescriptionComplement(t *testing.T) {
	const base = "Ana Velmer was elected mayor of Velmton in 2019. "
	tests := []struct {
		text, mention string
		want          bool
	}{
		{base + "The new bridge upsets the Green mayor of Orvik across the river.", "the Green mayor of Orvik", false},
		{base + "Three candidates want the mayor's seat in Orvik next spring.", "the mayor's", false},
		{base + "On Monday the mayor of Velmton opened the bridge.", "the mayor of Velmton", true},
		{base + "On Monday the mayor opened the bridge.", "the mayor", true},
	}
	for _, tt := range tests {
		var mentions []string
		for _, p := range Find(tt.text) {
			if p.Name == "Ana Velmer" {
				for _, m := range p.Mentions {
					mentions = append(mentions, m.Text)
				}
			}
		}
		if got := slices.Contains(mentions, tt.mention); got != tt.want {
			t.Errorf("%q: mentions %q, %q %v, want %v", tt.text, mentions, tt.mention, got, tt.want)
		}
	}
}
