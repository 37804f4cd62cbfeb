package stories

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// compareClaims groups the articles' figures with no copy's revised
// (rule revised-figure): the grouping of articles compared on their words.
func compareClaims(arts []*model.Article) []ClaimGroup { return claimGroups(arts, nil) }

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

// TestHeadOneLanguage: rule head-one-language. A Spanish report's count of
// the injured ("23 personas") does not keep an English outlet's other
// count of them ("25 people") from the group it shares with the English
// reports: the nouns differ by language, not by what they count. In one
// language, rule differentHead still keeps a count of other things apart.
func TestHeadOneLanguage(t *testing.T) {
	got := compareClaims([]*model.Article{
		figureArticle("Quarry Echo", "en", "Two buses collided at Quarry Cross, injuring 23 people, three of them seriously, rescuers said.", "injuring 23 people", "injuring people", 23),
		figureArticle("Diario Cantera", "es", "Dos autobuses chocaron en Quarry Cross y 23 personas resultaron heridas, tres de ellas de gravedad.", "23 personas resultaron heridas", "personas resultaron heridas", 23),
		figureArticle("Dale Post", "en", "Rescuers said 25 people were injured at Quarry Cross, four of them seriously.", "25 people were injured", "people were injured", 25),
	})
	if len(got) != 1 || len(got[0].Values) != 3 || !got[0].Disagree {
		t.Errorf("figures %+v, want one measure of three outlets, which disagree", got)
	}
	// A language unknown on one side compares the nouns as before.
	got = compareClaims([]*model.Article{
		figureArticle("Quarry Echo", "en", "Two buses collided at Quarry Cross, injuring 23 people, three of them seriously, rescuers said.", "injuring 23 people", "injuring people", 23),
		figureArticle("Diario Cantera", "", "Dos autobuses chocaron en Quarry Cross y 25 personas resultaron heridas, tres de ellas de gravedad.", "25 personas resultaron heridas", "personas resultaron heridas", 25),
	})
	if len(got) != 2 {
		t.Errorf("figures %+v, want two measures: no language on one side", got)
	}
	got = compareClaims([]*model.Article{
		figureArticle("Quarry Echo", "en", "Two buses collided at Quarry Cross, injuring 23 people, three of them seriously, rescuers said.", "injuring 23 people", "injuring people", 23),
		figureArticle("Dale Post", "en", "Rescuers said 25 buses were sent to Quarry Cross, four of them seriously damaged.", "25 buses were sent", "buses were sent", 25),
	})
	if len(got) != 2 {
		t.Errorf("figures %+v, want two measures", got)
	}
}

// TestCurrencySingular: rule currency-singular. The singular of a
// currency before a noun ("a 42 million pound cruise quay") belongs to
// the figure, not to the name of what it measures.
func TestCurrencySingular(t *testing.T) {
	for _, tc := range [][2]string{
		{"Councillors voted on Tuesday to build a 42 million pound cruise quay at the old harbour", "cruise quay"},
		{"The county signed a 3 million euro contract on Monday", "contract"},
	} {
		if h := figurePhrase(tc[0], ""); h != tc[1] {
			t.Errorf("figurePhrase(%q) = %q, want %q", tc[0], h, tc[1])
		}
	}
}

// TestFollowUpFigure: rule follow-up-figure. An outlet's follow-up two
// days later repeats the count of the injured its first report and
// another outlet gave, in other words: one measure, not the follow-up's
// alone. Two equal figures of one article stay apart. Invented text.
func TestFollowUpFigure(t *testing.T) {
	article := func(id, outlet, text, claim, subject string, v float64) *model.Article {
		i := strings.Index(text, claim)
		return &model.Article{ID: id, Outlet: outlet, Text: text, Claims: []model.Claim{
			{Text: claim, Value: &v, Unit: "people", Subject: subject, Start: i, End: i + len(claim)}}}
	}
	first := article("c1", "Valley Courier", "A train derailed near Merrow on Monday, injuring 12 passengers, police said.", "injuring 12 passengers", "injuring passengers", 12)
	other := article("h1", "Kelsby Herald", "Twelve passengers were hurt when a train came off the rails near Merrow.", "Twelve passengers were hurt", "passengers were hurt", 12)
	later := article("c2", "Valley Courier", "Investigators examined the bend on Wednesday. The derailment left 12 passengers in need of care.", "left 12 passengers in need of care", "passengers in need of care", 12)
	got := compareClaims([]*model.Article{first, other, later})
	if len(got) != 1 || len(got[0].Values) != 3 {
		t.Errorf("figures %+v, want one measure of the three reports", got)
	}
	text := "A train derailed near Merrow on Monday, injuring 12 passengers. Some 12 firefighters came to the scene."
	one := article("c1", "Valley Courier", text, "injuring 12 passengers", "injuring passengers", 12)
	crew := article("c1", "Valley Courier", text, "Some 12 firefighters came", "firefighters came", 12).Claims[0]
	one.Claims = append(one.Claims, crew)
	if got := compareClaims([]*model.Article{one}); len(got) != 2 {
		t.Errorf("figures %+v, want one article's two figures apart", got)
	}
}
