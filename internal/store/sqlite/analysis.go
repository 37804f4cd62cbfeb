package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
)

// sinceClause is the filter on publication time shared by the analysis
// methods: none for a zero since.
func sinceClause(since time.Time) (string, []any) {
	if since.IsZero() {
		return "", nil
	}
	return ` AND a.published_utc >= ?`, []any{since.UTC().Format(timeFormat)}
}

// PendingAnalysis implements store.Store.
func (db *DB) PendingAnalysis(ctx context.Context, since time.Time) (int64, error) {
	where, args := sinceClause(since)
	var n int64
	err := db.rd.QueryRowContext(ctx, `SELECT count(*) FROM articles a WHERE a.analysed_utc IS NULL`+where, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count articles waiting for analysis: %w", err)
	}
	return n, nil
}

// Unanalysed implements store.Store, a page of pageSize rows per query (the
// partial index articles_unanalysed finds them without a scan).
func (db *DB) Unanalysed(ctx context.Context, since time.Time) iter.Seq2[*store.Record, error] {
	where, args := sinceClause(since)
	return db.recordPages(ctx, `a.analysed_utc IS NULL`+where, args...)
}

// ResetAnalysis implements store.Store.
func (db *DB) ResetAnalysis(ctx context.Context, since time.Time) (int64, error) {
	where, args := sinceClause(since)
	var n int64
	err := db.Write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE articles AS a SET analysed_utc = NULL WHERE a.analysed_utc IS NOT NULL`+where, args...)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("mark articles for analysis: %w", err)
	}
	return n, nil
}

// SetAnalysis implements store.Store.
func (db *DB) SetAnalysis(ctx context.Context, items []store.Analysis) (int, error) {
	n := 0
	err := db.Write(ctx, func(tx *sql.Tx) error {
		n = 0
		w, err := newWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		for _, it := range items {
			if it.Article == nil {
				return fmt.Errorf("analysis of %s: no article", it.ID)
			}
			var (
				seq      int64
				hash     string
				rec      []byte
				analysed bool
			)
			err := w.queryRow(`SELECT seq, content_hash, record, analysed_utc IS NOT NULL FROM articles WHERE id = ?`, it.ID).
				Scan(&seq, &hash, &rec, &analysed)
			if errors.Is(err, sql.ErrNoRows) {
				continue // gone
			}
			if err != nil {
				return err
			}
			if hash != it.ContentHash || analysed {
				continue // changed or analysed by another run meanwhile
			}
			if err := w.setAnalysis(seq, rec, it.Article); err != nil {
				return fmt.Errorf("analysis of %s: %w", it.ID, err)
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store analysis of %d articles: %w", len(items), err)
	}
	return n, nil
}

// setAnalysis replaces the analysis of the stored article seq, whose record
// JSON is rec, by a's, in place: the record keeps everything else (title,
// metadata, body, embeds), the text and the search index are not touched,
// and no version is made. The article is marked analysed, and the saved
// story links are marked stale: stories cluster on people, places and
// quotes (internal/stories), so they must be computed again; the copy
// groups depend on the text alone, and their saved index (dedup_index,
// keyed by content hash) stays valid.
func (w *writer) setAnalysis(seq int64, rec []byte, a *model.Article) error {
	var old model.Article
	if err := json.Unmarshal(rec, &old); err != nil {
		return fmt.Errorf("stored record: %w", err)
	}
	// Empty lists as model.Article.Normalize leaves them (it is not called:
	// it would also restamp the schema version, which is metadata).
	old.Quotes, old.People, old.Organizations, old.Places, old.Claims = nonNil(a.Quotes), nonNil(a.People), nonNil(a.Organizations), nonNil(a.Places), nonNil(a.Claims)
	old.Warnings = nonNil(a.Warnings)
	old.Text = "" // its own column (recordJSON)
	newRec, err := json.Marshal(&old)
	if err != nil {
		return err
	}
	// The people the old analysis named, to drop those no article names
	// any more (Stats and People count the people table).
	rows, err := w.tx.QueryContext(w.ctx, `SELECT person_id FROM article_people WHERE article_seq = ?`, seq)
	if err != nil {
		return err
	}
	var oldPeople []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		oldPeople = append(oldPeople, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, t := range []string{"quotes", "claims", "article_people"} {
		if _, err := w.exec(`DELETE FROM `+t+` WHERE article_seq = ?`, seq); err != nil {
			return err
		}
	}
	if err := w.analysisRows(seq, &old); err != nil {
		return err
	}
	if _, err := w.exec(`UPDATE articles SET record = ?, analysed_utc = ? WHERE seq = ?`, newRec, w.now, seq); err != nil {
		return err
	}
	for _, pid := range oldPeople {
		res, err := w.exec(`DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = ?)`, pid, pid)
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k > 0 {
			clear(w.people) // the cache may hold the deleted id
		}
	}
	_, err = w.exec(`DELETE FROM links_state WHERE key = 'corpus_state'`)
	return err
}
