// Package storetest is the conformance suite every store.Store backend
// runs: `storetest.Run(t, func(t *testing.T) store.Store { ... })`.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
)

// Opener returns a new, empty store; the suite closes it.
type Opener func(t *testing.T) store.Store

// Article builds a small synthetic article for tests.
func Article(rawURL, title, outlet, published string, paras ...string) *model.Article {
	a := &model.Article{URL: rawURL, Title: title, Outlet: outlet, Language: "en"}
	for _, p := range paras {
		a.Body = append(a.Body, model.Block{Kind: model.KindParagraph, Text: p})
	}
	a.Text = model.JoinBlocks(a.Body)
	if published != "" {
		a.Dates.Published = &model.Date{Value: published, Evidence: "test"}
	}
	a.Normalize()
	return a
}

// Doc wraps an article as a store.Doc with its id and a hash of its text.
func Doc(a *model.Article) store.Doc {
	h := store.ContentHash([]byte(a.Title + "\x00" + a.Text))
	a.ID = store.ArticleID(a.URL, h)
	return store.Doc{Article: a, ContentHash: h, Source: "test"}
}

func put(t *testing.T, s store.Store, docs ...store.Doc) []store.PutStatus {
	t.Helper()
	st, err := s.Put(context.Background(), docs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return st
}

// Run runs the suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Idempotent", testIdempotent},
		{"Versions", testVersions},
		{"CutKeepsWhole", testCutKeepsWhole},
		{"CaptureOrder", testCaptureOrder},
		{"ByURL", testByURL},
		{"NotFound", testNotFound},
		{"Order", testOrder},
		{"Search", testSearch},
		{"Quotes", testQuotes},
		{"ClaimsPeople", testClaimsPeople},
		{"Stats", testStats},
		{"ConcurrentPut", testConcurrentPut},
		{"ManyChildren", testManyChildren},
		{"Analysis", testAnalysis},
		{"AnalysisSkips", testAnalysisSkips},
		{"AnalysisInPut", testAnalysisInPut},
		{"AnalysisNothingFound", testAnalysisNothingFound},
		{"AnalysisDropsPerson", testAnalysisDropsPerson},
		{"ResetAnalysis", testResetAnalysis},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://News.Example/world/a1?utm_source=x#top", "Floods reach the valley", "Example News", "2024-03-05T09:30:00+01:00",
		"The river rose two metres overnight.", "Residents left their homes.")
	a.Authors = []string{"Ann Writer"}
	a.Embeds = []model.Embed{{Kind: model.EmbedPost, Platform: "twitter", Handle: "someone", Text: "Look", Position: 1}}
	a.Quotes = []model.Quote{{Text: "We are ready", Form: model.QuoteDirect, Speaker: "Jo Mayor", Start: 0, End: 5}}
	v := 2.0
	a.Claims = []model.Claim{{Text: "rose two metres", Value: &v, Unit: "metres", Start: 10, End: 25}}
	a.People = []model.Person{{Name: "Jo Mayor", Roles: []string{"mayor"}}}
	d := Doc(a)
	d.Fetched = time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	d.ETag = `"abc"`
	if st := put(t, s, d); st[0] != store.Inserted {
		t.Fatalf("status = %v, want inserted", st[0])
	}
	r, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, r.Article); diff != "" {
		t.Errorf("record changed on the way (-put +got):\n%s", diff)
	}
	if want := time.Date(2024, 3, 5, 8, 30, 0, 0, time.UTC); !r.Published.Equal(want) || r.PublishedOffset == nil || *r.PublishedOffset != 3600 {
		t.Errorf("published = %v offset %v, want %v offset 3600", r.Published, r.PublishedOffset, want)
	}
	if !r.Fetched.Equal(d.Fetched) || r.ContentHash != d.ContentHash || r.Seq <= 0 {
		t.Errorf("bookkeeping: fetched %v hash %q seq %d", r.Fetched, r.ContentHash, r.Seq)
	}
	seen, ok, err := s.Lookup(ctx, a.ID)
	if err != nil || !ok || seen.ContentHash != d.ContentHash || seen.ETag != `"abc"` || !seen.Fetched.Equal(d.Fetched) {
		t.Errorf("Lookup = %+v %v %v", seen, ok, err)
	}
	if _, ok, _ := s.Lookup(ctx, "nope"); ok {
		t.Errorf("Lookup of an unknown id: ok")
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Doc(Article("https://example.org/same", "Same", "", "", "Same text."))
	b := Doc(Article("", "No URL", "", "", "Text without a URL."))
	put(t, s, a, b)
	st := put(t, s, a, b, a)
	for i, x := range st {
		if x != store.Unchanged {
			t.Errorf("second put #%d = %v, want unchanged", i, x)
		}
	}
	n := 0
	for _, err := range s.Articles(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d articles stored, want 2", n)
	}
}

