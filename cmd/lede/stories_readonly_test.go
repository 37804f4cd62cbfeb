package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store/sqlite"
)

// TestStoriesReadOnly: lede stories, story and copies on a store they may
// not write answer the stories stored (as lede serve does), with one
// warning line on stderr when articles came after them, and leave the
// file as it was. Tests run as root, so --read-only takes the read-only
// open path a store the user cannot write falls back to.
func TestStoriesReadOnly(t *testing.T) {
	db := serveTestStore(t)
	stored, _, err := runLede(t, "stories", "--db", db, "--json") // stories computed now...
	if err != nil {
		t.Fatal(err)
	}
	var first model.Story
	if err := json.NewDecoder(strings.NewReader(stored)).Decode(&first); err != nil || len(first.ArticleIDs) == 0 {
		t.Fatalf("lede stories --json: %v\n%s", err, stored)
	}
	wantStory, _, err := runLede(t, "story", "--db", db, "--json", first.ID)
	if err != nil {
		t.Fatal(err)
	}
	late := filepath.Join(t.TempDir(), "late.txt")
	os.WriteFile(late, []byte("Marsh ferry adds a dawn crossing\n\nThe Marsh ferry will add a crossing at six in the morning from next week, its operator said on Tuesday.\n"), 0o644)
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", late); err != nil { // ...and an article after them
		t.Fatal(err)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string // stdout, or "" for any
	}{
		{[]string{"stories", "--json"}, stored}, // not recomputed with the late article
		{[]string{"story", "--json", first.ID}, wantStory},
		{[]string{"copies", first.ArticleIDs[0]}, ""},
	} {
		args := append(append([]string{}, tc.args...), "--db", db, "--read-only")
		out, stderr, err := runLede(t, args...)
		if err != nil {
			t.Errorf("lede %s: %v", strings.Join(args, " "), err)
			continue
		}
		if tc.want != "" && out != tc.want {
			t.Errorf("lede %s:\n%s\nwant the stories stored:\n%s", strings.Join(args, " "), out, tc.want)
		}
		if out == "" {
			t.Errorf("lede %s printed nothing", strings.Join(args, " "))
		}
		if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || !strings.Contains(stderr, "stories may be stale") {
			t.Errorf("lede %s: stderr %q, want one line of warning that the stories may be stale", strings.Join(args, " "), stderr)
		}
	}
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if fi2, err := os.Stat(db); err != nil || !bytes.Equal(before, after) || !fi2.ModTime().Equal(fi.ModTime()) {
		t.Errorf("the story commands with --read-only changed the store file (%v)", err)
	}
	// Brought up to date with write access, the stories are fresh: no
	// warning any more.
	if _, _, err := runLede(t, "stories", "--db", db); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runLede(t, "stories", "--db", db, "--read-only"); err != nil || stderr != "" {
		t.Errorf("lede stories --read-only on fresh stories: %v, stderr %q", err, stderr)
	}
}

// TestIsReadOnly: the story commands fall back to the stored
// stories on SQLite's read-only error alone (here a real one, from a write
// to a store opened read-only), however wrapped; not on other failures.
func TestIsReadOnly(t *testing.T) {
	ctx := context.Background()
	db := serveTestStore(t)
	ro, err := sqlite.OpenReadOnly(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	werr := ro.Write(ctx, func(tx *sql.Tx) error { _, err := tx.Exec(`DELETE FROM articles`); return err })
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{werr, true},
		{fmt.Errorf("refresh: %w", werr), true},
		{nil, false},
		{errors.New("attempt to write a readonly database"), false}, // words alone are no SQLite error
		{context.Canceled, false},
	} {
		if got := sqlite.IsReadOnly(tt.err); got != tt.want {
			t.Errorf("IsReadOnly(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

// TestStoriesUnwritable: a store in a directory the user cannot write, not
// asked --read-only, is answered from its stored stories with one warning
// line. Root writes anyway: the test then skips (TestStoriesReadOnly
// covers the read-only path, TestIsReadOnly the fallback's test).
func TestStoriesUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write any file")
	}
	db := serveTestStore(t)
	stored, _, err := runLede(t, "stories", "--db", db, "--json")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o755)
	ro := filepath.Join(dir, "s.db")
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(ro, b, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	out, stderr, err := runLede(t, "stories", "--db", ro, "--json")
	if err != nil || out != stored || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "cannot be written") {
		t.Errorf("lede stories on an unwritable store: %v, stderr %q\n%s\nwant:\n%s", err, stderr, out, stored)
	}
}
