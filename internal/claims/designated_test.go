package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDesignatedNumber checks rules labelNumber, versionNumber and
// streetNumber: a number that names a kind, a model, a version or a house
// is no count, and the figure it hid is read.
func TestDesignatedNumber(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []struct {
		name, text string
		want       []got
	}{
		{"label", "Type 1 diabetes affects 8,400 children in the region.", []got{{"people", 8400}}},
		{"label inside", "The council approved level 3 restrictions for the city.", nil},
		{"inner capital", "The eReader 12 sells for ¥39,800 in Osaka.", []got{{"JPY", 39800}}},
		{"decimal version", "Widget 4.2 adds offline maps.", nil},
		{"poll lead stays", "The average from Pollcast 3.4 points ahead.", []got{{"points", 3.4}}},
		{"route", "Route 9 buses will run every 12 minutes from Monday.", nil},
		{"line", "The line 4 trams carried 300 riders on Sunday.", []got{{"people", 300}}},
		{"platform", "Platform 2 trains to Orrin were cancelled.", nil},
		{"street", "The bakery at 17 Mill Lane opens early.", nil},
		{"a count after a name stays", "Leeds 1,200 homes were flooded.", []got{{"homes", 1200}}},
		{"a qualifier is no brand", "Nearly 2.5 tonnes of waste were collected.", []got{{"tonnes", 2.5}}},
		{"a unit glued to a figure is no brand", "The amp puts 20kHz 150 ohms into the line.", []got{{"ohms", 150}}},
	}
	for _, tt := range tests {
		var g []got
		for _, c := range Extract(tt.text, Options{}) {
			g = append(g, got{c.Unit, *c.Value})
		}
		if d := cmp.Diff(tt.want, g); d != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tt.name, tt.text, d)
		}
	}
}