func testVersions(t *testing.T, s store.Store) {
	ctx := context.Background()
	v1 := Doc(Article("https://example.org/story", "First headline", "", "", "Old text about bridges."))
	put(t, s, v1)
	v2 := Doc(Article("https://example.org/story", "Corrected headline", "", "", "New text about tunnels."))
	if v1.Article.ID != v2.Article.ID {
		t.Fatal("same URL, different ids")
	}
	if st := put(t, s, v2); st[0] != store.Updated {
		t.Fatalf("status = %v, want updated", st[0])
	}
	r, err := s.Get(ctx, v2.Article.ID)
	if err != nil || r.Article.Title != "Corrected headline" {
		t.Fatalf("Get after update = %v, %v", r, err)
	}
	// The same article in a page that changed around it is no new version.
	v3 := Doc(Article("https://example.org/story", "Corrected headline", "", "", "New text about tunnels."))
	v3.ContentHash = store.ContentHash([]byte("the page with a new ad around the same article"))
	if st := put(t, s, v3); st[0] != store.Unchanged {
		t.Errorf("same article, different page: %v, want unchanged", st[0])
	}
	if seen, _, _ := s.Lookup(ctx, v3.Article.ID); seen.ContentHash != v3.ContentHash {
		t.Errorf("Lookup hash %s after an unchanged put, want the page's new hash", seen.ContentHash)
	}
	vs, err := s.Versions(ctx, v2.Article.ID)
	if err != nil || len(vs) != 1 || vs[0].Article.Text != "Old text about bridges." || vs[0].ContentHash != v1.ContentHash {
		t.Fatalf("Versions = %+v, %v", vs, err)
	}
	// The index follows the update: the old words are gone.
	if hits, _ := s.Search(ctx, store.Query{Text: "bridges"}); len(hits) != 0 {
		t.Errorf("old text still found: %+v", hits)
	}
	if hits, _ := s.Search(ctx, store.Query{Text: "tunnels"}); len(hits) != 1 {
		t.Errorf("new text not found: %+v", hits)
	}
}

