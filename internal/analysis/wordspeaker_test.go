package analysis

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestWordSpeaker covers rule wordSpeaker: a reported speaker that is a
// pronoun or one common word sources no claim; a plural, a body spoken
// of as one, a name, and a word after "according to" still do. Texts
// and names invented.
func TestWordSpeaker(t *testing.T) {
	tests := []struct {
		text, source string
	}{
		{"Ferry fares in Dunmore keep climbing. We've found that 12% of riders now walk.", ""},
		{"Most would argue 15% is steep for a ferry ticket in Dunmore, though most pay it.", ""},
		{"Police said 14 people were hurt in the crash near Dunmore, and police closed the road.", "Police"},
		{"Officials said 14 people were hurt in the crash near Dunmore.", "officials"},
		{"According to brackwell, 85% of shoppers in Dunmore pay by phone. The brackwell app is free.", "brackwell"},
	}
	for _, tt := range tests {
		a := &model.Article{Text: tt.text, Language: "en"}
		Analyze(a)
		if len(a.Claims) == 0 || a.Claims[0].Source != tt.source {
			t.Errorf("%q: claims %+v (quotes %+v), want the first sourced %q", tt.text, a.Claims, a.Quotes, tt.source)
		}
	}
}
