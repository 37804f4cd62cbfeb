package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

func open(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "re.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := storetest.Doc(storetest.Article("https://r.example/1", "Kept", "", "", "Body."))
	if _, err := db.Put(ctx, []store.Doc{d}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(ctx, path) // migrations already applied: a no-op
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Get(ctx, d.Article.ID); err != nil {
		t.Fatalf("after reopen: %v", err)
	}
}

// TestNewerStoreRefused: a store whose schema a newer lede migrated is
// refused with ErrNewerStore, and left as it was.
func TestNewerStoreRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(ctx, []store.Doc{storetest.Doc(storetest.Article("https://r.example/2", "Kept", "", "", "Body."))}); err != nil {
		t.Fatal(err)
	}
	err = db.Write(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO schema_migrations(version, name, applied_utc) VALUES (9999, '9999_future.sql', 'now')`)
		return err
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(ctx, path); !errors.Is(err, sqlite.ErrNewerStore) {
		t.Fatalf("Open of a newer store: %v, want ErrNewerStore", err)
	}
}

func TestRankWindow(t *testing.T) {
	defer sqlite.SetRankWindow(10)()
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	// The best match for "common" is the oldest article.
	docs := []store.Doc{storetest.Doc(storetest.Article("https://w.example/0", "Common common common", "", "", "common rare"))}
	for i := 1; i <= 30; i++ {
		docs = append(docs, storetest.Doc(storetest.Article(fmt.Sprintf("https://w.example/%d", i), fmt.Sprint("Story ", i), "", "", "a common word")))
	}
	if _, err := db.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	hits, err := db.Search(ctx, store.Query{Text: "common", Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	// 31 matches, over the window of 10: only the 11 most recent are ranked.
	if len(hits) != 11 || hits[0].URL == "https://w.example/0" {
		t.Errorf("common query: %d hits, first %s", len(hits), hits[0].URL)
	}
	// A rare word is ranked over the whole corpus.
	hits, _ = db.Search(ctx, store.Query{Text: "rare"})
	if len(hits) != 1 || hits[0].URL != "https://w.example/0" {
		t.Errorf("rare query: %+v", hits)
	}
}

// FuzzSearch: whatever the user types, search answers or says the query is
// empty; it never fails with an FTS5 syntax error.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{`harbour`, `"a b" OR -c d*`, `NEAR(a b)`, `title:x`, `^a`, `a AND OR NOT`, `"`, `*`, `(a`, `a:b:c`, `{title}: x`, `北京*`, `"ที่"`} {
		f.Add(s)
	}
	db, err := sqlite.Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Put(context.Background(), []store.Doc{storetest.Doc(storetest.Article("https://f.example/1", "Harbour news", "", "", "The harbour reopened."))}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := db.Search(context.Background(), store.Query{Text: q})
		if err != nil && !errors.Is(err, store.ErrEmptyQuery) {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}

// TestMigrationAnalysisState: a store made before migration 0009 (which
// records which articles were analysed) takes an article with a quote, a
// claim or a person as analysed, and one with none as waiting for
// analysis (stored with --no-analysis, or analysed with nothing to find:
// analysing it again costs time only).
func TestMigrationAnalysisState(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	v := 3.0
	quoted := storetest.Article("https://m.example/q", "Q", "", "", "Quoted.")
	quoted.Quotes = []model.Quote{{Text: "Quoted", Speaker: "Ann Bell"}}
	claimed := storetest.Article("https://m.example/c", "C", "", "", "Three.")
	claimed.Claims = []model.Claim{{Text: "three", Value: &v}}
	named := storetest.Article("https://m.example/p", "P", "", "", "Ann.")
	named.People = []model.Person{{Name: "Ann Bell"}}
	bare := storetest.Article("https://m.example/b", "B", "", "", "Nothing.")
	docs := []store.Doc{storetest.Doc(quoted), storetest.Doc(claimed), storetest.Doc(named), storetest.Doc(bare)}
	if _, err := db.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	// Back to the schema before 0009.
	err = db.Write(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{`DROP INDEX articles_unanalysed`, `ALTER TABLE articles DROP COLUMN analysed_utc`, `DELETE FROM schema_migrations WHERE version = 9`} {
			if _, err := tx.Exec(q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var pending []string
	for r, err := range db.Unanalysed(ctx, time.Time{}) {
		if err != nil {
			t.Fatal(err)
		}
		pending = append(pending, r.Article.ID)
	}
	if len(pending) != 1 || pending[0] != bare.ID {
		t.Errorf("pending after the migration = %v, want only %s", pending, bare.ID)
	}
	for _, d := range docs[:3] {
		if seen, _, err := db.Lookup(ctx, d.Article.ID); err != nil || !seen.Analysed {
			t.Errorf("%s: %+v, %v; want analysed", d.Article.URL, seen, err)
		}
	}
}

// TestAnalysisMarksStoriesStale: writing an analysis in place marks the
// saved stories stale (they cluster on people, places and quotes), so that
// lede stories computes them again; the copy groups need no such mark.
func TestAnalysisMarksStoriesStale(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := storetest.Article("https://st.example/1", "Vote", "", "", "Ann Bell spoke.")
	d := storetest.Doc(a)
	d.Unanalysed = true
	if _, err := db.Put(ctx, []store.Doc{d}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveLinks(ctx, sqlite.Links{SourceOf: map[string]string{}, State: "1|1|x"}); err != nil {
		t.Fatal(err)
	}
	r, err := db.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	r.Article.People = []model.Person{{Name: "Ann Bell"}}
	if n, err := db.SetAnalysis(ctx, []store.Analysis{{ID: a.ID, ContentHash: r.ContentHash, Article: r.Article}}); err != nil || n != 1 {
		t.Fatalf("SetAnalysis = %d, %v", n, err)
	}
	if st, err := db.LinksState(ctx); err != nil || st != "" {
		t.Errorf("LinksState after an analysis = %q, %v; want \"\" (stale)", st, err)
	}
}
