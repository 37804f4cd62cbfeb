package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

// storeOf is the path of a new store holding docs.
func storeOf(t *testing.T, docs []store.Doc) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "s.db")
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestListCommand: lede list prints the articles newest first, undated
// last, a page at a time with the next page's cursor on stderr; --json
// gives the page as GET /api/articles does; a cursor or limit it cannot
// take is a usage mistake (exit status 2).
func TestListCommand(t *testing.T) {
	var docs []store.Doc
	for _, a := range []struct{ url, title, outlet, published string }{
		{"https://tideway.example/1", "Pier lights restored", "Tideway Post", "2025-06-01"},
		{"https://tideway.example/2", "", "Tideway Post", ""},
		{"https://moorland.example/3", "Moor fire contained", "Moorland Echo", "2025-06-03T18:00:00Z"},
	} {
		docs = append(docs, storetest.Doc(storetest.Article(a.url, a.title, a.outlet, a.published, "Crews worked through the night.")))
	}
	db := storeOf(t, docs)

	stdout, stderr, code := extractTestRun(t, "list", "--db", db, "--limit", "2")
	want := docs[2].Article.ID + "  2025-06-03  Moor fire contained (Moorland Echo, 5 words)\n" +
		docs[0].Article.ID + "  2025-06-01  Pier lights restored (Tideway Post, 5 words)\n"
	if code != 0 || stdout != want || !strings.HasPrefix(stderr, "more: --cursor ") {
		t.Fatalf("first page: exit %d, stdout %q, stderr %q; want %q and a cursor", code, stdout, stderr, want)
	}
	cursor := strings.TrimSpace(strings.TrimPrefix(stderr, "more: --cursor "))
	stdout, stderr, code = extractTestRun(t, "list", "--db", db, "--limit", "2", "--cursor", cursor)
	if want := docs[1].Article.ID + "  undated     (no title) (Tideway Post, 5 words)\n"; code != 0 || stdout != want || stderr != "" {
		t.Errorf("last page: exit %d, stdout %q, stderr %q; want %q", code, stdout, stderr, want)
	}

	stdout, _, code = extractTestRun(t, "list", "--db", db, "--json", "--outlet", "tideway post", "--since", "2025-01-01")
	var page store.ArticlePage
	if err := json.Unmarshal([]byte(stdout), &page); code != 0 || err != nil || len(page.Articles) != 1 || page.Articles[0].ID != docs[0].Article.ID ||
		page.Next != "" || strings.Contains(stdout, `"next"`) {
		t.Errorf("--json --outlet --since: exit %d, %v: %s", code, err, stdout)
	}

	// Rule no-such-outlet: an outlet the store does not know is named as
	// the reason; a known one with nothing in the range is not.
	_, stderr, code = extractTestRun(t, "list", "--db", db, "--outlet", "tideway.example")
	if code != 0 || !strings.HasPrefix(stderr, "no articles: no outlet is named \"tideway.example\"") {
		t.Errorf("no such outlet: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = extractTestRun(t, "list", "--db", db, "--outlet", "moorland echo", "--since", "2026-01-01")
	if code != 0 || stderr != "no articles\n" {
		t.Errorf("no match: exit %d, stderr %q", code, stderr)
	}
	// lede search says the same (rule no-such-outlet).
	_, stderr, code = extractTestRun(t, "search", "--db", db, "--outlet", "tideway.example", "crews")
	if code != 0 || !strings.HasPrefix(stderr, "no matches: no outlet is named \"tideway.example\"") {
		t.Errorf("search, no such outlet: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = extractTestRun(t, "search", "--db", db, "--outlet", "moorland echo", "pier")
	if code != 0 || stderr != "no matches\n" {
		t.Errorf("search, no match: exit %d, stderr %q", code, stderr)
	}
	for _, args := range [][]string{{"--cursor", "nonsense"}, {"--limit", "0"}, {"--limit", "501"}, {"--until", "June"}} {
		_, stderr, code := extractTestRun(t, append([]string{"list", "--db", db}, args...)...)
		if code != 2 || !strings.Contains(stderr, args[0]) {
			t.Errorf("list %v: exit %d, stderr %q; want 2 and a line naming %s", args, code, stderr, args[0])
		}
	}
}
