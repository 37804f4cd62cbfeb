package sqlite

import (
	"context"
	"fmt"
)

// LimitPages caps the store's file at n pages (PRAGMA max_page_count on
// the writer connection), so a test meets SQLite's "database or disk is
// full" without filling a disk.
func (db *DB) LimitPages(ctx context.Context, n int) error {
	_, err := db.wr.ExecContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", n))
	return err
}
