package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// Links are the copy groups and stories computed over the store's
// articles (internal/stories), saved by SaveLinks.
type Links struct {
	// SourceOf maps each copy's id to its source's id (sources are absent).
	SourceOf map[string]string
	Stories  []model.Story
	// State is the corpus state the links were computed from (CorpusState).
	State string
	// Dedup are copy-index entries to add or replace with the links, in
	// the same transaction (an index entry must never outlive its links).
	Dedup map[string]DedupEntry
}

// CorpusState sums up what the articles table holds — count, last seq,
// last ingestion time — so that derived data (links) can tell when it is
// stale: an added article changes the seq, an updated one the time.
func (db *DB) CorpusState(ctx context.Context) (string, error) {
	var n int64
	var seq sql.NullInt64
	var ing sql.NullString
	err := db.rd.QueryRowContext(ctx, `SELECT count(*), max(seq), max(ingested_utc) FROM articles`).Scan(&n, &seq, &ing)
	return fmt.Sprintf("%d|%d|%s", n, seq.Int64, ing.String), err
}

// LinksState returns the corpus state the saved links were computed from
// ("" when never saved).
func (db *DB) LinksState(ctx context.Context) (string, error) {
	var v string
	err := db.rd.QueryRowContext(ctx, `SELECT value FROM links_state WHERE key = 'corpus_state'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// ArticleHash is an article's id, ingestion seq and content hash.
type ArticleHash struct {
	ID   string
	Seq  int64
	Hash string
}

// ArticleHashes lists every article's id and content hash in ingestion order.
func (db *DB) ArticleHashes(ctx context.Context) ([]ArticleHash, error) {
	rows, err := db.rd.QueryContext(ctx, `SELECT id, seq, content_hash FROM articles ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ArticleHash
	for rows.Next() {
		var h ArticleHash
		if err := rows.Scan(&h.ID, &h.Seq, &h.Hash); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// DedupEntry is one article's saved copy-detection data.
type DedupEntry struct {
	Hash string
	Data []byte
}

// DedupIndex returns the saved copy-detection entries by article id.
func (db *DB) DedupIndex(ctx context.Context) (map[string]DedupEntry, error) {
	rows, err := db.rd.QueryContext(ctx, `SELECT article_id, content_hash, data FROM dedup_index`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]DedupEntry{}
	for rows.Next() {
		var id string
		var e DedupEntry
		if err := rows.Scan(&id, &e.Hash, &e.Data); err != nil {
			return nil, err
		}
		out[id] = e
	}
	return out, rows.Err()
}

// SaveDedupIndex adds or replaces copy-detection entries in one transaction.
func (db *DB) SaveDedupIndex(ctx context.Context, entries map[string]DedupEntry) error {
	return db.Write(ctx, func(tx *sql.Tx) error { return saveDedup(ctx, tx, entries) })
}

func saveDedup(ctx context.Context, tx *sql.Tx, entries map[string]DedupEntry) error {
	if len(entries) == 0 {
		return nil
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO dedup_index(article_id, content_hash, data) VALUES (?, ?, ?)
		ON CONFLICT(article_id) DO UPDATE SET content_hash = excluded.content_hash, data = excluded.data`)
	if err != nil {
		return err
	}
	defer st.Close()
	for id, e := range entries {
		if _, err := st.ExecContext(ctx, id, e.Hash, e.Data); err != nil {
			return err
		}
	}
	return nil
}

// SaveLinks replaces the saved copy groups and stories in one transaction.
func (db *DB) SaveLinks(ctx context.Context, l Links) error {
	return db.Write(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{`DELETE FROM copy_links`, `DELETE FROM stories`, `DELETE FROM story_articles`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		cl, err := tx.PrepareContext(ctx, `INSERT INTO copy_links(article_id, source_id) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		defer cl.Close()
		for id, src := range l.SourceOf {
			if id == src {
				continue
			}
			if _, err := cl.ExecContext(ctx, id, src); err != nil {
				return err
			}
		}
		st, err := tx.PrepareContext(ctx, `INSERT INTO stories(id, title, first_utc, last_utc, articles, outlets) VALUES (?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		sa, err := tx.PrepareContext(ctx, `INSERT INTO story_articles(article_id, story_id, idx) VALUES (?, ?, ?)`)
		if err != nil {
			return err
		}
		defer sa.Close()
		for _, s := range l.Stories {
			outlets, err := json.Marshal(nonNil(s.Outlets))
			if err != nil {
				return err
			}
			if _, err := st.ExecContext(ctx, s.ID, s.Title, fmtTime(s.First), fmtTime(s.Last), len(s.ArticleIDs), string(outlets)); err != nil {
				return fmt.Errorf("story %s: %w", s.ID, err)
			}
			for i, id := range s.ArticleIDs {
				if _, err := sa.ExecContext(ctx, id, s.ID, i); err != nil {
					return fmt.Errorf("story %s: %w", s.ID, err)
				}
			}
		}
		if err := saveDedup(ctx, tx, l.Dedup); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO links_state(key, value) VALUES ('corpus_state', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, l.State)
		return err
	})
}

// StoryList returns the saved stories first published at or after since
// (all when zero; undated stories are listed only then), newest first;
// undated ones last, the largest first (rule undated-by-size).
func (db *DB) StoryList(ctx context.Context, since time.Time) ([]model.Story, error) {
	q := `SELECT id, title, first_utc, last_utc, outlets FROM stories`
	var args []any
	if !since.IsZero() {
		q += ` WHERE first_utc >= ?`
		args = append(args, since.UTC().Format(timeFormat))
	}
	q += ` ORDER BY first_utc IS NULL, first_utc DESC, id`
	rows, err := db.rd.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Story
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	// One query for every story's articles, not one per story.
	at := make(map[string]int, len(out))
	for i, s := range out {
		at[s.ID] = i
	}
	rows, err = db.rd.QueryContext(ctx, `SELECT story_id, article_id FROM story_articles ORDER BY story_id, idx`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var sid, aid string
		if err := rows.Scan(&sid, &aid); err != nil {
			return nil, err
		}
		if i, ok := at[sid]; ok {
			out[i].ArticleIDs = append(out[i].ArticleIDs, aid)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Rule undated-by-size: undated stories, listed last, have no newest;
	// by id alone they came in no useful order (a story of one article
	// before one that 48 covered). The largest come first, then by id.
	if i := slices.IndexFunc(out, func(s model.Story) bool { return s.First.IsZero() }); i >= 0 {
		slices.SortStableFunc(out[i:], func(a, b model.Story) int { return cmp.Compare(len(b.ArticleIDs), len(a.ArticleIDs)) })
	}
	return out, nil
}

func scanStory(row scanner) (model.Story, error) {
	var s model.Story
	var first, last sql.NullString
	var outlets string
	if err := row.Scan(&s.ID, &s.Title, &first, &last, &outlets); err != nil {
		return s, err
	}
	s.First, s.Last = parseStored(first), parseStored(last)
	if err := json.Unmarshal([]byte(outlets), &s.Outlets); err != nil {
		return s, fmt.Errorf("story %s outlets: %w", s.ID, err)
	}
	return s, nil
}

func (db *DB) storyArticles(ctx context.Context, id string) ([]string, error) {
	rows, err := db.rd.QueryContext(ctx, `SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		ids = append(ids, a)
	}
	return ids, rows.Err()
}

// Story returns one saved story, or model.ErrNotFound.
func (db *DB) Story(ctx context.Context, id string) (model.Story, error) {
	s, err := scanStory(db.rd.QueryRowContext(ctx, `SELECT id, title, first_utc, last_utc, outlets FROM stories WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return s, fmt.Errorf("story %s: %w", id, model.ErrNotFound)
	}
	if err != nil {
		return s, err
	}
	s.ArticleIDs, err = db.storyArticles(ctx, id)
	return s, err
}

// StoryOf returns the id of the story an article belongs to, or model.ErrNotFound.
func (db *DB) StoryOf(ctx context.Context, articleID string) (string, error) {
	var id string
	err := db.rd.QueryRowContext(ctx, `SELECT story_id FROM story_articles WHERE article_id = ?`, articleID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("article %s has no story: %w", articleID, model.ErrNotFound)
	}
	return id, err
}

// CopyGroup returns the source of an article's copy group and the group's
// copies (empty when the article has none and copies nothing).
func (db *DB) CopyGroup(ctx context.Context, articleID string) (source string, copies []string, err error) {
	source = articleID
	var s string
	switch err := db.rd.QueryRowContext(ctx, `SELECT source_id FROM copy_links WHERE article_id = ?`, articleID).Scan(&s); {
	case err == nil:
		source = s
	case !errors.Is(err, sql.ErrNoRows):
		return "", nil, err
	}
	rows, err := db.rd.QueryContext(ctx, `SELECT article_id FROM copy_links WHERE source_id = ? ORDER BY article_id`, source)
	if err != nil {
		return "", nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return "", nil, err
		}
		copies = append(copies, c)
	}
	return source, copies, rows.Err()
}

// SourceMap returns every saved copy link (copy id -> source id).
func (db *DB) SourceMap(ctx context.Context) (map[string]string, error) {
	rows, err := db.rd.QueryContext(ctx, `SELECT article_id, source_id FROM copy_links`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var a, s string
		if err := rows.Scan(&a, &s); err != nil {
			return nil, err
		}
		m[a] = s
	}
	return m, rows.Err()
}
