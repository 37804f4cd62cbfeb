package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestShortCompanyName covers rule shortCompanyName: a company named by a
// word and a company kind word is named again by the word alone; not
// where the word opens another name, follows an article, is written in
// lower case too or names a person. Texts and names invented.
func TestShortCompanyName(t *testing.T) {
	tests := []struct {
		name, text, company string
		people              []string
		want                []string
	}{
		{"short name as a subject and a possessive",
			"Orvane Pharmaceuticals said on Monday it had bought a stake. Orvane declined to comment. Orvane's shares fell.",
			"Orvane Pharmaceuticals", nil, []string{"Orvane Pharmaceuticals", "Orvane"}},
		{"after an article: a modifier",
			"Velmor Holdings will sell the port. The council welcomed the Velmor plan.",
			"Velmor Holdings", nil, []string{"Velmor Holdings"}},
		{"inside a longer name",
			"Velmor Holdings will sell the port to North Velmor Ports.",
			"Velmor Holdings", nil, []string{"Velmor Holdings"}},
		{"written in lower case too",
			"Summit Logistics moved its depot. The summit of the hill was closed, Summit said.",
			"Summit Logistics", nil, []string{"Summit Logistics"}},
		{"a person's surname",
			"Brandel Foods will close a plant, said Ana Brandel, the founder's daughter. Brandel said she regretted it.",
			"Brandel Foods", []string{"Ana Brandel"}, []string{"Brandel Foods"}},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "en", People: tt.people})
		i := slices.IndexFunc(orgs, func(e model.Entity) bool { return e.Name == tt.company })
		if i < 0 {
			t.Errorf("%s: no organisation %q in %v", tt.name, tt.company, orgs)
			continue
		}
		if !slices.Equal(orgs[i].Mentions, tt.want) {
			t.Errorf("%s: mentions %q, want %q", tt.name, orgs[i].Mentions, tt.want)
		}
	}
}

// TestStandaloneWord covers rule shortCompanyName's count of a word
// standing alone.
func TestStandaloneWord(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Orvane declined.", 1},
		{"shares of Orvane's rival, Orvane.", 2},
		{"Orvane Pharmaceuticals said", 0},
		{"North Orvane said", 0},
		{"the Orvane plan", 0},
		{"Orvanex said", 0},
		{"It said. Orvane said", 1},
	}
	for _, tt := range tests {
		if got := standaloneWord(tt.text, "Orvane"); got != tt.want {
			t.Errorf("standaloneWord(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
