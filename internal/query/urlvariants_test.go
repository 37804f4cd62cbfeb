package query

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

// TestArticleURLVariants: rule url-variants. An article stored under
// https://pier.example/news/a is found by the address as a user may copy
// it (http, a trailing slash, no scheme), by lede show as by Resolve (lede
// story, copies); an exact address still finds its own article, and an
// unknown one none.
func TestArticleURLVariants(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "u.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := storetest.Doc(storetest.Article("https://pier.example/news/a", "Pier reopens", "Pier Post", "2026-03-01", "The pier reopened on Monday."))
	b := storetest.Doc(storetest.Article("http://pier.example/news/a/", "Pier closes", "Pier Post", "2026-01-01", "The pier closed for the winter."))
	if _, err := db.Put(ctx, []store.Doc{a, b}); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"https://pier.example/news/a": "Pier reopens",
		"http://pier.example/news/a/": "Pier closes",
		"http://pier.example/news/a":  "Pier reopens",
		"pier.example/news/a":         "Pier reopens",
		"pier.example/news/b":         "",
	} {
		r, err := Article(ctx, db, key)
		got := ""
		if err == nil {
			got = r.Article.Title
		}
		if got != want {
			t.Errorf("Article(%q) = %q (%v), want %q", key, got, err, want)
		}
		if want != "" {
			if ra, err := Resolve(ctx, db, key); err != nil || ra.Title != want {
				t.Errorf("Resolve(%q): %v, want %q", key, err, want)
			}
		}
	}
}
