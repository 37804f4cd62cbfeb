package stories

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestUnattributedVariant pins rule unattributed-variant: one outlet's
// quotation with no speaker that another outlet gave as a named speaker's
// joins that speaker's quotation; a short quotation whose few words a long
// one holds apart from each other, and one that two speakers' quotations
// match, stay unattributed.
func TestUnattributedVariant(t *testing.T) {
	art := func(outlet, text string, qs ...model.Quote) *model.Article {
		return quotedArticle(outlet, text, true, qs...)
	}
	long := "The harbour board knew the pier was cracking and did nothing for three winters"
	named := art("Harbour Gazette", `"`+long+`," Ada Quell said.`, model.Quote{Text: long, Speaker: "Ada Quell"})
	speakers := func(arts ...*model.Article) []SpeakerQuotes { return compareQuotes(arts, nil) }

	// The same words, and an excerpt of them, with no speaker.
	for _, text := range []string{long, "knew the pier was cracking"} {
		qs := speakers(named, art("Velmar Courier", `Residents said the board "`+text+`".`, model.Quote{Text: text}))
		if len(qs) != 1 || qs[0].Speaker != "Ada Quell" || len(qs[0].Quotes) != 1 {
			t.Errorf("%q: %+v, want it a wording of Ada Quell's quotation", text, qs)
			continue
		}
		var outlets []string
		for _, v := range qs[0].Quotes[0].Variants {
			outlets = append(outlets, v.Outlets...)
		}
		if !slices.Contains(outlets, "Velmar Courier") {
			t.Errorf("%q: outlets %v, want the unattributed wording's among them", text, outlets)
		}
	}
	// A few words a long quotation holds apart: another quotation.
	qs := speakers(named, art("Velmar Courier", `One neighbour said "the pier did nothing".`, model.Quote{Text: "the pier did nothing"}))
	if len(qs) != 2 || qs[1].Speaker != "" {
		t.Errorf("scattered words: %+v, want the quotation left unattributed", qs)
	}
	// Words two speakers' quotations hold: left unattributed.
	other := art("Bay Courier", `"`+long+` again," Piet Marr said.`, model.Quote{Text: long + " again", Speaker: "Piet Marr"})
	qs = speakers(named, other, art("Velmar Courier", `A resident said "`+long+`".`, model.Quote{Text: long}))
	if len(qs) != 3 || qs[2].Speaker != "" {
		t.Errorf("two speakers' words: %+v, want the quotation left unattributed", qs)
	}
}

// quotedArticle is an outlet's article of text giving the direct
// quotations qs, each placed where text holds it; with person, each
// quotation's speaker is one of its people.
func quotedArticle(outlet, text string, person bool, qs ...model.Quote) *model.Article {
	for i := range qs {
		qs[i].Start = strings.Index(text, qs[i].Text)
		qs[i].End = qs[i].Start + len(qs[i].Text)
		qs[i].Form = model.QuoteDirect
	}
	a := &model.Article{ID: strings.ToLower(outlet), Outlet: outlet, Text: text, Quotes: qs}
	for _, q := range qs {
		if person && q.Speaker != "" {
			a.People = append(a.People, model.Person{Name: q.Speaker})
		}
	}
	return a
}
