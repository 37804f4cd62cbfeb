// Package query builds the records the corpus commands print with --json
// (lede search, show, copies, stories, story, quotes) from the store, so
// that the command line and the HTTP API (package server) give the same
// JSON from the same code.
package query

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/stories"
)

// WriteJSON writes v as every command's --json does: indented, with "<",
// ">" and "&" as they are (titles and texts are no HTML here).
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// MarkStart and MarkEnd delimit matches in search snippets (Query.MarkStart
// and MarkEnd) before they are rendered for the output at hand: <mark> in
// JSON, bold on a terminal, nothing in plain text.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

// RenderMarks replaces the match delimiters of s by start and end.
func RenderMarks(s, start, end string) string {
	return strings.NewReplacer(MarkStart, start, MarkEnd, end).Replace(s)
}

// SearchResult is the JSON form of a search (lede search --json).
type SearchResult struct {
	Hits []store.Hit `json:"hits"`
}

// SearchJSON is the JSON form of hits found with MarkStart and MarkEnd:
// their matches marked <mark>...</mark>. It rewrites the hits' snippets.
func SearchJSON(hits []store.Hit) SearchResult {
	for i := range hits {
		hits[i].Snippet = RenderMarks(hits[i].Snippet, "<mark>", "</mark>")
	}
	if hits == nil {
		hits = []store.Hit{}
	}
	return SearchResult{Hits: hits}
}

// Article finds a stored article by its id, or by its URL when key holds
// "://" (the address it was read from, or a saved page's canonical link),
// as lede show does; model.ErrNotFound when none.
func Article(ctx context.Context, db *sqlite.DB, key string) (*store.Record, error) {
	if strings.Contains(key, "://") {
		return byURL(ctx, db, key)
	}
	r, err := db.Get(ctx, key)
	if errors.Is(err, model.ErrNotFound) && bareURL(key) {
		if r2, err2 := byURL(ctx, db, key); err2 == nil {
			return r2, nil
		}
	}
	return r, err
}

// byURL is GetByURL with rule url-variants: an address given as a user
// copies it from a browser or a link (the other scheme, a slash more or
// less at the path's end, no scheme at all: "news.example/a/") finds the
// article stored under its canonical form when that form alone does
// not; the exact form is tried first, so two articles that differ only
// so are each found by their own address.
func byURL(ctx context.Context, db *sqlite.DB, raw string) (*store.Record, error) {
	r, err := db.GetByURL(ctx, raw)
	if !errors.Is(err, model.ErrNotFound) {
		return r, err
	}
	for _, v := range urlVariants(raw) {
		if r2, err2 := db.GetByURL(ctx, v); err2 == nil {
			return r2, nil
		}
	}
	return r, err
}

// bareURL reports whether key is an address without its scheme
// ("news.example/2026/story"): a host with a dot, then a path.
func bareURL(key string) bool {
	host, path, ok := strings.Cut(key, "/")
	return ok && path != "" && strings.Contains(host, ".") && !strings.ContainsAny(key, " \t") && !strings.Contains(key, "://")
}

// urlVariants are the other forms of raw that rule url-variants tries,
// nearest first: the other scheme (a site's http address moved to
// https), then a slash more or less at the path's end, then both.
func urlVariants(raw string) []string {
	raw = strings.TrimSpace(raw)
	var same, other string
	switch {
	case strings.HasPrefix(raw, "https://"):
		same, other = raw, "http://"+raw[len("https://"):]
	case strings.HasPrefix(raw, "http://"):
		same, other = raw, "https://"+raw[len("http://"):]
	case bareURL(raw):
		same, other = "https://"+raw, "http://"+raw
	default:
		return nil
	}
	toggle := func(b string) string {
		u, rest, hasQuery := strings.Cut(b, "?")
		if strings.Count(u, "/") < 3 || strings.HasSuffix(u, "://") {
			return ""
		}
		if strings.HasSuffix(u, "/") {
			u = strings.TrimSuffix(u, "/")
		} else {
			u += "/"
		}
		if hasQuery {
			u += "?" + rest
		}
		return u
	}
	var out []string
	for _, v := range []string{same, other, toggle(same), toggle(other)} {
		if v != "" && v != raw {
			out = append(out, v)
		}
	}
	return out
}

