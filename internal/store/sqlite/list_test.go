package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

// listStore holds seven articles: five dated (two at the same instant,
// one given with an offset), two undated, over two outlets. Their titles
// in the order List must give them:
var listOrder = []string{"E", "D2", "D1", "C", "B", "U2", "U1"}

func listStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db := open(t).(*sqlite.DB)
	t.Cleanup(func() { db.Close() })
	arts := []struct{ title, outlet, published string }{
		{"B", "Harbour Gazette", "2025-01-02"},
		{"U1", "Harbour Gazette", ""},
		{"D1", "Valley Times", "2025-03-04T10:00:00Z"},
		{"E", "Valley Times", "2025-05-06T09:30:00+02:00"},
		{"D2", "Harbour Gazette", "2025-03-04T12:00:00+02:00"}, // 10:00 UTC, ingested after D1
		{"U2", "Valley Times", ""},
		{"C", "Valley Times", "2025-02-03"},
	}
	var docs []store.Doc
	for i, a := range arts {
		docs = append(docs, storetest.Doc(storetest.Article(fmt.Sprintf("https://list.example/%d", i), a.title, a.outlet, a.published,
			"Three small words.", "And 42 more: ünïcode, 北京市")))
	}
	for _, d := range docs { // one by one: ingestion order is the slice's
		if _, err := db.Put(context.Background(), []store.Doc{d}); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// listAll pages through a listing with limit rows a page.
func listAll(t *testing.T, db *sqlite.DB, q store.ListQuery) (titles []string, pages int) {
	t.Helper()
	for {
		p, err := db.List(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		if q.Limit > 0 && len(p.Articles) > q.Limit {
			t.Fatalf("page of %d rows, limit %d", len(p.Articles), q.Limit)
		}
		for _, a := range p.Articles {
			titles = append(titles, a.Title)
		}
		if p.Next == "" {
			return titles, pages
		}
		if pages > 20 {
			t.Fatal("no end of pages")
		}
		q.Cursor = p.Next
	}
}

func TestListOrderAndPages(t *testing.T) {
	db := listStore(t)
	for limit := 1; limit <= 8; limit++ {
		got, pages := listAll(t, db, store.ListQuery{Limit: limit})
		if !slices.Equal(got, listOrder) {
			t.Errorf("limit %d: %v, want %v", limit, got, listOrder)
		}
		if want := (len(listOrder) + limit - 1) / limit; pages != want {
			t.Errorf("limit %d: %d pages, want %d (no empty last page)", limit, pages, want)
		}
	}
	p, err := db.List(context.Background(), store.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Articles) != len(listOrder) || p.Next != "" {
		t.Fatalf("default limit: %d rows, next %q", len(p.Articles), p.Next)
	}
	e := p.Articles[0]
	if e.Outlet != "Valley Times" || e.Date != "2025-05-06T09:30:00+02:00" || e.Language != "en" || e.URL != "https://list.example/3" || e.ID == "" ||
		!e.Published.Equal(time.Date(2025, 5, 6, 7, 30, 0, 0, time.UTC)) {
		t.Errorf("row: %+v", e)
	}
	if e.Words != 10 { // Three small words. And 42 more: ünïcode, 北 京 市
		t.Errorf("words: %d, want 10", e.Words)
	}
}

func TestListFilters(t *testing.T) {
	db := listStore(t)
	day := func(s string, end bool) time.Time {
		d, err := store.ParseDay(s, end)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		q    store.ListQuery
		want []string
	}{
		{store.ListQuery{Outlet: "valley times"}, []string{"E", "D1", "C", "U2"}},
		{store.ListQuery{Outlet: "Harbour Gazette", Limit: 1}, []string{"D2", "B", "U1"}},
		{store.ListQuery{Outlet: "Nobody's Paper"}, nil},
		{store.ListQuery{Since: day("2025-02-03", false), Limit: 2}, []string{"E", "D2", "D1", "C"}},
		{store.ListQuery{Until: day("2025-03-04", true), Limit: 1}, []string{"D2", "D1", "C", "B"}},
		{store.ListQuery{Since: day("2025-02-01", false), Until: day("2025-03-31", true), Outlet: "Valley Times", Limit: 1}, []string{"D1", "C"}},
	} {
		got, _ := listAll(t, db, tc.q)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestListCursorAndLimit(t *testing.T) {
	db := listStore(t)
	ctx := context.Background()
	for _, c := range []string{"x", "!!", "bm8tY29tbWE", "LDA", "MjAyNS0wMS0wMiwx", "bm90IGEgZGF0ZSw1"} {
		if _, err := db.List(ctx, store.ListQuery{Cursor: c}); !errors.Is(err, store.ErrBadCursor) {
			t.Errorf("cursor %q: %v, want ErrBadCursor", c, err)
		}
	}
	// A cursor is a position: articles ingested after it was given and
	// older than it still come on the pages after it.
	p, err := db.List(ctx, store.ListQuery{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	late := storetest.Doc(storetest.Article("https://list.example/late", "A", "Valley Times", "2024-12-31", "Late."))
	if _, err := db.Put(ctx, []store.Doc{late}); err != nil {
		t.Fatal(err)
	}
	got, _ := listAll(t, db, store.ListQuery{Cursor: p.Next, Limit: 3})
	if want := []string{"D1", "C", "B", "A", "U2", "U1"}; !slices.Equal(got, want) {
		t.Errorf("after the first page: %v, want %v", got, want)
	}
	if p, err := db.List(ctx, store.ListQuery{Limit: store.MaxListLimit + 1}); err != nil || len(p.Articles) != 8 {
		t.Errorf("limit over the maximum: %d rows, %v", len(p.Articles), err)
	}
}
