package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/segment"
	"github.com/lede-news/lede/internal/store"
)

const recordCols = `a.seq, a.id, a.text, a.content_hash, a.source, a.fetched_utc, a.ingested_utc, a.published_utc, a.published_offset, a.record`

type scanner interface{ Scan(...any) error }

func parseStored(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, _ := time.Parse(timeFormat, s.String)
	return t
}

func scanRecord(row scanner) (*store.Record, error) {
	var (
		r                            store.Record
		id, text                     string
		fetched, ingested, published sql.NullString
		offset                       sql.NullInt64
		rec                          []byte
	)
	if err := row.Scan(&r.Seq, &id, &text, &r.ContentHash, &r.Source, &fetched, &ingested, &published, &offset, &rec); err != nil {
		return nil, err
	}
	var a model.Article
	if err := json.Unmarshal(rec, &a); err != nil {
		return nil, fmt.Errorf("article %s: stored record: %w", id, err)
	}
	a.ID, a.Text = id, text
	r.Article = &a
	r.Fetched, r.Ingested, r.Published = parseStored(fetched), parseStored(ingested), parseStored(published)
	if offset.Valid {
		o := int(offset.Int64)
		r.PublishedOffset = &o
	}
	return &r, nil
}

func (db *DB) getOne(ctx context.Context, what, where string, arg any) (*store.Record, error) {
	r, err := scanRecord(db.rd.QueryRowContext(ctx, `SELECT `+recordCols+` FROM articles a WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", what, model.ErrNotFound)
	}
	return r, err
}

// Get implements store.Store.
func (db *DB) Get(ctx context.Context, id string) (*store.Record, error) {
	return db.getOne(ctx, id, `a.id = ?`, id)
}

// GetByURL implements store.Store. The latest ingested article wins when
// several ids share a URL (a URL-less id never does).
func (db *DB) GetByURL(ctx context.Context, rawURL string) (*store.Record, error) {
	return db.getOne(ctx, rawURL, `a.url = ? ORDER BY a.seq DESC LIMIT 1`, store.CanonicalURL(rawURL))
}

// pageSize is how many rows an iterator reads per query: pages keep no read
// transaction open while the caller works on the rows.
const pageSize = 500

// Articles implements store.Store.
func (db *DB) Articles(ctx context.Context) iter.Seq2[*store.Record, error] {
	return db.recordPages(ctx, "")
}

// recordPages iterates the articles meeting cond (SQL on articles a, with
// args; "" for all), in ingestion order, a page of pageSize rows per query.
// Articles meeting cond no more by the next page (analysed meanwhile, for
// Unanalysed) drop out.
func (db *DB) recordPages(ctx context.Context, cond string, args ...any) iter.Seq2[*store.Record, error] {
	if cond != "" {
		cond = " AND " + cond
	}
	query := `SELECT ` + recordCols + ` FROM articles a WHERE a.seq > ?` + cond + ` ORDER BY a.seq LIMIT ?`
	return func(yield func(*store.Record, error) bool) {
		var last int64
		qargs := make([]any, 0, len(args)+2)
		for {
			qargs = append(append(append(qargs[:0], last), args...), pageSize)
			rows, err := db.rd.QueryContext(ctx, query, qargs...)
			if err != nil {
				yield(nil, err)
				return
			}
			var page []*store.Record
			for rows.Next() {
				r, err := scanRecord(rows)
				if err != nil {
					rows.Close()
					yield(nil, err)
					return
				}
				page = append(page, r)
			}
			err = rows.Err()
			rows.Close()
			if err != nil {
				yield(nil, err)
				return
			}
			for _, r := range page {
				if !yield(r, nil) {
					return
				}
				last = r.Seq
			}
			if len(page) < pageSize {
				return
			}
		}
	}
}

// Versions implements store.Store.
func (db *DB) Versions(ctx context.Context, id string) ([]store.Version, error) {
	// In capture order (rule older-capture-version): a capture older than
	// the current record is stored as a version when it comes, after
	// versions captured later. A version of unknown capture time sorts
	// at its replacement (ingest) time; rows of one store written before
	// the column existed all have none, so they keep their order.
	rows, err := db.rd.QueryContext(ctx, `SELECT content_hash, replaced_utc, record FROM versions WHERE article_id = ? ORDER BY coalesce(fetched_utc, replaced_utc), id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Version
	for rows.Next() {
		var (
			v   store.Version
			at  sql.NullString
			rec []byte
		)
		if err := rows.Scan(&v.ContentHash, &at, &rec); err != nil {
			return nil, err
		}
		v.Replaced = parseStored(at)
		v.Article = new(model.Article)
		if err := json.Unmarshal(rec, v.Article); err != nil {
			return nil, fmt.Errorf("version of %s: %w", id, err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// snippetTokens is the snippet length in tokens: about two lines of text.
const snippetTokens = 24

// snippetUnitTokens is the snippet length for a query in a script written
// without spaces, whose text the index holds one character a token (see
// ftsText): 24 characters of Chinese are a third of a line, 48 about two
// lines as wide as the Latin snippet (a CJK character shows twice as wide
// as a Latin letter, a Latin word with its space is about six letters).
const snippetUnitTokens = 48

// rankWindow bounds the cost of ranking a very common query. FTS5 scores
// every match (it has no top-k pruning), and a word found in most of
// 100,000 articles took 80 ms of CPU to rank on the shared 2-core machine
// (1.3 µs a match; 270 ms of wall time under load), against a target of
// 50 ms at p95; 5,000 matches rank in about 7 ms. Beyond
// rankWindow matches only the most recently ingested rankWindow are
// ranked: a news search favours recent stories anyway, and finding the
// window costs a plain walk of the index, no scoring.
var rankWindow = 5000 // a variable for tests

// articleFilters adds to where and args the conditions on the articles
// table (as a) of an outlet's name and a published range, those Search
// and List share.
func articleFilters(where []string, args []any, outlet string, since, until time.Time) ([]string, []any) {
	if outlet != "" {
		where = append(where, `a.outlet_id = (SELECT id FROM outlets WHERE name = ?)`)
		args = append(args, outlet)
	}
	if !since.IsZero() {
		where = append(where, `a.published_utc >= ?`)
		args = append(args, since.UTC().Format(timeFormat))
	}
	if !until.IsZero() {
		where = append(where, `a.published_utc <= ?`)
		args = append(args, until.UTC().Format(timeFormat))
	}
	return where, args
}

// Search implements store.Store.
func (db *DB) Search(ctx context.Context, q store.Query) ([]store.Hit, error) {
	match, err := store.FTSQuery(q.Text)
	if err != nil {
		return nil, err
	}
	ms, me := q.MarkStart, q.MarkEnd
	if ms == "" && me == "" {
		ms, me = "<mark>", "</mark>"
	}
	limit := q.Limit
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	var (
		where = []string{`articles_fts MATCH ?`}
		args  = []any{match}
		join  string
	)
	if q.Outlet != "" || !q.Since.IsZero() || !q.Until.IsZero() {
		join = `JOIN articles a ON a.seq = articles_fts.rowid`
	}
	where, args = articleFilters(where, args, q.Outlet, q.Since, q.Until)
	if q.Person != "" {
		where = append(where, `EXISTS (SELECT 1 FROM article_people ap JOIN people p ON p.id = ap.person_id
			WHERE ap.article_seq = articles_fts.rowid AND p.name LIKE '%' || ? || '%' ESCAPE '\')`)
		args = append(args, likeEscape(q.Person))
	}
	// A very common query ranks only its most recent rankWindow matches.
	// Not with a person: one person's articles are few, and finding the
	// window would check the filter on every match twice.
	if q.Person == "" {
		var cutoff int64
		err := db.rd.QueryRowContext(ctx, `SELECT articles_fts.rowid FROM articles_fts `+join+`
			WHERE `+strings.Join(where, " AND ")+` ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET `+fmt.Sprint(rankWindow), args...).Scan(&cutoff)
		switch {
		case err == nil:
			where = append(where, `articles_fts.rowid >= `+fmt.Sprint(cutoff))
		case !errors.Is(err, sql.ErrNoRows):
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
	}
	args = append(args, limit)
	// Two steps: the best rowids first, then snippets for those alone
	// (a snippet re-reads and tokenizes the body; doing it for every match
	// before the sort made common words take 100 ms on 2,000 articles).
	// bm25 weights: a word in the title counts as much as five in the body.
	// (An ORDER BY bm25() runs it on the rows that pass the filters only;
	// FTS5's own ORDER BY rank scores every match first, and measured 50%
	// slower even without filters.)
	rows, err := db.rd.QueryContext(ctx, `SELECT articles_fts.rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts `+join+`
		WHERE `+strings.Join(where, " AND ")+` ORDER BY score LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	var (
		order []int64
		score = map[int64]float64{}
	)
	for rows.Next() {
		var (
			id int64
			r  float64
		)
		if err := rows.Scan(&id, &r); err != nil {
			rows.Close()
			return nil, err
		}
		order = append(order, id)
		score[id] = -r // bm25 is lower-is-better; report higher-is-better
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	hits := []store.Hit{}
	if len(order) == 0 {
		return hits, nil
	}
	ids := make([]string, len(order))
	for i, id := range order {
		ids[i] = fmt.Sprint(id)
	}
	tokens := snippetTokens
	if segment.Has(q.Text) {
		tokens = snippetUnitTokens
	}
	rows, err = db.rd.QueryContext(ctx, `SELECT articles_fts.rowid, a.id, a.url, a.title, coalesce(o.name, ''), a.published, a.published_utc,
			snippet(articles_fts, 1, ?, ?, '…', `+fmt.Sprint(tokens)+`)
		FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
		LEFT JOIN outlets o ON o.id = a.outlet_id
		WHERE articles_fts MATCH ? AND articles_fts.rowid IN (`+strings.Join(ids, ",")+`)`, ms, me, match)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rows.Close()
	byRow := map[int64]store.Hit{}
	for rows.Next() {
		var (
			h   store.Hit
			seq int64
			pub sql.NullString
		)
		if err := rows.Scan(&seq, &h.ID, &h.URL, &h.Title, &h.Outlet, &h.Date, &pub, &h.Snippet); err != nil {
			return nil, err
		}
		h.Published = parseStored(pub)
		// The index holds the text with separators between the units
		// of scripts written without spaces (ftsText): the snippet shows
		// it as written, two highlighted units of one phrase as one.
		h.Snippet = segment.Unspace(h.Snippet, segment.Sep, ms, me)
		h.Score = score[seq]
		byRow[seq] = h
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	for _, id := range order {
		if h, ok := byRow[id]; ok {
			hits = append(hits, h)
		}
	}
	return hits, nil
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// rowsIter pages through a query keyed on (article_seq, idx).
func rowsIter[T any](ctx context.Context, db *sql.DB, query string, extra []any, scan func(scanner) (T, int64, int64, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		var lastSeq, lastIdx int64 = 0, -1
		for {
			args := append(append([]any{}, extra...), lastSeq, lastSeq, lastIdx, pageSize)
			rows, err := db.QueryContext(ctx, query, args...)
			if err != nil {
				yield(zero, err)
				return
			}
			type item struct {
				v        T
				seq, idx int64
			}
			var page []item
			for rows.Next() {
				v, seq, idx, err := scan(rows)
				if err != nil {
					rows.Close()
					yield(zero, err)
					return
				}
				page = append(page, item{v, seq, idx})
			}
			err = rows.Err()
			rows.Close()
			if err != nil {
				yield(zero, err)
				return
			}
			for _, it := range page {
				if !yield(it.v, nil) {
					return
				}
				lastSeq, lastIdx = it.seq, it.idx
			}
			if len(page) < pageSize {
				return
			}
		}
	}
}

// Quotes implements store.Store.
func (db *DB) Quotes(ctx context.Context, speaker string) iter.Seq2[store.QuoteRow, error] {
	cond := `1`
	var extra []any
	if speaker != "" {
		cond = `q.speaker LIKE '%' || ? || '%' ESCAPE '\'`
		extra = append(extra, likeEscape(speaker))
	}
	query := `SELECT q.article_seq, q.idx, a.id, a.url, a.title, coalesce(o.name,''), a.published,
			q.text, q.form, q.speaker, q.speaker_mention, q.speaker_group, q.start, q."end", q.parts
		FROM quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN outlets o ON o.id = a.outlet_id
		WHERE ` + cond + ` AND (q.article_seq > ? OR (q.article_seq = ? AND q.idx > ?))
		ORDER BY q.article_seq, q.idx LIMIT ?`
	return rowsIter(ctx, db.rd, query, extra, func(s scanner) (store.QuoteRow, int64, int64, error) {
		var (
			r        store.QuoteRow
			seq, idx int64
			parts    sql.NullString
		)
		err := s.Scan(&seq, &idx, &r.ArticleID, &r.URL, &r.Title, &r.Outlet, &r.Date,
			&r.Text, &r.Form, &r.Speaker, &r.SpeakerMention, &r.SpeakerIsGroup, &r.Start, &r.End, &parts)
		if err == nil && parts.Valid {
			// A damaged value leaves the quote without parts: its text
			// still holds every passage.
			_ = json.Unmarshal([]byte(parts.String), &r.Parts)
		}
		return r, seq, idx, err
	})
}

// Claims implements store.Store.
func (db *DB) Claims(ctx context.Context) iter.Seq2[store.ClaimRow, error] {
	query := `SELECT c.article_seq, c.idx, a.id, a.url, coalesce(o.name,''), a.published,
			c.text, c.value, c.value_max, c.unit, c.subject, c.source, c.start, c."end"
		FROM claims c JOIN articles a ON a.seq = c.article_seq LEFT JOIN outlets o ON o.id = a.outlet_id
		WHERE (c.article_seq > ? OR (c.article_seq = ? AND c.idx > ?))
		ORDER BY c.article_seq, c.idx LIMIT ?`
	return rowsIter(ctx, db.rd, query, nil, func(s scanner) (store.ClaimRow, int64, int64, error) {
		var (
			r        store.ClaimRow
			seq, idx int64
			v, vmax  sql.NullFloat64
		)
		err := s.Scan(&seq, &idx, &r.ArticleID, &r.URL, &r.Outlet, &r.Date, &r.Text, &v, &vmax, &r.Unit, &r.Subject, &r.Source, &r.Start, &r.End)
		r.Value, r.ValueMax = floatPtr(v), floatPtr(vmax)
		return r, seq, idx, err
	})
}

// People implements store.Store.
func (db *DB) People(ctx context.Context) iter.Seq2[store.PersonRow, error] {
	return func(yield func(store.PersonRow, error) bool) {
		// The quote counts come from one grouped pass over the quotes: a
		// correlated subquery per person (q.speaker = p.name) could not use
		// the NOCASE speaker index and scanned every quote for every person,
		// 14,733 people × 460,000 quotes on the 10,000-page WARC: minutes,
		// against 0.3 s so (lede export --what people, on the store that
		// lede ingest with analysis makes of the WARC of
		// go run ./internal/ingest/gen/genwarc -n 10000).
		rows, err := db.rd.QueryContext(ctx, `SELECT p.name, count(*), coalesce(qc.n, 0),
				json_group_array(json(ap.roles))
			FROM people p JOIN article_people ap ON ap.person_id = p.id
			LEFT JOIN (SELECT speaker, count(*) AS n FROM quotes GROUP BY speaker) qc ON qc.speaker = p.name
			GROUP BY p.id ORDER BY p.name`)
		if err != nil {
			yield(store.PersonRow{}, err)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var (
				r     store.PersonRow
				roles string
			)
			if err := rows.Scan(&r.Name, &r.Articles, &r.Quotes, &roles); err != nil {
				yield(r, err)
				return
			}
			r.Roles = rankRoles(roles)
			if !yield(r, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(store.PersonRow{}, err)
		}
	}
}

// rankRoles flattens a JSON array of role arrays into distinct roles, most frequent first.
func rankRoles(js string) []string {
	var lists [][]string
	_ = json.Unmarshal([]byte(js), &lists)
	count := map[string]int{}
	var order []string
	for _, l := range lists {
		for _, r := range l {
			if count[r] == 0 {
				order = append(order, r)
			}
			count[r]++
		}
	}
	// Stable by first appearance among equals.
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && count[order[j]] > count[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	if order == nil {
		order = []string{}
	}
	return order
}

// topOutlets is how many outlets Stats lists.
const topOutlets = 10

// Stats implements store.Store.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	var first, last sql.NullString
	err := db.rd.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM versions), (SELECT count(*) FROM outlets),
		(SELECT count(*) FROM embeds), (SELECT count(*) FROM quotes), (SELECT count(*) FROM people),
		(SELECT count(*) FROM claims), (SELECT count(*) FROM articles WHERE analysed_utc IS NULL),
		(SELECT min(published_utc) FROM articles), (SELECT max(published_utc) FROM articles),
		(SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size())`).
		Scan(&s.Articles, &s.Versions, &s.Outlets, &s.Embeds, &s.Quotes, &s.People, &s.Claims, &s.Unanalysed, &first, &last, &s.SizeBytes)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	s.FirstPublished, s.LastPublished = first.String, last.String
	rows, err := db.rd.QueryContext(ctx, `SELECT o.name, count(*) AS n FROM articles a JOIN outlets o ON o.id = a.outlet_id
		GROUP BY o.id ORDER BY n DESC, o.name LIMIT ?`, topOutlets)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	defer rows.Close()
	s.TopOutlets = []store.OutletCount{}
	for rows.Next() {
		var oc store.OutletCount
		if err := rows.Scan(&oc.Outlet, &oc.Articles); err != nil {
			return s, err
		}
		s.TopOutlets = append(s.TopOutlets, oc)
	}
	return s, rows.Err()
}

// floatPtr is a nullable column's value, nil when NULL.
func floatPtr(v sql.NullFloat64) *float64 {
	if !v.Valid {
		return nil
	}
	return &v.Float64
}

// HasOutlet reports whether the store knows an outlet of that name (any
// case), as the --outlet filters of List and Search name it.
func (db *DB) HasOutlet(ctx context.Context, name string) (bool, error) {
	var n int
	err := db.rd.QueryRowContext(ctx, `SELECT count(*) FROM outlets WHERE name = ?`, name).Scan(&n)
	return n > 0, err
}
