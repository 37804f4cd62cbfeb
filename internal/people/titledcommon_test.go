package people

import "testing"

// TestTitledCommonWord covers rule titledCommonWord: a lone capitalised
// word after a capitalised role noun, which the text also writes in lower
// case, is a heading's or a menu's word, not a surname, unless the text
// makes it a speaker; a lower-case role is left. Invented text; the
// "no person" cases fail with the rule off, the others with speakerWord
// or the capital check off.
func TestTitledCommonWord(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               bool
	}{
		{"menu run into a title", "Velmo Workshops: Weekend Course Become Designer Quickly. Learn quickly with us.", "Quickly", false},
		{"heading after a title", "Expert Secrets for sourdough\nThe secrets are in the starter.", "Secrets", false},
		{"title then a verb of a product page", "Chief Marketing Officer Master the tools of the trade, and master them fast.", "Master", false},
		{"surname that is a word, named as a speaker", "Mayor Young defends budget\nThe city will hire teachers for young children, Young said on Tuesday.", "Young", true},
		{"surname that is a word, before a comma and who", "Officer Brown, who found the brown van, declined to comment.", "Brown", true},
		{"a lower-case role is left", "The walk-in was planned by event organizer Alliance for Velm Schools. The alliance was formed in spring.", "Alliance", true},
		{"no lower-case use: a surname", "Chancellor Velmerz told reporters the coalition would hold.", "Velmerz", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foundByFind(tt.text, tt.person); got != tt.want {
				t.Errorf("%q: person %q found %v, want %v", tt.text, tt.person, got, tt.want)
			}
		})
	}
}