// Version is one stored version of an article (lede show --versions).
type Version struct {
	ContentHash string         `json:"content_hash"`
	Replaced    string         `json:"replaced"`
	Article     *model.Article `json:"article"`
}

// Versions is the JSON form of lede show --versions.
type Versions struct {
	ID       string    `json:"id"`
	Versions []Version `json:"versions"`
}

// VersionsOf lists every stored version of r's article, oldest first, the
// present one last (with no replacement time).
func VersionsOf(ctx context.Context, db *sqlite.DB, r *store.Record) (Versions, error) {
	vs, err := db.Versions(ctx, r.Article.ID)
	if err != nil {
		return Versions{}, err
	}
	list := []Version{}
	for _, v := range vs {
		list = append(list, Version{v.ContentHash, v.Replaced.Format("2006-01-02T15:04:05Z"), v.Article})
	}
	list = append(list, Version{r.ContentHash, "", r.Article})
	return Versions{ID: r.Article.ID, Versions: list}, nil
}

// URLOf is the address an article is known by: the URL it was read from,
// or, for a saved page read from a file, the canonical link it declares.
// The store keys articles the same way, and search shows it; listing only
// the URL left a saved page's address blank in lede copies, lede story and
// the CSV export while lede search gave it.
func URLOf(a *model.Article) string {
	if a.URL != "" {
		return a.URL
	}
	return a.CanonicalURL
}

// Refresh brings the store's copy groups and stories up to date (see
// stories.Refresh): the story queries (Copies, FindStory, Compare, Stories)
// read what it saved.
func Refresh(ctx context.Context, db *sqlite.DB) error { return stories.Refresh(ctx, db) }

// StaleWarning is what lede serve (the X-Lede-Warning header) and the
// story commands (a line on stderr) say of stories answered from a store
// that cannot be written while articles came after them (StoriesStale).
const StaleWarning = "stories may be stale: articles were added since they were computed and the store cannot be written; run lede stories with write access to bring them up to date"

// StoriesStale reports whether articles were added (or changed) since the
// stored copy groups and stories were computed, which Refresh would then
// recompute: for a store that cannot be written, whose stories are
// answered as they are.
func StoriesStale(ctx context.Context, db *sqlite.DB) (bool, error) {
	state, err := db.CorpusState(ctx)
	if err != nil {
		return false, err
	}
	done, err := db.LinksState(ctx)
	return done != state, err
}

// Resolve finds an article by id, else by URL (lede copies, lede story).
func Resolve(ctx context.Context, db *sqlite.DB, ref string) (*model.Article, error) {
	r, err := db.Get(ctx, ref)
	if err == nil {
		return r.Article, nil
	}
	if r2, err2 := byURL(ctx, db, ref); err2 == nil {
		return r2.Article, nil
	}
	return nil, err
}

// ErrStoryGiven is ResolveArticle's answer to a story's id: the caller
// points to the story instead of saying the id is unknown.
var ErrStoryGiven = errors.New("a story, not an article")

// ResolveArticle is Resolve for a command that wants an article (lede
// copies, the API's copies): a ref that is no article but a story's id
// gives ErrStoryGiven rather than model.ErrNotFound.
func ResolveArticle(ctx context.Context, db *sqlite.DB, ref string) (*model.Article, error) {
	a, err := Resolve(ctx, db, ref)
	if errors.Is(err, model.ErrNotFound) {
		if _, serr := db.Story(ctx, ref); serr == nil {
			return nil, ErrStoryGiven
		}
	}
	return a, err
}

// CopiesReport is the JSON form of lede copies.
type CopiesReport struct {
	Source CopyArticle   `json:"source"`
	Copies []CopyArticle `json:"copies"`
}

// CopyArticle is one member of a copy group; a copy says what it changed.
type CopyArticle struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	// Update marks a copy the source's own outlet published (rule
	// own-update, stories.OwnUpdate), as lede story --json marks it.
	Update  bool           `json:"update,omitempty"`
	Changes *dedup.Changes `json:"changes,omitempty"`
}

