package stories

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// figureArticle is an article of one outlet in lang whose text is sentence
// and whose one claim, claim, counts v people.
func figureArticle(outlet, lang, sentence, claim, subject string, v float64) *model.Article {
	start := strings.Index(sentence, claim)
	return &model.Article{ID: outlet, Outlet: outlet, Language: lang, Text: sentence, Claims: []model.Claim{
		{Text: claim, Value: &v, Unit: "people", Subject: subject, Start: start, End: start + len(claim)}}}
}

// TestHyphenNumberHead: rule hyphen-number. A count written as a compound
// of number words is the claim's figure, and the noun after it what it
// counts; the "two" further on was taken for the figure.
func TestHyphenNumberHead(t *testing.T) {
	for _, tc := range [][2]string{
		{"Twenty-three people were hurt when two buses collided", "people"},
		{"forty-five passengers waited for two hours", "passenger"},
		{"Seventeen pupils were sent home after two days", "pupil"},
		{"two vans carried 300 people", "van"},
	} {
		if h := figureHead(tc[0]); h != tc[1] {
			t.Errorf("figureHead(%q) = %q, want %q", tc[0], h, tc[1])
		}
	}
	s := "Twenty-three people were hurt when two buses collided at Quarry Cross, rescuers said."
	got := compareClaims([]*model.Article{
		figureArticle("Quarry Echo", "en", "The bus company said 25 people were hurt at Quarry Cross.", "25 people were hurt", "people were hurt", 25),
		figureArticle("Dale Post", "en", s, strings.TrimSuffix(s, ", rescuers said."), "people were hurt when two buses collided at Quarry Cross", 23),
	})
	if len(got) != 1 || !got[0].Disagree {
		t.Errorf("figures %+v, want one measure on which the outlets disagree", got)
	}
}
