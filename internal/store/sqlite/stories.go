package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// Links are the copy groups and stories computed over the store's
// articles (internal/stories), saved by SaveLinks.
type Links struct {
	// SourceOf maps each copy's id to its source's id (sources are absent).
	SourceOf map[string]string
	Stories  []model.Story
	// Seq is the ingestion seq of the last article the links cover.
	Seq int64
}

// MaxSeq returns the ingestion seq of the last article stored (0 if none).
func (db *DB) MaxSeq(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	err := db.rd.QueryRowContext(ctx, `SELECT max(seq) FROM articles`).Scan(&n)
	return n.Int64, err
}

// LinksSeq returns the seq the saved links cover (0 when never saved).
func (db *DB) LinksSeq(ctx context.Context) (int64, error) {
	var v string
	err := db.rd.QueryRowContext(ctx, `SELECT value FROM links_state WHERE key = 'article_seq'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return strconv.ParseInt(v, 10, 64)
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
		_, err = tx.ExecContext(ctx, `INSERT INTO links_state(key, value) VALUES ('article_seq', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, strconv.FormatInt(l.Seq, 10))
		return err
	})
}

// StoryList returns the saved stories first published at or after since
// (all when zero; undated stories are listed only then), newest first.
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
	for i := range out {
		ids, err := db.storyArticles(ctx, out[i].ID)
		if err != nil {
			return nil, err
		}
		out[i].ArticleIDs = ids
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