// testCaptureOrder: rules older-capture, older-capture-version and
// known-version. Captures of one page put newest first leave the newest
// current (the older ones Kept, as versions in capture order, but a cut
// one); the same captures put again, dated or not, are unchanged and add
// no version; a capture newer than the current one that went back to an
// old text is an update.
func testCaptureOrder(t *testing.T, s store.Store) {
	ctx := context.Background()
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	capture := func(title, text string, fetched time.Time) store.Doc {
		d := Doc(Article("https://harbour.example/dues", title, "", "", text))
		d.Fetched = fetched
		return d
	}
	first := capture("Harbour dues to rise", "The board of Kestrelby raised its dues.", day(1))
	second := capture("Harbour dues to rise, board says", "The board of Kestrelby raised its dues by a tenth.", day(2))
	id := first.Article.ID
	current := func() string {
		t.Helper()
		r, err := s.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return r.Article.Title
	}
	versions := func() int {
		t.Helper()
		vs, err := s.Versions(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return len(vs)
	}
	put(t, s, second)
	if st := put(t, s, first); st[0] != store.Kept || current() != second.Article.Title {
		t.Errorf("older capture after the newer: %v, current %q; want kept, the newer current", st[0], current())
	}
	// Rule older-capture-version: the older capture is the page's
	// earlier version, its text with it.
	if vs, err := s.Versions(ctx, id); err != nil || len(vs) != 1 || vs[0].Article.Title != first.Article.Title || vs[0].Article.Text != first.Article.Text {
		t.Errorf("versions after the older capture: %+v, %v; want the older capture, its text with it", vs, err)
	}
	// A capture earlier still, come last, takes its place among the
	// versions: they list in capture order, not in the order they came.
	earliest := capture("Harbour dues may rise", "The board of Kestrelby may raise its dues.", day(1).Add(-time.Hour))
	if st := put(t, s, earliest); st[0] != store.Kept {
		t.Errorf("earliest capture: %v, want kept", st[0])
	}
	if vs, err := s.Versions(ctx, id); err != nil || len(vs) != 2 || vs[0].Article.Title != earliest.Article.Title || vs[1].Article.Title != first.Article.Title {
		t.Errorf("versions: %v, %v; want the earliest capture, then the first", vs, err)
	}
	// A cut older capture (damaged) adds no version.
	cut := capture("Harbour dues", "The board of Kestrelby", day(1).Add(-2*time.Hour))
	cut.Article.Source.Cut = true
	if st := put(t, s, cut); st[0] != store.Kept || versions() != 2 {
		t.Errorf("cut older capture: %v, %d versions; want kept, still 2", st[0], versions())
	}
	undated := first
	undated.Fetched = time.Time{}
	n := versions()
	for _, d := range []store.Doc{first, undated, earliest, second} {
		if st := put(t, s, d); st[0] != store.Unchanged {
			t.Errorf("%q fetched %v again: %v, want unchanged", d.Article.Title, d.Fetched, st[0])
		}
	}
	if versions() != n || current() != second.Article.Title {
		t.Errorf("again: %d versions (want %d), current %q", versions(), n, current())
	}
	reverted := first
	reverted.Fetched = day(3)
	if st := put(t, s, reverted); st[0] != store.Updated || current() != first.Article.Title {
		t.Errorf("page back to its first text, fetched later: %v, current %q; want updated", st[0], current())
	}
}

// testCutKeepsWhole: an article read from a cut input does not replace
// its complete record (nor a cut one with more text); a complete one
// replaces a cut one, and a longer cut one a shorter.
func testCutKeepsWhole(t *testing.T, s store.Store) {
	ctx := context.Background()
	doc := func(u string, cut bool, paras ...string) store.Doc {
		d := Doc(Article(u, "Harbour plan approved", "", "", paras...))
		d.Article.Source.Cut = cut
		return d
	}
	status := func(name string, d store.Doc, want store.PutStatus) {
		t.Helper()
		if st := put(t, s, d); st[0] != want {
			t.Errorf("%s: %v, want %v", name, st[0], want)
		}
	}
	current := func(name string, want store.Doc) {
		t.Helper()
		r, err := s.Get(ctx, want.Article.ID)
		if err != nil || r.Article.Text != want.Article.Text || r.Article.Source.Cut != want.Article.Source.Cut {
			t.Fatalf("%s: current %+v (%v), want the text %q", name, r, err, want.Article.Text)
		}
	}

	const u = "https://example.org/cut-story"
	whole := doc(u, false, "The council approved the harbour plan on Tuesday.", "Work on the new quay starts in May and ends in two years.")
	status("complete", whole, store.Inserted)
	status("cut copy over a complete record", doc(u, true, "The council approved the harbour plan on Tuesday.", "Work on the new qu"), store.Kept)
	current("after the cut copy", whole)
	if hits, err := s.Search(ctx, store.Query{Text: "years"}); err != nil || len(hits) != 1 {
		t.Errorf("a word past the cut: %d hits (%v), want 1", len(hits), err)
	}
	if vs, err := s.Versions(ctx, whole.Article.ID); err != nil || len(vs) != 0 {
		t.Errorf("kept: %d versions (%v), want none", len(vs), err)
	}

	// A store whose current record is cut: a longer cut copy replaces
	// it, a shorter one does not, a complete one heals it.
	const u2 = "https://example.org/cut-first"
	status("cut", doc(u2, true, "Ferries will leave every half hour from"), store.Inserted)
	longer := doc(u2, true, "Ferries will leave every half hour from June, the operator")
	status("longer cut copy over a cut record", longer, store.Updated)
	status("shorter cut copy over a cut record", doc(u2, true, "Ferries will"), store.Kept)
	current("after the shorter cut copy", longer)
	full := doc(u2, false, "Ferries will leave every half hour from June, the operator said.")
	status("complete copy over a cut record", full, store.Updated)
	current("after the complete copy", full)
}

func testByURL(t *testing.T, s store.Store) {
	ctx := context.Background()
	d := Doc(Article("https://example.org/a?id=3&utm_medium=social", "By URL", "", "", "Body."))
	put(t, s, d)
	for _, u := range []string{"https://EXAMPLE.org/a?id=3", "https://example.org:443/a?fbclid=zz&id=3#frag"} {
		r, err := s.GetByURL(ctx, u)
		if err != nil || r.Article.ID != d.Article.ID {
			t.Errorf("GetByURL(%s) = %v, %v", u, r, err)
		}
	}
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.Get(ctx, "0000000000000000"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Get unknown: %v, want ErrNotFound", err)
	}
	if _, err := s.GetByURL(ctx, "https://nowhere.example/"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("GetByURL unknown: %v, want ErrNotFound", err)
	}
}

func testOrder(t *testing.T, s store.Store) {
	ctx := context.Background()
	var want []string
	// More than one page of the iterator.
	for batch := 0; batch < 3; batch++ {
		var docs []store.Doc
		for i := 0; i < 400; i++ {
			d := Doc(Article(fmt.Sprintf("https://example.org/%d/%d", batch, i), fmt.Sprint("T", i), "", "", fmt.Sprint("body ", batch, i)))
			docs = append(docs, d)
			want = append(want, d.Article.ID)
		}
		put(t, s, docs...)
	}
	var got []string
	var last int64
	for r, err := range s.Articles(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if r.Seq <= last {
			t.Fatalf("seq %d after %d", r.Seq, last)
		}
		last = r.Seq
		got = append(got, r.Article.ID)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ingestion order (-want +got):\n%s", diff)
	}
	// Stopping early is allowed.
	for range s.Articles(ctx) {
		break
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://a.example/1", "Harbour strike ends", "Coast Post", "2024-01-10", "Dock workers voted to end the strike at the harbour.")
	a.People = []model.Person{{Name: "Dana Quay"}}
	b := Article("https://b.example/2", "Council budget", "Town Times", "2024-02-20T12:00:00-05:00", "The council debated the harbour budget for hours.")
	c := Article("https://c.example/3", "Weather", "Coast Post", "2024-03-01", "Sunny spells and light winds.")
	put(t, s, Doc(a), Doc(b), Doc(c))
	ids := func(hs []store.Hit) []string {
		var out []string
		for _, h := range hs {
			out = append(out, h.URL)
		}
		return out
	}
	tests := []struct {
		name string
		q    store.Query
		want []string
	}{
		{"title ranks first", store.Query{Text: "harbour"}, []string{"https://a.example/1", "https://b.example/2"}},
		{"all words", store.Query{Text: "harbour budget"}, []string{"https://b.example/2"}},
		{"phrase", store.Query{Text: `"end the strike"`}, []string{"https://a.example/1"}},
		{"exclude", store.Query{Text: "harbour -budget"}, []string{"https://a.example/1"}},
		{"or", store.Query{Text: "sunny OR budget"}, []string{"https://b.example/2", "https://c.example/3"}},
		{"prefix", store.Query{Text: "harb*"}, []string{"https://a.example/1", "https://b.example/2"}},
		{"outlet", store.Query{Text: "harbour", Outlet: "town times"}, []string{"https://b.example/2"}},
		{"since", store.Query{Text: "harbour", Since: time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)}, []string{"https://b.example/2"}},
		{"until", store.Query{Text: "harbour", Until: time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)}, []string{"https://a.example/1"}},
		{"person", store.Query{Text: "harbour", Person: "quay"}, []string{"https://a.example/1"}},
		{"limit", store.Query{Text: "harbour", Limit: 1}, []string{"https://a.example/1"}},
		{"punctuation is safe", store.Query{Text: `harbour AND ) ( "`}, []string{"https://a.example/1", "https://b.example/2"}},
		{"no match", store.Query{Text: "volcano"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			got := ids(hits)
			if tc.name == "or" && len(got) == 2 && got[0] > got[1] {
				got[0], got[1] = got[1], got[0]
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("hits (-want +got):\n%s", diff)
			}
		})
	}
	hits, _ := s.Search(ctx, store.Query{Text: "strike"})
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "<mark>strike</mark>") || hits[0].Outlet != "Coast Post" || hits[0].Date != "2024-01-10" {
		t.Errorf("hit = %+v, want a marked snippet, outlet and date", hits)
	}
	if _, err := s.Search(ctx, store.Query{Text: "  -x "}); !errors.Is(err, store.ErrEmptyQuery) {
		t.Errorf("query with nothing to match: %v", err)
	}
}

