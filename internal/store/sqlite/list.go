package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/segment"
	"github.com/lede-news/lede/internal/store"
)

// List returns a page of articles, newest first (see store.ListQuery).
//
// The order is that of the indexes migration 0001 made: articles_published
// (published_utc, and the rowid seq after it) read backwards, or
// articles_outlet (outlet_id, published_utc, seq) for one outlet; NULL
// (undated) sorts below every date, so undated articles come last. A page
// starts where the cursor (the last row's published_utc and seq) points
// with a row-value range on that index, so it reads only its own rows
// (TestListPlan), and a page deep in a large corpus costs what the first
// does. Measured on a 100,000-article store (go run
// ./internal/ingest/gen/genstore -db 100k.db -n 100000, 1.5 GB), walking
// all 1,000 pages of 20 on the shared 2-core machine under a load of 12:
// p50 0.9-4.7 ms a page, the last 0.9-1.6 ms; an OFFSET took 310 ms at
// row 10,000 and 2.1 s at 99,000. Counting the words (reading each row's
// text) costs about 0.5 ms a page of 20 of that.
func (db *DB) List(ctx context.Context, q store.ListQuery) (store.ArticlePage, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	limit = min(limit, store.MaxListLimit)
	cur, err := parseCursor(q.Cursor)
	if err != nil {
		return store.ArticlePage{}, err
	}
	where, args := articleFilters(nil, nil, q.Outlet, q.Since, q.Until)
	// One more row than asked tells whether a next page exists.
	want := limit + 1
	page := store.ArticlePage{Articles: []store.ArticleRow{}}
	var seqs []int64
	// The dated articles, unless the cursor is past them already.
	if !cur.set || cur.published != "" {
		w, a := where, args
		if cur.set {
			w = append(w[:len(w):len(w)], `(a.published_utc, a.seq) < (?, ?)`)
			a = append(a[:len(a):len(a)], cur.published, cur.seq)
		} else {
			w = append(w[:len(w):len(w)], `a.published_utc IS NOT NULL`)
		}
		rows, s, err := db.listRows(ctx, w, a, want)
		if err != nil {
			return page, err
		}
		page.Articles, seqs = append(page.Articles, rows...), append(seqs, s...)
	}
	// Then the undated ones, which a date bound leaves out.
	if len(page.Articles) < want && q.Since.IsZero() && q.Until.IsZero() {
		w, a := append(where[:len(where):len(where)], `a.published_utc IS NULL`), args
		if cur.set && cur.published == "" {
			w = append(w, `a.seq < ?`)
			a = append(a[:len(a):len(a)], cur.seq)
		}
		rows, s, err := db.listRows(ctx, w, a, want-len(page.Articles))
		if err != nil {
			return page, err
		}
		page.Articles, seqs = append(page.Articles, rows...), append(seqs, s...)
	}
	if len(page.Articles) > limit {
		page.Articles, seqs = page.Articles[:limit], seqs[:limit]
		last := page.Articles[limit-1]
		pub := ""
		if !last.Published.IsZero() {
			pub = last.Published.UTC().Format(timeFormat)
		}
		page.Next = makeCursor(pub, seqs[limit-1])
	}
	return page, nil
}

// listSQL is the query of one step of List, its last parameter the limit.
func listSQL(where []string) string {
	return `SELECT a.seq, a.id, a.url, a.title, coalesce(o.name, ''), a.published, a.published_utc, a.language, a.text
		FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
		WHERE ` + strings.Join(where, " AND ") + `
		ORDER BY a.published_utc DESC, a.seq DESC LIMIT ?`
}

// listRows runs one step of List: rows meeting where, newest first.
func (db *DB) listRows(ctx context.Context, where []string, args []any, n int) ([]store.ArticleRow, []int64, error) {
	rows, err := db.rd.QueryContext(ctx, listSQL(where), append(args[:len(args):len(args)], n)...)
	if err != nil {
		return nil, nil, fmt.Errorf("list: %w", err)
	}
	defer rows.Close()
	var (
		out  []store.ArticleRow
		seqs []int64
	)
	for rows.Next() {
		var (
			r    store.ArticleRow
			seq  int64
			pub  sql.NullString
			text string
		)
		if err := rows.Scan(&seq, &r.ID, &r.URL, &r.Title, &r.Outlet, &r.Date, &pub, &r.Language, &text); err != nil {
			return nil, nil, fmt.Errorf("list: %w", err)
		}
		r.Published = parseStored(pub)
		r.Words = countWords(text)
		out = append(out, r)
		seqs = append(seqs, seq)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("list: %w", err)
	}
	return out, seqs, nil
}

// listCursor is a position in a listing: the published_utc ("" for an
// undated article) and seq of the last row given.
type listCursor struct {
	set       bool
	published string
	seq       int64
}

// makeCursor encodes a position as an opaque, URL-safe token: callers
// pass it back and never build one.
func makeCursor(published string, seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(published + "," + strconv.FormatInt(seq, 10)))
}

func parseCursor(s string) (listCursor, error) {
	if s == "" {
		return listCursor{}, nil
	}
	bad := fmt.Errorf("%w %q: pass the next of a page as it was given", store.ErrBadCursor, s)
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return listCursor{}, bad
	}
	pub, num, ok := strings.Cut(string(b), ",")
	seq, err := strconv.ParseInt(num, 10, 64)
	if !ok || err != nil || seq < 1 {
		return listCursor{}, bad
	}
	if pub != "" {
		if _, err := time.Parse(timeFormat, pub); err != nil {
			return listCursor{}, bad
		}
	}
	return listCursor{set: true, published: pub, seq: seq}, nil
}

// countWords counts the words of a text as a word processor does (wc -w):
// runs of characters between spaces, "2,000", "don't" and "night-shift"
// one each, a run of punctuation alone none; each letter of a script
// written without spaces (segment.IsUnit) counts one.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'):
			if !in {
				n++
			}
			in = true
		case r < utf8.RuneSelf:
			if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
				in = false
			}
		case segment.IsUnit(r):
			n++
			in = false
		case unicode.IsSpace(r):
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				n++
			}
			in = true
		}
	}
	return n
}
