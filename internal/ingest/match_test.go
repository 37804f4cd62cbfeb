package ingest_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/ingest"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/storetest"
)

// matchParas are n distinct invented paragraphs of about 120 bytes.
func matchParas(n int) []string {
	var ps []string
	for i := range n {
		ps = append(ps, fmt.Sprintf("The harbour board heard in session %d that the slipway at berth %d needs %d tonnes of stone before the spring tides.", i+1, 3*i+2, 40+7*i))
	}
	return ps
}

// shortParas are n distinct invented paragraphs of about 50 bytes.
func shortParas(n int) []string {
	var ps []string
	for i := range n {
		ps = append(ps, fmt.Sprintf("Berth %d reopens on the morning tide of day %d.", i+1, 2*i+5))
	}
	return ps
}

// matchPromo is the text of a page cut before its article begins: a box
// no stored article holds.
var matchPromo = []string{
	"Subscribe for weekly news of the quays, the ferries and the coast road, delivered to your door each Friday morning.",
	"Readers who join before the end of the month receive a printed tide table and a map of every slipway on the coast.",
}

// matchMod sets a field of an article built by matchArticle.
type matchMod func(*model.Article)

func desc(d string) matchMod { return func(a *model.Article) { a.Description = d } }

func stated(v string) matchMod {
	return func(a *model.Article) { a.Dates.Published = &model.Date{Value: v, Evidence: "meta"} }
}

func inferred(v string) matchMod {
	return func(a *model.Article) { a.Dates.Published = &model.Date{Value: v, Estimated: true, Evidence: "text"} }
}

func image(u string) matchMod {
	return func(a *model.Article) { a.Media.FeaturedImage = &model.Image{URL: u} }
}

func markedCut(a *model.Article) { a.Source.Cut = true }

// storedAs stores the article under id, as a whole page that healed a cut
// copy is stored under the cut copy's id.
func storedAs(id string) matchMod { return func(a *model.Article) { a.ID = id } }

func atURL(u string) matchMod     { return func(a *model.Article) { a.URL = u } }
func canonical(u string) matchMod { return func(a *model.Article) { a.CanonicalURL = u } }

func matchArticle(title, outlet string, paras []string, mods ...matchMod) *model.Article {
	a := storetest.Article("", title, outlet, "", paras...)
	for _, m := range mods {
		m(a)
	}
	return a
}

