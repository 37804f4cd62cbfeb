package people

import (
	"slices"
	"testing"
)

// TestCompoundHeadAndTitleParticle pins rules compoundHead and
// titleParticle: a job, a work or a heading made of a role noun and one
// word, and a slogan's verb and particle after a courtesy title, name no
// one; a surname after a title of address stays a person. Invented text.
func TestCompoundHeadAndTitleParticle(t *testing.T) {
	checkFoundByFind(t, []findCase{
		{"The Orvania botanic garden hired a Head Gardener last spring. The post had been empty for a year.", "Gardener", false},
		{"Tickets for Star Voyage went on sale in Orvania on Friday, the cinema said.", "Voyage", false},
		{"Expert Pointers\n\nWater the beds early in the day, before the sun is high.", "Pointers", false},
		{"Don't Miss Out\n\nSign up to the Harbour Gazette newsletter for the day's stories.", "Out", false},
		{"The Orvania Rovers trained on Monday. Coach Tamsin ran the drills and the players stayed late.", "Tamsin", true},
		{"Miss Quarrow opened the fair on Saturday and thanked the volunteers.", "Quarrow", true},
	})
}

// TestCompoundHeadName pins rule compoundHeadName: a compound job before
// a name is the person's role, the name after it the person; a work's
// title after "Star" is still no one. Invented text.
func TestCompoundHeadName(t *testing.T) {
	for _, c := range []struct {
		text, name, role string // role "" wants no person of that name
	}{
		{"Head Gardener Grace Velk said the beds would be replanted in May.", "Grace Velk", "Head Gardener"},
		{"The lodge's Head Porter Anna Quarrow retired on Friday after 30 years.", "Anna Quarrow", "Head Porter"},
		{"Star Voyage Deep Rift opens on Friday in Orvania, the cinema said.", "Deep Rift", ""},
	} {
		var got *Person
		for _, p := range Find(c.text) {
			if p.Name == c.name {
				got = &p
			}
		}
		switch {
		case c.role == "" && got != nil:
			t.Errorf("%q: found person %q, want none", c.text, c.name)
		case c.role != "" && (got == nil || !slices.Contains(got.Roles, c.role)):
			t.Errorf("%q: person %q = %+v, want role %q", c.text, c.name, got, c.role)
		}
	}
}
