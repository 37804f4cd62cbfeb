package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	sqlite3 "modernc.org/sqlite/lib"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
)

// timeFormat is how times are stored: UTC, second precision, sortable as text.
const timeFormat = "2006-01-02T15:04:05Z"

func fmtTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeFormat)
}

// Lookup implements store.Store.
func (db *DB) Lookup(ctx context.Context, id string) (store.Seen, bool, error) {
	var (
		s       store.Seen
		fetched sql.NullString
	)
	err := db.rd.QueryRowContext(ctx, `SELECT content_hash, etag, last_modified, fetched_utc, analysed_utc IS NOT NULL FROM articles WHERE id = ?`, id).
		Scan(&s.ContentHash, &s.ETag, &s.LastModified, &fetched, &s.Analysed)
	s.Fetched = parseStored(fetched)
	if errors.Is(err, sql.ErrNoRows) {
		return s, false, nil
	}
	if err != nil {
		return s, false, fmt.Errorf("lookup %s: %w", id, err)
	}
	return s, true, nil
}

// Put implements store.Store: the whole batch in one transaction.
func (db *DB) Put(ctx context.Context, docs []store.Doc) ([]store.PutStatus, error) {
	out := make([]store.PutStatus, len(docs))
	err := db.Write(ctx, func(tx *sql.Tx) error {
		w, err := newWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		for i, d := range docs {
			st, err := w.put(d)
			if err != nil {
				return err
			}
			out[i] = st
		}
		return nil
	})
	if err != nil {
		if primaryCode(err) == sqlite3.SQLITE_FULL {
			// The batch is rolled back, the batches before it kept: say so,
			// and what to do ("database or disk is full (13)" alone did not).
			return nil, fmt.Errorf("store batch of %d not written, the disk is full (%w): what was stored before is kept; free some space and run the same command again", len(docs), err)
		}
		return nil, fmt.Errorf("store batch of %d: %w", len(docs), err)
	}
	return out, nil
}

// writer holds the prepared statements of one write transaction.
type writer struct {
	ctx     context.Context
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	inserts map[insertKey]string
	args    []any // reused for the child rows of each article
	now     string
	// ids caches outlet and person ids looked up in this transaction (a
	// batch of 256 articles names the same outlets and people again and
	// again; two statements each saved). Per transaction, so a rolled-back
	// batch leaves no stale id behind.
	outlets, people map[string]int64
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	return &writer{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}, inserts: map[insertKey]string{}, outlets: map[string]int64{}, people: map[string]int64{}, now: time.Now().UTC().Format(timeFormat)}, nil
}

func (w *writer) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

// exec runs a statement, preparing it once per transaction.
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if s, ok := w.stmts[q]; ok {
		return s, nil
	}
	s, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	w.stmts[q] = s
	return s, nil
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	s, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(w.ctx, args...)
}

func (w *writer) queryRow(q string, args ...any) *sql.Row {
	s, err := w.stmt(q)
	if err != nil {
		return w.tx.QueryRowContext(w.ctx, q, args...) // reports the same error on Scan
	}
	return s.QueryRowContext(w.ctx, args...)
}

// recordJSON encodes the article without its text, which has its own column
// (the FTS index reads it from there): the body text is stored once.
func recordJSON(a *model.Article) ([]byte, error) {
	c := *a
	c.Text = ""
	return json.Marshal(&c)
}

// addVersion stores a, whole (its text in the record), as a version of
// article id with content hash, replaced now and captured at fetched (a
// time string or NULL).
func (w *writer) addVersion(id, hash string, a *model.Article, fetched any) error {
	full, err := json.Marshal(a)
	if err != nil {
		return err
	}
	_, err = w.exec(`INSERT INTO versions(article_id, content_hash, replaced_utc, record, fetched_utc) VALUES (?, ?, ?, ?, ?)`, id, hash, w.now, full, fetched)
	return err
}

