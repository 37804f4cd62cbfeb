package entities

import (
	"slices"
	"testing"
)

// TestKindNounsMore covers rules kindNounsMore (with its guards) and
// kindOverList in English text: the name after a group's, a union's or a
// firm's noun is an organisation when "the" or "its" opens the noun
// phrase, and not cut short. Texts invented.
func TestKindNounsMore(t *testing.T) {
	tests := []struct {
		name, text string
		org        string // the organisation wanted, "" for none of the words
		not        string // a name that must not be an organisation
	}{
		{"a consumer group", "Prices are too high, said the consumer group Water Wise on Monday.", "Water Wise", ""},
		{"a union", "Drivers backed the union Velmar Transit Voice in the ballot.", "Velmar Transit Voice", ""},
		{"its parent company", "The shop belongs to its parent company Dravelo, which is based abroad.", "Dravelo", ""},
		{"a linker inside the name", "Members of the advocacy group Parents for Safer Roads met.", "Parents for Safer Roads", ""},
		{"an indefinite article: a clause", "Rural voters, a group Ada Lund won easily, stayed home.", "", "Ada Lund"},
		{"a possessive pronoun: a list item", "Templates for your organization\nUse cases and prices.", "", "Use"},
		{"a name running past the bound is not cut", "He joined the group Friends for Clean Rivers and Lakes in Velmar last year.", "", "Friends for Clean Rivers and"},
		{"a linker and an article: the name runs on", "The advocacy group Velm for an Open Coast met.", "", "Velm"},
		{"a possessive noun is no kind noun", "It grew the firm's Energy practice.", "", "Energy"},
		{"kindOverList: past a listed place", "Fans joined the campaign group Boston Parks Watch on Friday.", "Boston Parks Watch", ""},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{})
		var names []string
		for _, o := range orgs {
			names = append(names, o.Name)
		}
		if tt.org != "" && !slices.Contains(names, tt.org) || tt.not != "" && slices.Contains(names, tt.not) {
			t.Errorf("%s: orgs %q, want %q and not %q", tt.name, names, tt.org, tt.not)
		}
	}
}
