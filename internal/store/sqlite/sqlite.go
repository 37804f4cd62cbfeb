// Package sqlite is the embedded corpus store: one SQLite file (pure Go,
// modernc.org/sqlite) in WAL mode, schema migrations embedded in the binary,
// an FTS5 index over titles and bodies. Writes go through one connection in
// IMMEDIATE transactions, so a crash loses at most the batch being written.
//
// Search and scripts: words are runs of letters and digits between other
// characters (FTS5 unicode61, diacritics folded). Text written without
// spaces between words (Chinese, Japanese, Korean, Thai, Lao, Khmer,
// Myanmar; see package segment) is indexed one character at a time, and a
// query word in those scripts becomes the phrase of its characters: any
// part of 北京举行新闻发布会 of one character or more finds it, 서울시 finds
// 서울시는. Snippets show the text as written.
//
// Other clients: since migration 0010 the index reads its columns through
// the view articles_fts_content, which calls lede_fts_text, an SQL
// function only this binary registers. The sqlite3 shell (or any other
// client) still reads every table and can MATCH the index for rowids, but
// whatever reads the index's columns fails: SELECT title FROM articles_fts
// with "no such function: lede_fts_text", snippet(), highlight() and the
// 'rebuild' command with "SQL logic error" (checked with the sqlite3 3.40
// shell on a store this package wrote). A lede built before 0010 opens
// such a store without complaint (it applies the migrations it knows and
// ignores the others), but its Search fails the same way, and its writes
// feed the index unspaced titles and texts, leaving the rows of Chinese,
// Japanese or Thai articles it replaces out of step with their articles:
// do not share a store with an older binary. From 0010 on, a binary
// refuses a store whose schema is newer than it knows (ErrNewerStore). Writes to the articles table
// from outside lede never touched the index (it has no triggers).
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"

	"modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/lede-news/lede/internal/segment"
	"github.com/lede-news/lede/internal/store"
)

// ftsTextFunc is the SQL function through which the FTS index reads
// article text (see migration 0010): segment.Spaced, which separates the
// characters of scripts written without spaces. It is registered for every
// connection this driver opens, before any store is.
//
// Measured with internal/ingest/gen/genstore on a 20,000-article English
// store (308 MB; `go run ./internal/ingest/gen/genstore -db 20k.db -n
// 20000`, then `-bench`, as in the README; the migration timed on a store
// written before it): migration 0010 took 1.8 s, and search latency (CPU
// p50 4.7-4.9 ms, p95 11.1-11.6 ms) is that of the index before it. A
// Chinese phrase query costs more than a Latin word (FTS5 reads the
// position lists of all its characters): 25 ms for 4 characters, 78 ms for
// 15 on a synthetic 20,000-article Chinese store of much repeated text
// (made by hand at commit 5d7893f, no command kept: genstore writes
// English only).
const ftsTextFunc = "lede_fts_text"

func init() {
	sqlite.MustRegisterDeterministicScalarFunction(ftsTextFunc, 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		switch v := args[0].(type) {
		case string:
			return ftsText(v), nil
		case []byte:
			return ftsText(string(v)), nil
		}
		return args[0], nil // NULL stays NULL
	})
}

// ftsText is what the FTS index holds of a title or text.
func ftsText(s string) string { return segment.Spaced(s, segment.Sep) }

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNewerStore: the store was written by a newer lede, whose schema this
// binary does not know.
var ErrNewerStore = errors.New("store written by a newer lede")

// readConns is the size of the read pool: WAL lets readers run beside the
// single writer; two cores make more than a few pointless.
const readConns = 4

// DB is a corpus store in one SQLite file. It implements store.Store.
type DB struct {
	path string
	rd   *sql.DB // readers
	wr   *sql.DB // the single writer connection
	mu   sync.Mutex
}

var _ store.Store = (*DB)(nil)

// dsn builds the connection string: WAL (readers never block the writer),
// synchronous=NORMAL (in WAL a committed transaction survives a process
// crash; only a power cut may lose the last ones), a busy timeout so a second
// process waits rather than fails, and foreign keys on.
func dsn(path string, immediate bool) string {
	v := url.Values{}
	for _, p := range append([]string{"journal_mode(WAL)", "synchronous(NORMAL)"}, connPragmas...) {
		v.Add("_pragma", p)
	}
	if immediate {
		v.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + v.Encode()
}

// connPragmas are the connection settings of every pool, read-only ones
// too (roDSN).
var connPragmas = []string{"busy_timeout(30000)", "foreign_keys(1)", "cache_size(-32000)", "temp_store(MEMORY)"}

// Open opens (creating if needed) the store at path and applies pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	wr, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	wr.SetMaxOpenConns(1)
	wr.SetMaxIdleConns(1)
	wr.SetConnMaxLifetime(0)
	if err := wr.PingContext(ctx); err != nil {
		wr.Close()
		return nil, openError(path, err)
	}
	db := &DB{path: path, wr: wr}
	if err := db.migrate(ctx); err != nil {
		wr.Close()
		return nil, openError(path, err)
	}
	rd, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		wr.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	rd.SetMaxOpenConns(readConns)
	rd.SetMaxIdleConns(readConns)
	db.rd = rd
	return db, nil
}

// Close closes the store.
func (db *DB) Close() error {
	err := db.rd.Close()
	if e := db.wr.Close(); err == nil {
		err = e
	}
	return err
}

// Path is the store's file.
func (db *DB) Path() string { return db.path }

// Migration is one schema step.
type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	ents, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range ents {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", name)
		}
		b, err := migrations.ReadFile("migrations/" + name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, name, string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share a number", ms[i-1].name, ms[i].name)
		}
	}
	return ms, nil
}

// migrate applies the embedded migrations not yet recorded, each in its own
// IMMEDIATE transaction (two processes opening a new store at once serialise).
// appliedVersion is the newest migration applied to the store (0 for none).
func appliedVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	err := db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// newerStore is rule newer-store's refusal of a store at schema version
// have, past this binary's known.
func newerStore(have, known int) error {
	return fmt.Errorf("%w: its schema is version %d, this lede knows up to %d: use a newer lede", ErrNewerStore, have, known)
}

func (db *DB) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	if _, err := db.wr.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)`); err != nil {
		return err
	}
	// Rule newer-store: a store migrated by a newer lede has a schema this
	// binary does not know (since 0010, an index it would write out of
	// step); refused before anything is written.
	newest, err := appliedVersion(ctx, db.wr)
	if err != nil {
		return err
	}
	if known := ms[len(ms)-1].version; newest > known {
		return newerStore(newest, known)
	}
	for _, m := range ms {
		tx, err := db.wr.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
			tx.Rollback()
			return err
		}
		if n > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_utc) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))`, m.version, m.name); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// Reader returns the read pool, for packages that add their own tables and
// queries to the same store (stories, copy groups).
func (db *DB) Reader() *sql.DB { return db.rd }

// Write runs fn in one IMMEDIATE transaction on the writer connection, for
// packages that add their own tables to the store.
func (db *DB) Write(ctx context.Context, fn func(*sql.Tx) error) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	tx, err := db.wr.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

var errNoID = errors.New("store: article without id")
