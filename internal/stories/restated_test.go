package stories

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRestatedFigure pins rule restated-figure: a report that gives one
// figure in two sentences gives one measure; two figures of one value in
// one sentence, or of other nouns, stay two.
func TestRestatedFigure(t *testing.T) {
	type fig struct {
		text, subject, unit string
		v                   float64
	}
	article := func(text string, figs ...fig) *model.Article {
		a := &model.Article{ID: "harbour-gazette", Outlet: "Harbour Gazette", Text: text}
		for _, f := range figs {
			v := f.v
			i := strings.Index(text, f.text)
			a.Claims = append(a.Claims, model.Claim{Text: f.text, Value: &v, Unit: f.unit, Subject: f.subject, Start: i, End: i + len(f.text)})
		}
		return a
	}
	tests := []struct {
		name   string
		a      *model.Article
		groups int
	}{
		{"restated", article("The ministry sent 480 troops to the Orvanian border on Monday. Officials said the 480 troops will stay for a month.",
			fig{"sent 480 troops to the Orvanian border", "sent troops to the Orvanian border", "people", 480},
			fig{"the 480 troops will stay for a month", "the troops will stay for a month", "people", 480}), 1},
		{"one sentence", article("The council spent 70 percent of its budget on the pier, and the port 70 percent of its budget on the road.",
			fig{"spent 70 percent of its budget on the pier", "council spent on the pier", "percent", 70},
			fig{"the port 70 percent of its budget on the road", "port spent on the road", "percent", 70}), 2},
		{"other nouns", article("Rescuers sent 12 boats to the bay on Monday. By noon 12 divers were searching the wreck.",
			fig{"sent 12 boats to the bay", "sent to the bay", "boats", 12},
			fig{"12 divers were searching the wreck", "were searching the wreck", "boats", 12}), 2},
	}
	for _, tt := range tests {
		if got := compareClaims([]*model.Article{tt.a}); len(got) != tt.groups {
			t.Errorf("%s: %d groups, want %d: %+v", tt.name, len(got), tt.groups, got)
		}
	}
}
