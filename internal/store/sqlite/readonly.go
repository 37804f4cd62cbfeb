package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"slices"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrOldStore: the store's schema is older than this binary's and a
// read-only open cannot migrate it.
var ErrOldStore = errors.New("store needs migrating")

// roDSN is the connection string of a read-only open. immutable tells
// SQLite the file cannot change, so it needs no -shm file beside it (mode=ro
// on a WAL store must create one, which fails in a directory it cannot
// write).
func roDSN(path string, immutable bool) string {
	v := url.Values{}
	for _, p := range slices.Concat(connPragmas, []string{"query_only(1)"}) {
		v.Add("_pragma", p)
	}
	if immutable {
		v.Set("immutable", "1")
	} else {
		v.Set("mode", "ro")
	}
	return "file:" + path + "?" + v.Encode()
}

// OpenReadOnly opens the existing store at path for reading only, for a
// file the user cannot write (lede serve on a shared or archived store),
// where Open fails ("attempt to write a readonly database"). Every write
// then fails with that error. The store must be at this binary's schema
// (ErrOldStore: Open, with write access, migrates it; ErrNewerStore).
//
// When even the -shm file a WAL store needs cannot be created beside it (a
// directory the user cannot write: read-only media, a snapshot), the file
// is opened as immutable: no process can be writing it there.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db, err := openRO(ctx, path, false)
	if c := primaryCode(err); c == sqlite3.SQLITE_READONLY || c == sqlite3.SQLITE_CANTOPEN {
		db, err = openRO(ctx, path, true)
	}
	if err != nil {
		return nil, openError(path, err)
	}
	return db, nil
}

// openError is Open's error for path: a damaged file says so and what to do
// ("database disk image is malformed (11)" alone left the user guessing),
// other errors keep SQLite's words.
func openError(path string, err error) error {
	if primaryCode(err) == sqlite3.SQLITE_CORRUPT {
		return fmt.Errorf("open store %s: the file is damaged (%w); move it aside and ingest again into a new store", path, err)
	}
	return fmt.Errorf("open store %s: %w", path, err)
}

// primaryCode is SQLite's primary result code of err, its extended codes
// folded ("readonly" for every SQLITE_READONLY_*), 0 when err is none of
// SQLite's.
func primaryCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// IsReadOnly reports whether err, however wrapped, is SQLite's "attempt to
// write a readonly database" (a file or directory the user cannot write, a
// read-only mount, a store opened with OpenReadOnly); words alone are not.
func IsReadOnly(err error) bool { return primaryCode(err) == sqlite3.SQLITE_READONLY }

func openRO(ctx context.Context, path string, immutable bool) (*DB, error) {
	pool := func(n int) (*sql.DB, error) {
		p, err := sql.Open("sqlite", roDSN(path, immutable))
		if err != nil {
			return nil, err
		}
		p.SetMaxOpenConns(n)
		p.SetMaxIdleConns(n)
		return p, nil
	}
	rd, err := pool(readConns)
	if err != nil {
		return nil, err
	}
	if err := checkSchema(ctx, rd); err != nil {
		rd.Close()
		return nil, err
	}
	wr, err := pool(1) // writes fail: query_only, and the file is opened read-only
	if err != nil {
		rd.Close()
		return nil, err
	}
	return &DB{path: path, rd: rd, wr: wr}, nil
}

// checkSchema refuses a store whose migrations are not exactly this binary's.
func checkSchema(ctx context.Context, rd *sql.DB) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	have, err := appliedVersion(ctx, rd)
	if err != nil {
		return err
	}
	switch known := ms[len(ms)-1].version; {
	case have > known:
		return newerStore(have, known)
	case have < known:
		return fmt.Errorf("%w: its schema is version %d, this lede needs %d: open it once with write access (any lede command) to migrate it", ErrOldStore, have, known)
	}
	return nil
}