func testQuotes(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://q.example/1", "Q", "", "", "Text.")
	a.Quotes = []model.Quote{
		{Text: "We will rebuild", Form: model.QuoteDirect, Speaker: "Maria Lopez"},
		{Text: "Nothing to add", Form: model.QuoteDirect, Speaker: "Tom Reed"},
	}
	b := Article("https://q.example/2", "Q2", "", "", "Other.")
	b.Quotes = []model.Quote{{Text: "Rebuild faster", Form: model.QuotePartial, Speaker: "Maria Lopez"}}
	put(t, s, Doc(a), Doc(b))
	var got []string
	for q, err := range s.Quotes(ctx, "lopez") {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, q.Text+"|"+q.URL)
	}
	want := []string{"We will rebuild|https://q.example/1", "Rebuild faster|https://q.example/2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
	n := 0
	for range s.Quotes(ctx, "") {
		n++
	}
	if n != 3 {
		t.Errorf("all quotes: %d, want 3", n)
	}
}

func testClaimsPeople(t *testing.T, s store.Store) {
	ctx := context.Background()
	v, lo, hi := 40.0, 45.0, 120.0
	a := Article("https://p.example/1", "P", "", "", "Text.")
	a.Claims = []model.Claim{{Text: "40% of voters", Value: &v, Unit: "percent", Source: "a poll"}, {Text: "most voters"},
		{Text: "between £45 and £120", Value: &lo, ValueMax: &hi, Unit: "GBP"}}
	a.People = []model.Person{{Name: "Ann Bell", Roles: []string{"minister"}}, {Name: "Carl Dunn"}}
	a.Quotes = []model.Quote{{Text: "x", Speaker: "Ann Bell"}}
	b := Article("https://p.example/2", "P2", "", "", "Other.")
	b.People = []model.Person{{Name: "Ann Bell", Roles: []string{"MP", "minister"}}}
	put(t, s, Doc(a), Doc(b))
	var claims []store.ClaimRow
	for c, err := range s.Claims(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, c)
	}
	if len(claims) != 3 || claims[0].Value == nil || *claims[0].Value != 40 || claims[1].Value != nil || claims[0].Source != "a poll" ||
		claims[0].ValueMax != nil || claims[2].ValueMax == nil || *claims[2].ValueMax != 120 {
		t.Errorf("claims = %+v", claims)
	}
	var people []store.PersonRow
	for p, err := range s.People(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	want := []store.PersonRow{
		{Name: "Ann Bell", Roles: []string{"minister", "MP"}, Articles: 2, Quotes: 1},
		{Name: "Carl Dunn", Roles: []string{}, Articles: 1},
	}
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

func testStats(t *testing.T, s store.Store) {
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 0 {
		t.Fatalf("empty stats = %+v, %v", st, err)
	}
	a := Article("https://s.example/1", "S", "Out A", "2023-05-01", "One.")
	a.Quotes = []model.Quote{{Text: "q"}}
	put(t, s, Doc(a), Doc(Article("https://s.example/2", "S2", "Out A", "2023-06-01T10:00:00Z", "Two.")), Doc(Article("https://s.example/3", "S3", "Out B", "", "Three.")))
	st, err = s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 || st.Outlets != 2 || st.Quotes != 1 || st.FirstPublished != "2023-05-01T00:00:00Z" || st.LastPublished != "2023-06-01T10:00:00Z" {
		t.Errorf("stats = %+v", st)
	}
	if len(st.TopOutlets) != 2 || st.TopOutlets[0] != (store.OutletCount{Outlet: "Out A", Articles: 2}) {
		t.Errorf("top outlets = %+v", st.TopOutlets)
	}
}

func testConcurrentPut(t *testing.T, s store.Store) {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				// Every writer stores the same 20 articles.
				if _, err := s.Put(ctx, []store.Doc{Doc(Article(fmt.Sprintf("https://c.example/%d", i), "C", "", "", "Same."))}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 20 {
		t.Errorf("%d articles after concurrent puts of the same 20", st.Articles)
	}
}

// testManyChildren stores articles with hundreds of quotes and claims (a
// backend may write them several rows per statement: counts that are no
// multiple of any chunk size), then replaces one article's: every row is
// read back once, in order, with its fields.
func testManyChildren(t *testing.T, s store.Store) {
	ctx := context.Background()
	mk := func(u, tag string, nq, nc int) *model.Article {
		a := Article(u, "Many "+tag, "Wire", "2024-02-03", "Body "+tag+".")
		for i := range nq {
			a.Quotes = append(a.Quotes, model.Quote{Text: fmt.Sprintf("%s quote %d", tag, i), Form: model.QuoteDirect,
				Speaker: fmt.Sprintf("Speaker %d", i%7), Start: i, End: i + 1, SpeakerIsGroup: i%5 == 0})
		}
		for i := range nc {
			v := float64(i)
			a.Claims = append(a.Claims, model.Claim{Text: fmt.Sprintf("%s claim %d", tag, i), Value: &v, Unit: "units", Start: i, End: i + 2})
		}
		return a
	}
	a, b := mk("https://many.example/a", "a", 150, 131), mk("https://many.example/b", "b", 1, 65)
	put(t, s, Doc(a), Doc(b))
	check := func(wantQ []string, wantC int) {
		t.Helper()
		var got []string
		for q, err := range s.Quotes(ctx, "") {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, fmt.Sprintf("%s|%s|%d|%d|%t", q.Text, q.Speaker, q.Start, q.End, q.SpeakerIsGroup))
		}
		if diff := cmp.Diff(wantQ, got); diff != "" {
			t.Errorf("quotes (-want +got):\n%s", diff)
		}
		n := 0
		for c, err := range s.Claims(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			if c.Value == nil || c.Unit != "units" {
				t.Errorf("claim %q lost its value or unit", c.Text)
			}
			n++
		}
		if n != wantC {
			t.Errorf("claims: %d, want %d", n, wantC)
		}
	}
	rows := func(as ...*model.Article) []string {
		var out []string
		for _, a := range as {
			for _, q := range a.Quotes {
				out = append(out, fmt.Sprintf("%s|%s|%d|%d|%t", q.Text, q.Speaker, q.Start, q.End, q.SpeakerIsGroup))
			}
		}
		return out
	}
	check(rows(a, b), 131+65)
	// The same URL with new content: its rows are replaced, not added.
	a2 := mk("https://many.example/a", "a2", 70, 3)
	put(t, s, Doc(a2))
	check(rows(a2, b), 3+65)
}

// unanalysedDoc is Doc(a) stored as ingest --no-analysis stores it.
func unanalysedDoc(a *model.Article) store.Doc {
	d := Doc(a)
	d.Unanalysed = true
	return d
}

// putUnanalysed stores a as ingest --no-analysis does and returns its record.
func putUnanalysed(t *testing.T, s store.Store, a *model.Article) *store.Record {
	t.Helper()
	put(t, s, unanalysedDoc(a))
	r, err := s.Get(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// pendingIDs lists the ids waiting for analysis, and checks the count agrees.
func pendingIDs(t *testing.T, s store.Store, since time.Time) []string {
	t.Helper()
	ctx := context.Background()
	var ids []string
	for r, err := range s.Unanalysed(ctx, since) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.Article.ID)
	}
	n, err := s.PendingAnalysis(ctx, since)
	if err != nil || n != int64(len(ids)) {
		t.Errorf("PendingAnalysis = %d, %v; Unanalysed gave %d", n, err, len(ids))
	}
	return ids
}

// analysed is a's analysis as lede analyse makes it: the stored record
// with its analysis fields filled.
func analysed(r *store.Record, speaker string) store.Analysis {
	a := *r.Article
	v := 12.0
	a.Quotes = []model.Quote{{Text: "We rebuild", Form: model.QuoteDirect, Speaker: speaker, Start: 0, End: 4}}
	a.People = []model.Person{{Name: speaker, Roles: []string{"mayor"}, Mentions: []string{speaker}}}
	a.Organizations = []model.Entity{{Name: "City Council", Mentions: []string{"City Council"}}}
	a.Places = []model.Entity{{Name: "Leeds", Mentions: []string{"Leeds"}}}
	a.Claims = []model.Claim{{Text: "12 homes", Value: &v, Unit: "homes"}}
	return store.Analysis{ID: a.ID, ContentHash: r.ContentHash, Article: &a}
}

func testAnalysis(t *testing.T, s store.Store) {
	ctx := context.Background()
	done := Article("https://an.example/0", "Done", "Out", "2024-01-01", "Analysed at ingest.")
	done.People = []model.Person{{Name: "Zoe Grant"}}
	a := Article("https://an.example/1", "One", "Out", "2024-02-01", "First text.")
	b := Article("https://an.example/2", "Two", "Out", "2023-02-01", "Second text.")
	put(t, s, Doc(done), unanalysedDoc(a), unanalysedDoc(b))
	if seen, ok, err := s.Lookup(ctx, a.ID); err != nil || !ok || seen.Analysed {
		t.Errorf("Lookup(unanalysed) = %+v, %v, %v", seen, ok, err)
	}
	if seen, _, _ := s.Lookup(ctx, done.ID); !seen.Analysed {
		t.Errorf("Lookup(analysed) = %+v", seen)
	}
	if diff := cmp.Diff([]string{a.ID, b.ID}, pendingIDs(t, s, time.Time{})); diff != "" {
		t.Errorf("pending (-want +got):\n%s", diff)
	}
	if st, err := s.Stats(ctx); err != nil || st.Unanalysed != 2 {
		t.Errorf("Stats.Unanalysed = %d, %v; want 2", st.Unanalysed, err)
	}
	since := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	if diff := cmp.Diff([]string{a.ID}, pendingIDs(t, s, since)); diff != "" {
		t.Errorf("pending since (-want +got):\n%s", diff)
	}
	before, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.SetAnalysis(ctx, []store.Analysis{analysed(before, "Ann Bell")})
	if err != nil || n != 1 {
		t.Fatalf("SetAnalysis = %d, %v", n, err)
	}
	if diff := cmp.Diff([]string{b.ID}, pendingIDs(t, s, time.Time{})); diff != "" {
		t.Errorf("pending after (-want +got):\n%s", diff)
	}
	after, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	// In place: same seq, text, metadata, ingestion time; no version.
	if after.Seq != before.Seq || after.Article.Text != before.Article.Text || after.Article.Title != before.Article.Title ||
		!after.Ingested.Equal(before.Ingested) || after.ContentHash != before.ContentHash {
		t.Errorf("record changed beyond its analysis: before %+v after %+v", before, after)
	}
	if vs, err := s.Versions(ctx, a.ID); err != nil || len(vs) != 0 {
		t.Errorf("versions = %d, %v; want none", len(vs), err)
	}
	if len(after.Article.Quotes) != 1 || len(after.Article.Organizations) != 1 || len(after.Article.Places) != 1 ||
		len(after.Article.Claims) != 1 || len(after.Article.People) != 1 {
		t.Errorf("record analysis = %+v", after.Article)
	}
	if seen, _, _ := s.Lookup(ctx, a.ID); !seen.Analysed {
		t.Errorf("Lookup after SetAnalysis = %+v", seen)
	}
	// The child rows follow: quotes, claims, people, and search by person.
	var quotes []string
	for q, err := range s.Quotes(ctx, "bell") {
		if err != nil {
			t.Fatal(err)
		}
		quotes = append(quotes, q.Text+"|"+q.ArticleID)
	}
	if diff := cmp.Diff([]string{"We rebuild|" + a.ID}, quotes); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
	hits, err := s.Search(ctx, store.Query{Text: "first", Person: "Ann Bell"})
	if err != nil || len(hits) != 1 || hits[0].ID != a.ID {
		t.Errorf("search by person = %+v, %v", hits, err)
	}
	// Again with another analysis (lede analyse --all after an upgrade):
	// replaced, and the person no article names any more is gone.
	if _, err := s.ResetAnalysis(ctx, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.SetAnalysis(ctx, []store.Analysis{analysed(after, "Carl Dunn")}); err != nil || n != 1 {
		t.Fatalf("SetAnalysis again = %d, %v", n, err)
	}
	var people []string
	for p, err := range s.People(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		people = append(people, fmt.Sprintf("%s %d %d", p.Name, p.Articles, p.Quotes))
	}
	if diff := cmp.Diff([]string{"Carl Dunn 1 1", "Zoe Grant 1 0"}, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 3 || st.Quotes != 1 || st.Claims != 1 || st.People != 2 || st.Versions != 0 {
		t.Errorf("stats = %+v, %v", st, err)
	}
}

func testAnalysisSkips(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://sk.example/1", "One", "", "", "First text.")
	r := putUnanalysed(t, s, a)
	stale := analysed(r, "Ann Bell")
	stale.ContentHash = "another"
	gone := analysed(r, "Ann Bell")
	gone.ID = "no-such-id"
	if n, err := s.SetAnalysis(ctx, []store.Analysis{stale, gone}); err != nil || n != 0 {
		t.Errorf("SetAnalysis(stale, gone) = %d, %v; want 0 written", n, err)
	}
	if n, err := s.SetAnalysis(ctx, []store.Analysis{analysed(r, "Ann Bell")}); err != nil || n != 1 {
		t.Errorf("SetAnalysis = %d, %v", n, err)
	}
	// A second process that analysed the same article skips it.
	if n, err := s.SetAnalysis(ctx, []store.Analysis{analysed(r, "Carl Dunn")}); err != nil || n != 0 {
		t.Errorf("SetAnalysis twice = %d, %v; want 0 written", n, err)
	}
	if n, err := s.SetAnalysis(ctx, nil); err != nil || n != 0 {
		t.Errorf("SetAnalysis(nil) = %d, %v", n, err)
	}
}

// testAnalysisNothingFound: an analysis that found nothing (nil lists, as
// an article without quotes or names leaves them) is stored as empty lists,
// as the record contract has them ([] in JSON, never null).
func testAnalysisNothingFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://nf.example/1", "Quiet day", "", "", "Nothing was said.")
	r := putUnanalysed(t, s, a)
	none := *r.Article
	none.Quotes, none.People, none.Organizations, none.Places, none.Claims, none.Warnings = nil, nil, nil, nil, nil, nil
	if n, err := s.SetAnalysis(ctx, []store.Analysis{{ID: a.ID, ContentHash: r.ContentHash, Article: &none}}); err != nil || n != 1 {
		t.Fatalf("SetAnalysis = %d, %v", n, err)
	}
	got, err := s.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	g := got.Article
	if g.Quotes == nil || g.People == nil || g.Organizations == nil || g.Places == nil || g.Claims == nil || g.Warnings == nil {
		t.Errorf("lists after an analysis that found nothing: quotes %v people %v orgs %v places %v claims %v warnings %v; want [] each",
			g.Quotes == nil, g.People == nil, g.Organizations == nil, g.Places == nil, g.Claims == nil, g.Warnings == nil)
	}
}

// testAnalysisDropsPerson: a person whom an analysis in place leaves
// named by no article is dropped, and a later article of the same batch
// naming that person again gets a fresh, valid person (a writer that
// remembered the dropped person's id would link the article to nothing).
func testAnalysisDropsPerson(t *testing.T, s store.Store) {
	ctx := context.Background()
	named := func(a *model.Article, who ...string) *model.Article {
		for _, n := range who {
			a.People = append(a.People, model.Person{Name: n, Roles: []string{}, Mentions: []string{n}})
		}
		return a
	}
	// y names Eve Ford and is marked for analysis again (--all).
	put(t, s, Doc(named(Article("https://dp.example/y", "Y", "", "", "Eve Ford spoke."), "Eve Ford")))
	if _, err := s.ResetAnalysis(ctx, time.Time{}); err != nil {
		t.Fatal(err)
	}
	put(t, s,
		Doc(named(Article("https://dp.example/w", "W", "", "", "Eve Ford again."), "Eve Ford")),   // the writer looks her up
		Doc(Article("https://dp.example/w", "W", "", "", "Nobody now.")),                          // w no longer names her
		Doc(Article("https://dp.example/y", "Y", "", "", "Eve Ford spoke.")),                      // y analysed in place: she is named by none, dropped
		Doc(named(Article("https://dp.example/v", "V", "", "", "Eve Ford returns."), "Eve Ford")), // named again
	)
	var people []store.PersonRow
	for p, err := range s.People(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	want := []store.PersonRow{{Name: "Eve Ford", Roles: []string{}, Articles: 1}}
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

func testAnalysisInPut(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://ip.example/1", "One", "", "", "First text.")
	put(t, s, unanalysedDoc(a))
	// The same content without analysis again: unchanged.
	if st := put(t, s, unanalysedDoc(Article("https://ip.example/1", "One", "", "", "First text."))); st[0] != store.Unchanged {
		t.Errorf("Put(same, unanalysed) = %v", st[0])
	}
	// The same content with analysis: analysed in place.
	b := Article("https://ip.example/1", "One", "", "", "First text.")
	b.Quotes = []model.Quote{{Text: "First", Speaker: "Ann Bell"}}
	if st := put(t, s, Doc(b)); st[0] != store.Analysed {
		t.Errorf("Put(same, analysed) = %v, want analysed", st[0])
	}
	if st := put(t, s, Doc(b)); st[0] != store.Unchanged {
		t.Errorf("Put(same, analysed) again = %v, want unchanged", st[0])
	}
	r, err := s.Get(ctx, a.ID)
	if err != nil || len(r.Article.Quotes) != 1 {
		t.Fatalf("Get = %+v, %v", r, err)
	}
	if vs, _ := s.Versions(ctx, a.ID); len(vs) != 0 {
		t.Errorf("versions = %d, want 0", len(vs))
	}
	if ids := pendingIDs(t, s, time.Time{}); len(ids) != 0 {
		t.Errorf("pending = %v", ids)
	}
	// Changed content stored without analysis waits for it again.
	c := Article("https://ip.example/1", "One", "", "", "Changed text.")
	if st := put(t, s, unanalysedDoc(c)); st[0] != store.Updated {
		t.Errorf("Put(changed) = %v", st[0])
	}
	if ids := pendingIDs(t, s, time.Time{}); len(ids) != 1 {
		t.Errorf("pending after update = %v", ids)
	}
	// Other page bytes (a new content hash) giving the same title and text,
	// now with analysis: analysed in place too, no new version.
	d := Article("https://ip.example/1", "One", "", "", "Changed text.")
	d.Quotes = []model.Quote{{Text: "Changed", Speaker: "Ann Bell"}}
	dd := Doc(d)
	dd.ContentHash = store.ContentHash([]byte("other bytes of the same page"))
	if st := put(t, s, dd); st[0] != store.Analysed {
		t.Errorf("Put(new bytes, same text, analysed) = %v, want analysed", st[0])
	}
	if vs, _ := s.Versions(ctx, a.ID); len(vs) != 1 {
		t.Errorf("versions after in-place analysis = %d, want 1", len(vs))
	}
	if ids := pendingIDs(t, s, time.Time{}); len(ids) != 0 {
		t.Errorf("pending after in-place analysis = %v", ids)
	}
}

func testResetAnalysis(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Doc(Article("https://rs.example/1", "One", "", "2024-03-01", "A.")), Doc(Article("https://rs.example/2", "Two", "", "2022-03-01", "B.")),
		Doc(Article("https://rs.example/3", "Three", "", "", "C.")))
	if ids := pendingIDs(t, s, time.Time{}); len(ids) != 0 {
		t.Errorf("pending = %v", ids)
	}
	n, err := s.ResetAnalysis(ctx, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || n != 1 {
		t.Errorf("ResetAnalysis(since) = %d, %v; want 1", n, err)
	}
	if n, err := s.ResetAnalysis(ctx, time.Time{}); err != nil || n != 2 {
		t.Errorf("ResetAnalysis(all) = %d, %v; want the 2 others", n, err)
	}
	if ids := pendingIDs(t, s, time.Time{}); len(ids) != 3 {
		t.Errorf("pending = %v", ids)
	}
}