func (w *writer) put(d store.Doc) (store.PutStatus, error) {
	a := d.Article
	if a == nil || a.ID == "" {
		return 0, errNoID
	}
	var (
		seq                int64
		oldHash, oldTitle  string
		oldText, oldRecord string
		oldAnalysed        bool
		oldFetched         sql.NullString
	)
	err := w.queryRow(`SELECT seq, content_hash, title, text, record, analysed_utc IS NOT NULL, fetched_utc FROM articles WHERE id = ?`, a.ID).
		Scan(&seq, &oldHash, &oldTitle, &oldText, &oldRecord, &oldAnalysed, &oldFetched)
	exists := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	// analyseInPlace: the stored article waits for analysis and this Doc,
	// of the same article, brings one (ingest with analysis over a store
	// filled with --no-analysis): the analysis is written in place.
	analyseInPlace := exists && !oldAnalysed && !d.Unanalysed && oldTitle == a.Title && oldText == a.Text
	if exists && oldHash == d.ContentHash {
		if analyseInPlace {
			return store.Analysed, w.setAnalysis(seq, []byte(oldRecord), a)
		}
		return store.Unchanged, nil
	}
	// Rule older-capture: a capture of the page older than the stored one
	// (a WARC holding the newer capture first, an archive of last year
	// ingested after this week's crawl) does not replace it: the newest
	// capture stays current, whatever order the captures came in.
	older := exists && !d.Fetched.IsZero() && oldFetched.Valid &&
		d.Fetched.UTC().Truncate(time.Second).Before(parseStored(oldFetched))
	if exists && !a.Source.Cut && (d.Fetched.IsZero() || older) {
		// Rule known-version: content the article already had, kept as one
		// of its versions, is unchanged when it comes again undated or
		// older than the current one: ingesting the same files or archive
		// again (two captures of one URL in it) made the older capture
		// current, a new version each run. A page fetched anew that went
		// back to an old text is still an update; a cut copy is left to
		// the cut rule below (Kept, which says why).
		var known int
		err := w.queryRow(`SELECT count(*) FROM versions WHERE article_id = ? AND content_hash = ?`, a.ID, d.ContentHash).Scan(&known)
		if err != nil {
			return 0, err
		}
		if known > 0 {
			return store.Unchanged, nil
		}
	}
	if older {
		// Rule older-capture-version: the older capture stays out of the
		// current record but goes into the page's history, as the version
		// it was before the stored one: kept out of the versions, its text
		// was lost (a WARC holding a page's later capture first showed one
		// version fewer than the same WARC in capture order). Versions list
		// by capture time (fetched_utc), so it takes its place among them.
		// A cut copy (damaged) or one with the current text adds nothing.
		if !a.Source.Cut && (oldTitle != a.Title || oldText != a.Text) {
			if err := w.addVersion(a.ID, d.ContentHash, a, fmtTime(d.Fetched)); err != nil {
				return 0, err
			}
		}
		return store.Kept, nil
	}
	if exists && oldTitle == a.Title && oldText == a.Text {
		// The page changed but not the article (a new ad, a footer clock, a
		// "most read" box): no new version, just the new hash and validators,
		// so the next crawl skips it early.
		_, err := w.exec(`UPDATE articles SET content_hash=?, etag=?, last_modified=?, fetched_utc=coalesce(?, fetched_utc) WHERE seq=?`,
			d.ContentHash, d.ETag, d.LastModified, fmtTime(d.Fetched), seq)
		if err == nil && analyseInPlace {
			return store.Analysed, w.setAnalysis(seq, []byte(oldRecord), a)
		}
		return store.Unchanged, err
	}
	if exists && a.Source.Cut && !replacesStored(a, oldRecord, oldText) {
		return store.Kept, nil
	}
	rec, err := recordJSON(a)
	if err != nil {
		return 0, err
	}
	outlet, err := w.outletID(a.Outlet)
	if err != nil {
		return 0, err
	}
	var pubUTC, pubOff, modUTC, modOff any
	pubRaw := ""
	if p := a.Dates.Published; p != nil {
		pubRaw = p.Value
		if t, off, ok := store.ParseTime(p.Value); ok {
			pubUTC = t.Format(timeFormat)
			if off != nil {
				pubOff = *off
			}
		}
	}
	if m := a.Dates.Modified; m != nil {
		if t, off, ok := store.ParseTime(m.Value); ok {
			modUTC = t.Format(timeFormat)
			if off != nil {
				modOff = *off
			}
		}
	}
	u := a.URL
	if u == "" {
		u = a.CanonicalURL
	}
	canon := store.CanonicalURL(u)
	var analysed any = w.now
	if d.Unanalysed {
		analysed = nil
	}
	status := store.Inserted
	if exists {
		status = store.Updated
		// Keep the old content as a version, with its text put back.
		var old model.Article
		if err := json.Unmarshal([]byte(oldRecord), &old); err != nil {
			return 0, fmt.Errorf("article %s: stored record: %w", a.ID, err)
		}
		old.Text = oldText
		if err := w.addVersion(a.ID, oldHash, &old, oldFetched); err != nil {
			return 0, err
		}
		if _, err := w.exec(`INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`, seq, ftsText(oldTitle), ftsText(oldText)); err != nil {
			return 0, err
		}
		for _, t := range []string{"embeds", "quotes", "claims", "article_people"} {
			if _, err := w.exec(`DELETE FROM `+t+` WHERE article_seq = ?`, seq); err != nil {
				return 0, err
			}
		}
		if _, err := w.exec(`UPDATE articles SET url=?, outlet_id=?, title=?, text=?, language=?, published=?, published_utc=?, published_offset=?,
			modified_utc=?, modified_offset=?, fetched_utc=?, ingested_utc=?, content_hash=?, etag=?, last_modified=?, source=?, record=?, analysed_utc=? WHERE seq=?`,
			canon, outlet, a.Title, a.Text, a.Language, pubRaw, pubUTC, pubOff, modUTC, modOff, fmtTime(d.Fetched), w.now,
			d.ContentHash, d.ETag, d.LastModified, d.Source, rec, analysed, seq); err != nil {
			return 0, err
		}
	} else {
		res, err := w.exec(`INSERT INTO articles(id, url, outlet_id, title, text, language, published, published_utc, published_offset,
			modified_utc, modified_offset, fetched_utc, ingested_utc, content_hash, etag, last_modified, source, record, analysed_utc)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			a.ID, canon, outlet, a.Title, a.Text, a.Language, pubRaw, pubUTC, pubOff, modUTC, modOff, fmtTime(d.Fetched), w.now,
			d.ContentHash, d.ETag, d.LastModified, d.Source, rec, analysed)
		if err != nil {
			return 0, err
		}
		if seq, err = res.LastInsertId(); err != nil {
			return 0, err
		}
	}
	if _, err := w.exec(`INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`, seq, ftsText(a.Title), ftsText(a.Text)); err != nil {
		return 0, err
	}
	return status, w.children(seq, a)
}

// replacesStored is rule cut-keeps-whole, for an article a read from a
// cut input (a gzipped page whose download stopped half-way) whose id is
// stored with other text: a replaces the stored record only when that is
// cut too and has no more text. A complete record is never replaced by a
// cut copy, which would otherwise become current and hide the whole text
// from show, search and export (the cut copy is not kept as a version
// either: it holds nothing the complete one lacks). A complete copy
// always replaces a cut one, by the ordinary update.
func replacesStored(a *model.Article, oldRecord, oldText string) bool {
	var old struct {
		Source struct {
			Cut bool `json:"cut"`
		} `json:"source"`
	}
	if err := json.Unmarshal([]byte(oldRecord), &old); err != nil {
		return false // unreadable: keep what is there
	}
	return old.Source.Cut && len(a.Text) >= len(oldText)
}

// rowsPerInsert is how many child rows (quotes, claims, embeds) one INSERT
// statement carries. With analysis a 10,000-page ingest writes about 460,000
// quote and 160,000 claim rows; one statement per row spent most of the
// writer's time in database/sql and the driver rather than in SQLite
// (profile of the 10k WARC). 64 rows × 10 columns stays far below SQLite's
// limit of 32,766 bound parameters; 16 was measurably slower, 256 no faster.
const rowsPerInsert = 64

// insertRows inserts rows of len(cols) values each, flattened in args,
// into table, rowsPerInsert rows per statement.
func (w *writer) insertRows(table, cols string, ncols int, args []any) error {
	for len(args) > 0 {
		n := min(len(args)/ncols, rowsPerInsert)
		if _, err := w.exec(w.multiInsert(table, cols, ncols, n), args[:n*ncols]...); err != nil {
			return err
		}
		args = args[n*ncols:]
	}
	return nil
}

// multiInsert is the text of an INSERT of n rows, built once per shape.
func (w *writer) multiInsert(table, cols string, ncols, n int) string {
	key := insertKey{table, n}
	if q, ok := w.inserts[key]; ok {
		return q
	}
	var b strings.Builder
	b.WriteString("INSERT INTO " + table + "(" + cols + ") VALUES ")
	row := "(" + strings.Repeat("?,", ncols-1) + "?)"
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	q := b.String()
	w.inserts[key] = q
	return q
}

type insertKey struct {
	table string
	n     int
}

// children stores the article's embeds, quotes, people and claims.
func (w *writer) children(seq int64, a *model.Article) error {
	args := w.args[:0]
	for i, e := range a.Embeds {
		args = append(args, seq, i, e.Kind, e.Platform, e.URL, e.Author, e.Handle, e.Date, e.Text)
	}
	if err := w.insertRows("embeds", `article_seq, idx, kind, platform, url, author, handle, date, text`, 9, args); err != nil {
		return err
	}
	clear(args)
	w.args = args[:0]
	return w.analysisRows(seq, a)
}

// analysisRows stores the article's quotes, people and claims.
func (w *writer) analysisRows(seq int64, a *model.Article) error {
	args := w.args[:0]
	for i, q := range a.Quotes {
		var parts any // NULL: one passage
		if len(q.Parts) > 0 {
			b, _ := json.Marshal(q.Parts)
			parts = string(b)
		}
		args = append(args, seq, i, q.Text, q.Form, q.Speaker, q.SpeakerMention, q.SpeakerIsGroup, q.Start, q.End, parts)
	}
	if err := w.insertRows("quotes", `article_seq, idx, text, form, speaker, speaker_mention, speaker_group, start, "end", parts`, 10, args); err != nil {
		return err
	}
	args = args[:0]
	for i, c := range a.Claims {
		var v, vmax any
		if c.Value != nil {
			v = *c.Value
		}
		if c.ValueMax != nil {
			vmax = *c.ValueMax
		}
		args = append(args, seq, i, c.Text, v, vmax, c.Unit, c.Subject, c.Source, c.Start, c.End)
	}
	if err := w.insertRows("claims", `article_seq, idx, text, value, value_max, unit, subject, source, start, "end"`, 10, args); err != nil {
		return err
	}
	clear(args) // drop references to this article's strings
	w.args = args[:0]
	for _, p := range a.People {
		if p.Name == "" {
			continue
		}
		pid, err := w.personID(p.Name)
		if err != nil {
			return err
		}
		roles, _ := json.Marshal(nonNil(p.Roles))
		mentions, _ := json.Marshal(nonNil(p.Mentions))
		if _, err := w.exec(`INSERT INTO article_people(article_seq, person_id, roles, mentions) VALUES (?,?,?,?)
			ON CONFLICT(article_seq, person_id) DO NOTHING`, seq, pid, string(roles), string(mentions)); err != nil {
			return err
		}
	}
	return nil
}

// nonNil is s, or an empty slice for nil (JSON [] rather than null).
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// outletID is the id of the outlet named name, nil when there is none.
func (w *writer) outletID(name string) (any, error) {
	if name == "" {
		return nil, nil
	}
	return w.nameID("outlets", w.outlets, name)
}

func (w *writer) personID(name string) (int64, error) {
	return w.nameID("people", w.people, name)
}

// nameID returns the id of the row of table (outlets, people) named name,
// adding the row when it is new, through the transaction's cache.
func (w *writer) nameID(table string, cache map[string]int64, name string) (int64, error) {
	if id, ok := cache[name]; ok {
		return id, nil
	}
	if _, err := w.exec(`INSERT INTO `+table+`(name) VALUES (?) ON CONFLICT(name) DO NOTHING`, name); err != nil {
		return 0, err
	}
	var id int64
	if err := w.queryRow(`SELECT id FROM `+table+` WHERE name = ?`, name).Scan(&id); err != nil {
		return 0, err
	}
	cache[name] = id
	return id, nil
}
