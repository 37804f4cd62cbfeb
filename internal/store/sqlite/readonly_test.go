package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

// TestOpenReadOnly: a store opened read-only (or immutable) reads as Open
// does, every write fails with SQLite's read-only error and leaves the
// store as it was; a missing file, an old schema and a newer one are
// refused.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "ro.db")
	db, a := openWithOne(t, path, "https://r.example/ro")
	db.Close()
	for _, tc := range []struct {
		name string
		open func(context.Context, string) (*sqlite.DB, error)
	}{{"immutable", sqlite.OpenImmutable}, {"read-only", sqlite.OpenReadOnly}} { // immutable first: mode=ro leaves a -shm file
		name, open := tc.name, tc.open
		t.Run(name, func(t *testing.T) {
			ro, err := open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer ro.Close()
			if r, err := ro.Get(ctx, a.ID); err != nil || r.Article.Title != a.Title {
				t.Errorf("Get: %v %+v", err, r)
			}
			hits, err := ro.Search(ctx, store.Query{Text: "harbour"})
			if err != nil || len(hits) != 1 {
				t.Errorf("Search: %v, %d hits", err, len(hits))
			}
			b := storetest.Article("https://r.example/other", "Other", "", "", "Another body.")
			if _, err := ro.Put(ctx, []store.Doc{storetest.Doc(b)}); err == nil || !strings.Contains(err.Error(), "readonly") {
				t.Errorf("Put on a read-only store: %v, want a read-only error", err)
			}
			if err := ro.Write(ctx, func(tx *sql.Tx) error { _, err := tx.Exec(`DELETE FROM articles`); return err }); err == nil {
				t.Error("Write on a read-only store succeeded")
			}
			if s, err := ro.Stats(ctx); err != nil || s.Articles != 1 {
				t.Errorf("after the refused writes: %v, %+v", err, s)
			}
			// Immutable is for a directory that cannot be written: it must
			// need no -shm file beside the store (mode=ro creates one).
			if _, err := os.Stat(path + "-shm"); name == "immutable" && !errors.Is(err, os.ErrNotExist) {
				t.Errorf("immutable open: %s-shm exists (%v), want none made", path, err)
			}
		})
	}

	if _, err := sqlite.OpenReadOnly(ctx, filepath.Join(dir, "none.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenReadOnly of a missing file: %v, want it said missing", err)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		sql  string
		want error
	}{
		{`INSERT INTO schema_migrations(version, name, applied_utc) VALUES (9999, '9999_future.sql', 'now')`, sqlite.ErrNewerStore},
		{`DELETE FROM schema_migrations WHERE version >= (SELECT max(version) FROM schema_migrations WHERE version < 9999)`, sqlite.ErrOldStore},
	} {
		if err := db.Write(ctx, func(tx *sql.Tx) error { _, err := tx.Exec(tt.sql); return err }); err != nil {
			t.Fatal(err)
		}
		if _, err := sqlite.OpenReadOnly(ctx, path); !errors.Is(err, tt.want) {
			t.Errorf("after %s: %v, want %v", tt.sql, err, tt.want)
		}
	}
	db.Close()
}
