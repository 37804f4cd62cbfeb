package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

// unitDocs are synthetic articles in scripts written without spaces.
func unitDocs() []store.Doc {
	return []store.Doc{
		storetest.Doc(storetest.Article("https://u.example/zh", "北京举行新闻发布会", "", "",
			"市政府今天在北京举行新闻发布会，介绍空气质量改善情况。", "发言人表示，今年的空气质量明显好转。")),
		storetest.Doc(storetest.Article("https://u.example/ja", "東京で新しい駅が開業", "", "",
			"東京都内で新しい駅が開業し、多くの利用者が訪れた。")),
		storetest.Doc(storetest.Article("https://u.example/th", "ฝนตกหนักในกรุงเทพ", "", "",
			"วันนี้ฝนตกหนักในกรุงเทพมหานคร ถนนหลายสายมีน้ำท่วมขัง")),
		storetest.Doc(storetest.Article("https://u.example/ko", "서울시는 새 정책을 발표했다", "", "",
			"서울시는 오늘 대중교통 요금 정책을 발표했다.")),
		storetest.Doc(storetest.Article("https://u.example/en", "Harbour reopens", "", "",
			"The harbour reopened after the storm; Apple的iPhone发布 was on the quay.")),
	}
}

// searchURLs runs a search and returns the URLs found, sorted.
func searchURLs(t *testing.T, db store.Store, q string) []string {
	t.Helper()
	hits, err := db.Search(context.Background(), store.Query{Text: q})
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	var out []string
	for _, h := range hits {
		out = append(out, h.URL)
	}
	slices.Sort(out)
	return out
}

func checkUnitSearch(t *testing.T, db store.Store) {
	t.Helper()
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"北京", []string{"https://u.example/zh"}},
		{"空气质量", []string{"https://u.example/zh"}},
		{"北京举行新闻发布会", []string{"https://u.example/zh"}},
		{"质量 发言人", []string{"https://u.example/zh"}},
		{`"新闻发布"`, []string{"https://u.example/zh"}},
		{"北京 -空气", nil},
		{"上海", nil},
		{"北京上海", nil}, // the phrase, not its characters anywhere
		{"新しい駅", []string{"https://u.example/ja"}},
		{"開業", []string{"https://u.example/ja"}},
		{"กรุงเทพ", []string{"https://u.example/th"}},
		{"น้ำท่วม", []string{"https://u.example/th"}},
		{"서울시", []string{"https://u.example/ko"}},
		{"정책", []string{"https://u.example/ko"}},
		{"iPhone", []string{"https://u.example/en"}},
		{"发布", []string{"https://u.example/en", "https://u.example/zh"}},
		{"harb*", []string{"https://u.example/en"}},
		{"harbour", []string{"https://u.example/en"}},
	} {
		if got := searchURLs(t, db, c.q); !slices.Equal(got, c.want) {
			t.Errorf("Search(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestSearchUnits: any part of a clause written without spaces finds the
// article; the snippet shows the text as written, the phrase highlighted
// as one.
func TestSearchUnits(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	if _, err := db.Put(ctx, unitDocs()); err != nil {
		t.Fatal(err)
	}
	checkUnitSearch(t, db)
	hits, err := db.Search(ctx, store.Query{Text: "空气质量", MarkStart: "[", MarkEnd: "]"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search: %v, %v", hits, err)
	}
	if want := "市政府今天在北京举行新闻发布会，介绍[空气质量]改善情况。\n\n发言人表示，今年的[空气质量]明显好转。"; hits[0].Snippet != want {
		t.Errorf("snippet = %q, want %q", hits[0].Snippet, want)
	}
	if hits[0].Title != "北京举行新闻发布会" {
		t.Errorf("title = %q", hits[0].Title)
	}
	// A new version replaces the old text in the index (the old one is
	// deleted with the values it was indexed with).
	d := storetest.Doc(storetest.Article("https://u.example/zh", "上海举行新闻发布会", "", "", "上海的天气很好。"))
	if _, err := db.Put(ctx, []store.Doc{d}); err != nil {
		t.Fatal(err)
	}
	if got := searchURLs(t, db, "上海"); !slices.Equal(got, []string{"https://u.example/zh"}) {
		t.Errorf("after update, 上海: %v", got)
	}
	if got := searchURLs(t, db, "空气质量"); got != nil {
		t.Errorf("after update, 空气质量 still finds %v", got)
	}
	integrityCheck(t, db.(*sqlite.DB))
}

func integrityCheck(t *testing.T, db *sqlite.DB) {
	t.Helper()
	if _, err := db.Reader().Exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("FTS integrity check: %v", err)
	}
}

// TestMigrationUnits: a store made before migration 0010 (its index
// holding whole clauses of Chinese as single words) opens, migrates and
// then finds parts of them; Latin search is unchanged.
func TestMigrationUnits(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(ctx, unitDocs()); err != nil {
		t.Fatal(err)
	}
	// Back to the index before 0010: over the articles as written.
	var before int
	err = db.Write(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{
			`DROP TABLE articles_fts`,
			`DROP VIEW articles_fts_content`,
			`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2')`,
			`INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`,
			`DELETE FROM schema_migrations WHERE version = 10`,
		} {
			if _, err := tx.Exec(q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		return tx.QueryRow(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '"北 京"'`).Scan(&before)
	})
	if err != nil {
		t.Fatal(err)
	}
	if before != 0 {
		t.Fatalf("the old index found 北京 in %d articles: the test does not build the old store", before)
	}
	db.Close()
	if db, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkUnitSearch(t, db)
	integrityCheck(t, db)
}
