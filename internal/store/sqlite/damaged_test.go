package sqlite_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/store/sqlite"
)

// TestOpenDamaged: a store whose schema page is overwritten (a disk error,
// a copy cut short) is refused by Open and OpenReadOnly with the word
// "damaged" and what to do, not SQLite's bare "database disk image is
// malformed (11)".
func TestOpenDamaged(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "d.db")
	db, _ := openWithOne(t, path, "https://d.example/1")
	db.Close()
	data, err := os.ReadFile(path)
	if err != nil || len(data) < 4096 {
		t.Fatalf("store file: %d bytes, %v", len(data), err)
	}
	// Keep the 100-byte file header (still an SQLite file), spoil the rest
	// of the first page, where the schema lives.
	copy(data[100:4096], bytes.Repeat([]byte{0xa5}, 4096-100))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(context.Context, string) (*sqlite.DB, error){"Open": sqlite.Open, "OpenReadOnly": sqlite.OpenReadOnly} {
		db, err := open(ctx, path)
		if err == nil {
			db.Close()
			t.Errorf("%s of a damaged store: no error", name)
			continue
		}
		if !strings.Contains(err.Error(), "damaged") {
			t.Errorf("%s of a damaged store: %v; want it called damaged", name, err)
		}
	}
}
