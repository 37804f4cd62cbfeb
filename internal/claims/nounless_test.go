package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestNounlessCount checks rule nounlessCount: a count with no noun that
// opens its clause before a verb only people undergo or do is a count of
// people, its subject the people and the verb; a count before another
// verb, or one that is no subject, stays no claim.
func TestNounlessCount(t *testing.T) {
	type got struct {
		Value         float64
		Unit, Subject string
	}
	get := func(c model.Claim) got {
		v := -1.0 // a vague count has no value
		if c.Value != nil {
			v = *c.Value
		}
		return got{v, c.Unit, c.Subject}
	}
	tests := []langCase[got]{
		{"", "Two were killed when a van left the road near Pellow Cross.", []got{{2, "people", "people killed"}}},
		{"", "Three of them were arrested after the march in Dunhaven.", []got{{3, "people", "people arrested"}}},
		{"", "Five have since resigned from the Orrin board.", []got{{5, "people", "people who have since resigned from the Orrin board"}}},
		{"", "At least 14 died at the scene, the Brackley fire service said.", []got{{14, "people", "people who died at the scene"}}},
		{"", "Police held 40 protesters; 12 were later charged.", []got{{40, "people", "protesters Police held"}, {12, "people", "protesters later charged"}}},
		{"", "Eleven remain missing off the Tarn coast.", []got{{11, "people", "people missing off the Tarn coast"}}},
		{"", "Two more died in the Ashby hospital overnight.", []got{{2, "people", "people who died in the Ashby hospital overnight"}}},
		{"", "Police said 12 had been detained in Orrin.", []got{{12, "people", "people detained in Orrin"}}},
		{"", "The report that 12 had been detained was wrong.", nil},
		{"", "Dozens were injured when the Harlow stand fell.", []got{{-1, "people", "people injured"}}},
		{"", "Dozens attended the Harlow meeting.", nil},
		{"", "Two were sold at the Velden auction.", nil},
		{"", "One was later killed in Ostrava.", nil},
		{"", "The two were killed in the crash.", nil},
	}
	checkLang(t, tests, get)
}

// TestNounlessSubject checks the subjects rule nounlessCount gives.
func TestNounlessSubject(t *testing.T) {
	tests := []struct{ noun, rest, want string }{
		{"people", "were seriously injured in the blast", "people seriously injured in the blast"},
		{"people", "of them were arrested", "people arrested"},
		{"people", "dead after the crash", "people dead"},
		{"people", "remain missing", "people missing"},
		{"residents", "have since resigned", "residents who have since resigned"},
		{"people", "died when the roof fell", "people who died"},
	}
	for _, tt := range tests {
		if got := nounlessSubject(tt.noun, tt.rest, true); got != tt.want {
			t.Errorf("nounlessSubject(%q, %q) = %q, want %q", tt.noun, tt.rest, got, tt.want)
		}
	}
}

// TestPartitiveFront checks rules partitiveFront and partitiveWhole: the
// bare count after a sentence's partitive front counts the front's noun,
// and the front measures its noun without "Of the"; a year or a count as
// large as the whole stays no part.
func TestPartitiveFront(t *testing.T) {
	type got struct {
		Value         float64
		Unit, Subject string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit, c.Subject} }
	tests := []langCase[got]{
		{"", "Of the 120 tenants moved out, 85 have returned to the Corran estate.", []got{{120, "people", "tenants moved out"}, {85, "people", "tenants who have returned to the Corran estate"}}},
		{"", "Of the 300 barns inspected, 42 were condemned by the Ashby council.", []got{{300, "barns", "barns inspected"}, {42, "barns", "barns condemned by the Ashby council"}}},
		{"", "Of the 40 cases, 2019 was the worst year.", []got{{40, "cases", "cases"}}},
		{"", "Of the 40 cases, 45 were closed.", []got{{40, "cases", "cases"}}},
	}
	checkLang(t, tests, get)
}

// TestFrontGroup checks rule frontGroup: the bare count after a partitive
// front with no figure counts the front's group; "Of those" after a poll
// and a front that is no partitive ("Of course") are left.
func TestFrontGroup(t *testing.T) {
	type got struct {
		Value         float64
		Unit, Subject string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit, c.Subject} }
	tests := []langCase[got]{
		{"", "Of the injured, 15 remain in the Tarn hospital.", []got{{15, "people", "people who remain in the Tarn hospital"}}},
		{"", "Of the flats inspected, 40 were unsafe, the Ashby council said.", []got{{40, "flats", "flats that were unsafe"}}},
		{"", "Of the passengers on board, twelve were from Orrin.", []got{{12, "people", "people who were from Orrin"}}},
		{"", "Of those, 812 were likely voters.", nil},
		{"", "Of course, 12 were lost.", nil},
	}
	checkLang(t, tests, get)
}
