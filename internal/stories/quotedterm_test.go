package stories

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestQuotedTerm pins rule quoted-term: an unattributed quotation of one
// or two words is a term in quotation marks and is not listed; a cry, a
// longer quotation and a speaker's two words are.
func TestQuotedTerm(t *testing.T) {
	text := `The new ferry comes in "coral pink" and the line calls it a "landmark". Strikers chanted "Fares down!" and "the sound is ours". ` +
		`Ada Morrow called it "pure vanity".`
	a := &model.Article{ID: "a", Outlet: "Skerry Wire", Text: text, People: []model.Person{{Name: "Ada Morrow"}}}
	for _, q := range []struct{ text, speaker string }{
		{"coral pink", ""}, {"landmark", ""}, {"Fares down!", ""}, {"the sound is ours", ""}, {"pure vanity", "Ada Morrow"},
	} {
		i := strings.Index(text, q.text)
		a.Quotes = append(a.Quotes, model.Quote{Text: q.text, Form: model.QuoteDirect, Speaker: q.speaker, Start: i, End: i + len(q.text)})
	}
	// and a text not analysed, whose quotations are read from the text
	b := &model.Article{ID: "b", Outlet: "Coast Post", Text: `The "coral pink" hulls met "a wet and windy morning".`}
	var got []string
	for _, sq := range compareQuotes([]*model.Article{a, b}, nil) {
		for _, g := range sq.Quotes {
			got = append(got, sq.Speaker+": "+g.Text)
		}
	}
	slices.Sort(got)
	want := []string{": Fares down!", ": a wet and windy morning", ": the sound is ours", "Ada Morrow: pure vanity"}
	if !slices.Equal(got, want) {
		t.Errorf("quotations %q, want %q", got, want)
	}
}
