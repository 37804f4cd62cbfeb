package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

// TestPutDiskFull: a batch that does not fit fails with words saying the
// disk is full and what to do, and the articles stored before stay.
func TestPutDiskFull(t *testing.T) {
	ctx := context.Background()
	db, first := openWithOne(t, filepath.Join(t.TempDir(), "full.db"), "https://full.example/0")
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// A few pages more than the store has now: the big batch cannot fit.
	if err := db.LimitPages(ctx, 64); err != nil {
		t.Fatal(err)
	}
	var docs []store.Doc
	for i := 1; i <= 200; i++ {
		body := strings.Repeat(fmt.Sprintf("The harbour board of Kelby met for the %dth time about the sea wall. ", i), 40)
		docs = append(docs, storetest.Doc(storetest.Article(fmt.Sprintf("https://full.example/%d", i), fmt.Sprintf("Board meeting %d", i), "Kelby Post", "2026-03-02", body)))
	}
	_, err = db.Put(ctx, docs)
	if err == nil || !strings.Contains(err.Error(), "disk is full") || !strings.Contains(err.Error(), "run the same command again") {
		t.Fatalf("Put over the page limit: %v; want the disk-full words", err)
	}
	after, err := db.Stats(ctx)
	if err != nil || after.Articles != st.Articles {
		t.Errorf("after the failed batch: %d articles, %v; want the %d stored before", after.Articles, err, st.Articles)
	}
	if r, err := db.Get(ctx, first.ID); err != nil || r.Article.Title != first.Title {
		t.Errorf("article stored before: %v", err)
	}
}

// openWithOne creates a store at path holding one short article at url,
// and leaves it open; it returns the store and the article.
func openWithOne(t *testing.T, path, url string) (*sqlite.DB, *model.Article) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article(url, "Harbour board meets", "Kelby Post", "2026-03-02", "The harbour board met on Monday.")
	if _, err := db.Put(ctx, []store.Doc{storetest.Doc(a)}); err != nil {
		db.Close()
		t.Fatal(err)
	}
	return db, a
}