// Copies is the copy group of article a: its source and every copy with
// what it changed, the copies by publication date (rule copies-by-date).
// The store must be refreshed (Refresh).
func Copies(ctx context.Context, db *sqlite.DB, a *model.Article) (CopiesReport, error) {
	srcID, copies, err := db.CopyGroup(ctx, a.ID)
	if err != nil {
		return CopiesReport{}, err
	}
	sr, err := db.Get(ctx, srcID)
	if err != nil {
		return CopiesReport{}, err
	}
	s := sr.Article
	rep := CopiesReport{Source: CopyArticle{ID: s.ID, Outlet: s.Outlet, Title: s.Title, URL: URLOf(s), Date: PublishedValue(s)}, Copies: []CopyArticle{}}
	for _, id := range copies {
		r, err := db.Get(ctx, id)
		if err != nil {
			return CopiesReport{}, fmt.Errorf("copy %s: %w", id, err)
		}
		c := r.Article
		ch := dedup.Diff(s.Title, s.Text, c.Title, c.Text)
		rep.Copies = append(rep.Copies, CopyArticle{ID: c.ID, Outlet: c.Outlet, Title: c.Title, URL: URLOf(c), Date: PublishedValue(c), Update: stories.OwnUpdate(s, c), Changes: &ch})
	}
	// copies-by-date: the copies by publication date, undated last, then
	// by id, as lede story lists them under their source
	// (stories.CompareDated). The store gives them in id order, and a copy
	// run days later came before one of the same morning.
	slices.SortStableFunc(rep.Copies, func(a, b CopyArticle) int { return stories.CompareDated(a.Date, b.Date, a.ID, b.ID) })
	return rep, nil
}

// PublishedValue is the article's publication date as it gave it, or "".
func PublishedValue(a *model.Article) string {
	if a.Dates.Published == nil {
		return ""
	}
	return a.Dates.Published.Value
}

// Stories lists the saved stories first published at or after since (all
// when zero), newest first, of at least minSize articles, at most limit
// of them (0: all). The store must be refreshed (Refresh).
func Stories(ctx context.Context, db *sqlite.DB, since time.Time, minSize, limit int) ([]model.Story, error) {
	list, err := db.StoryList(ctx, since)
	if err != nil {
		return nil, err
	}
	var keep []model.Story
	for _, s := range list {
		if limit > 0 && len(keep) == limit {
			break
		}
		if len(s.ArticleIDs) >= minSize {
			keep = append(keep, s)
		}
	}
	return keep, nil
}

// ErrNoStory says a reference names neither a story nor an article; it
// wraps model.ErrNotFound.
var ErrNoStory = fmt.Errorf("no story or article: %w", model.ErrNotFound)

// FindStory finds a story by its id, or by the id or URL of one of its
// articles; ErrNoStory when ref names neither. The store must be
// refreshed (Refresh).
func FindStory(ctx context.Context, db *sqlite.DB, ref string) (model.Story, error) {
	st, err := db.Story(ctx, ref)
	if errors.Is(err, model.ErrNotFound) {
		a, aerr := Resolve(ctx, db, ref)
		if aerr != nil {
			return st, ErrNoStory
		}
		sid, serr := db.StoryOf(ctx, a.ID)
		if serr != nil {
			return st, serr
		}
		return db.Story(ctx, sid)
	}
	return st, err
}

// Compare is the comparison of how outlets covered story st (lede story).
func Compare(ctx context.Context, db *sqlite.DB, st model.Story) (stories.Comparison, error) {
	var arts []*model.Article
	for _, id := range st.ArticleIDs {
		r, err := db.Get(ctx, id)
		if err != nil {
			return stories.Comparison{}, fmt.Errorf("story %s: article %s: %w", st.ID, id, err)
		}
		a := r.Article
		a.URL = URLOf(a) // a saved page's canonical link names it too
		arts = append(arts, a)
	}
	src, err := db.SourceMap(ctx)
	if err != nil {
		return stories.Comparison{}, err
	}
	return stories.Compare(st, arts, src), nil
}

// Quotes iterates the stored quotations in ingestion order, those of
// speakers whose resolved name contains speaker (any case) when it is not
// empty, at most limit of them (0: all).
func Quotes(ctx context.Context, db *sqlite.DB, speaker string, limit int) iter.Seq2[store.QuoteRow, error] {
	return func(yield func(store.QuoteRow, error) bool) {
		n := 0
		for q, err := range db.Quotes(ctx, speaker) {
			if err != nil {
				yield(q, err)
				return
			}
			if limit > 0 && n >= limit {
				return
			}
			n++
			if !yield(q, nil) {
				return
			}
		}
	}
}