// TestMatchStored pins the parts of rule cut-matches-stored (match.go)
// one by one, on a store built of invented articles: each case but the
// controls fails with its part switched off (checked, see the names).
func TestMatchStored(t *testing.T) {
	const (
		title  = "Ferry timetable redrawn for summer"
		outlet = "Harbour Gazette"
		d1     = "The ferry runs twice an hour from June."
		d2     = "The ferry keeps its winter hours until July."
		img    = "https://img.example/ferry.jpg"
	)
	p, s := matchParas(6), shortParas(6)
	long := p[0] + " " + p[1]
	cutOf := func(ps ...string) []string { return ps }
	tests := []struct {
		name   string
		stored []*model.Article
		page   *model.Article
		cut    bool
		want   int // index in stored, -1 for no match
	}{
		{
			name:   "control: a cut copy holding 200 bytes and more of complete paragraphs",
			stored: []*model.Article{matchArticle(title, outlet, p)},
			page:   matchArticle(title, outlet, cutOf(p[0], p[1], p[2][:40])),
			cut:    true, want: 0,
		},
		{
			name:   "matchMinChars: complete paragraphs under 200 bytes name no article",
			stored: []*model.Article{matchArticle(title, outlet, s)},
			page:   matchArticle(title, outlet, cutOf(s[0], s[1], s[2], s[3][:20])),
			cut:    true, want: -1,
		},
		{
			name:   "matchMinChars and a cut copy: a short text alike names no article either",
			stored: []*model.Article{matchArticle(title, outlet, s[:2], storedAs("other-page-bytes"))},
			page:   matchArticle(title, outlet, s[:2]),
			cut:    true, want: -1,
		},
		{
			name:   "title: a cut copy without a title matches by its text",
			stored: []*model.Article{matchArticle(title, outlet, p)},
			page:   matchArticle("", outlet, cutOf(p[0], p[1], p[2][:40])),
			cut:    true, want: 0,
		},
		{
			name:   "title: a stored article without a title matches by its text",
			stored: []*model.Article{matchArticle("", outlet, p)},
			page:   matchArticle(title, outlet, cutOf(p[0], p[1], p[2][:40])),
			cut:    true, want: 0,
		},
		{
			name:   "a page without text (cut inside its head) matches nothing by text",
			stored: []*model.Article{matchArticle(title, outlet, p)},
			page:   matchArticle(title, outlet, nil),
			cut:    true, want: -1,
		},
		{
			name:   "outlet: a stored article of another outlet holding the text is no match",
			stored: []*model.Article{matchArticle(title, "Quay Herald", p)},
			page:   matchArticle(title, outlet, cutOf(p[0], p[1], p[2][:40])),
			cut:    true, want: -1,
		},
		{
			name:   "holdsMost: the last paragraph, which the cut may have broken, does not count",
			stored: []*model.Article{matchArticle(title, outlet, p)},
			page:   matchArticle(title, outlet, cutOf(p[0], p[1], matchPromo[0])),
			cut:    true, want: 0,
		},
		{
			name:   "holdsMost: a cut text of one paragraph counts it",
			stored: []*model.Article{matchArticle(title, outlet, append([]string{long}, p[2:]...))},
			page:   matchArticle(title, outlet, cutOf(long)),
			cut:    true, want: 0,
		},
		{
			name:   "control: a whole page heals a stored cut copy whose text it holds",
			stored: []*model.Article{matchArticle(title, outlet, p[:4], markedCut)},
			page:   matchArticle(title, outlet, p),
			want:   0,
		},
		{
			name:   "a whole page is matched to a stored cut copy only, not a whole one it holds",
			stored: []*model.Article{matchArticle(title, outlet, p[:4])},
			page:   matchArticle(title, outlet, p),
			want:   -1,
		},
		{
			name:   "a whole page held by a stored whole one is no copy of it",
			stored: []*model.Article{matchArticle(title, outlet, p)},
			page:   matchArticle(title, outlet, p[:4]),
			want:   -1,
		},
		{
			name:   "control: the whole page again, stored without an address",
			stored: []*model.Article{matchArticle(title, outlet, p, storedAs("healed-cut-copy"))},
			page:   matchArticle(title, outlet, p),
			want:   0,
		},
		{
			name:   "the whole page's text, stored from its URL, is another record",
			stored: []*model.Article{matchArticle(title, outlet, p, atURL("https://news.example/ferry"))},
			page:   matchArticle(title, outlet, p),
			want:   -1,
		},
		{
			name:   "the whole page's text, stored under its canonical link, is another record",
			stored: []*model.Article{matchArticle(title, outlet, p, canonical("https://news.example/ferry"), storedAs("from-canonical-link"))},
			page:   matchArticle(title, outlet, p),
			want:   -1,
		},
		{
			name:   "matchUnknownOutlet: a stored cut copy that lost its outlet is healed by the whole page naming one",
			stored: []*model.Article{matchArticle(title, "", p[:4], markedCut)},
			page:   matchArticle(title, outlet, p),
			want:   0,
		},
		{
			name:   "matchUnknownOutlet: a cut copy naming its outlet matches the stored whole page of none",
			stored: []*model.Article{matchArticle(title, "", p)},
			page:   matchArticle(title, outlet, cutOf(p[0], p[1], p[2][:40])),
			cut:    true, want: 0,
		},
		{
			name: "matchUnknownOutlet: only stored articles of no outlet, past other outlets' copies",
			stored: []*model.Article{matchArticle(title, "Quay Herald", p, storedAs("quay")),
				matchArticle(title, "Pier Post", p, storedAs("pier")), matchArticle(title, "", p, storedAs("none"))},
			page: matchArticle(title, outlet, cutOf(p[0], p[1], p[2][:40])),
			cut:  true, want: 2,
		},
		{
			name:   "control: title fallback, the description agreeing",
			stored: []*model.Article{matchArticle(title, outlet, p, desc(d1))},
			page:   matchArticle(title, outlet, matchPromo, desc(d1)),
			cut:    true, want: 0,
		},
		{
			name:   "sameHead: a description that differs vetoes though the date agrees",
			stored: []*model.Article{matchArticle(title, outlet, p, desc(d1), stated("2026-03-02"))},
			page:   matchArticle(title, outlet, matchPromo, desc(d2), stated("2026-03-02")),
			cut:    true, want: -1,
		},
		{
			name:   "sameHead: a date that differs vetoes though the image agrees",
			stored: []*model.Article{matchArticle(title, outlet, p, stated("2026-03-02"), image(img))},
			page:   matchArticle(title, outlet, matchPromo, stated("2026-03-09"), image(img)),
			cut:    true, want: -1,
		},
		{
			name:   "sameHead: the image alone agreeing is enough, the rest unknown on one side",
			stored: []*model.Article{matchArticle(title, outlet, p, desc(d1), stated("2026-03-02"), image(img))},
			page:   matchArticle(title, outlet, matchPromo, image(img)),
			cut:    true, want: 0,
		},
		{
			name:   "sameHead: the date alone agreeing is enough, the rest unknown on one side",
			stored: []*model.Article{matchArticle(title, outlet, p, desc(d1), stated("2026-03-02"))},
			page:   matchArticle(title, outlet, matchPromo, stated("2026-03-02"), image(img)),
			cut:    true, want: 0,
		},
		{
			name:   "sameHead: nothing known on both is no match",
			stored: []*model.Article{matchArticle(title, outlet, p, desc(d1))},
			page:   matchArticle(title, outlet, matchPromo, image(img)),
			cut:    true, want: -1,
		},
		{
			name:   "statedDate: an inferred date that differs vetoes nothing",
			stored: []*model.Article{matchArticle(title, outlet, p, desc(d1), stated("2026-03-02"))},
			page:   matchArticle(title, outlet, matchPromo, desc(d1), inferred("2026-03-05")),
			cut:    true, want: 0,
		},
		{
			name:   "statedDate: an inferred date alike is no agreement",
			stored: []*model.Article{matchArticle(title, outlet, p, stated("2026-03-02"))},
			page:   matchArticle(title, outlet, matchPromo, inferred("2026-03-02")),
			cut:    true, want: -1,
		},
		{
			name:   "matchByTitle: no outlet, no match by title",
			stored: []*model.Article{matchArticle(title, "", p, desc(d1))},
			page:   matchArticle(title, "", matchPromo, desc(d1)),
			cut:    true, want: -1,
		},
		{
			name:   "matchTitleWords: a title of three words names many pages",
			stored: []*model.Article{matchArticle("Weekend tide tables", outlet, p, desc(d1))},
			page:   matchArticle("Weekend tide tables", outlet, matchPromo, desc(d1)),
			cut:    true, want: -1,
		},
		{
			name:   "matchByTitle: the title as written, not a longer one holding it",
			stored: []*model.Article{matchArticle(title+": what changes for commuters", outlet, p, desc(d1))},
			page:   matchArticle(title, outlet, matchPromo, desc(d1)),
			cut:    true, want: -1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := openStore(t)
			var ids []string
			for _, a := range tt.stored {
				id := a.ID
				d := storetest.Doc(a)
				if id != "" {
					d.Article.ID = id
				}
				if _, err := db.Put(ctx, []store.Doc{d}); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, d.Article.ID)
			}
			page := storetest.Doc(tt.page).Article
			want := ""
			if tt.want >= 0 {
				want = ids[tt.want]
			}
			if got := ingest.MatchStored(ctx, db, page, tt.cut); got != want {
				t.Errorf("MatchStored(cut %v) = %q, want %q (stored %s)", tt.cut, got, want, strings.Join(ids, ", "))
			}
		})
	}
}
