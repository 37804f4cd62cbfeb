// Package store defines the corpus store: the interface every backend
// (SQLite now, PostgreSQL later) implements, the types it exchanges, and the
// article identity rules (canonical URL, stable id, content hash). The
// conformance suite in store/storetest checks any backend against it.
//
// Search in every script: text written without spaces between words
// (Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar; see package
// segment) is searched by character, a query word in those scripts being
// the phrase of its characters (FTSQuery), so that any part of a clause
// finds it; other scripts by word, as written between spaces and
// punctuation.
package store

import (
	"context"
	"errors"
	"iter"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// Store is a corpus of Article records. Implementations are safe for
// concurrent use; writes (Put) may be serialised internally.
type Store interface {
	// Lookup returns what is known of the article with this id (its content
	// hash and HTTP validators), so ingest can skip unchanged pages before
	// extracting them and send conditional GETs. ok is false when unknown.
	Lookup(ctx context.Context, id string) (seen Seen, ok bool, err error)
	// Put stores a batch of articles in one transaction: all or nothing.
	// The same content under the same id is a no-op (Unchanged); changed
	// content under a known id keeps the previous record as a version.
	// An article read from a cut input (Article.Source.Cut) does not
	// replace a complete record of it, nor a cut one with more text: it
	// is not written (Kept), so a damaged copy never hides a good one;
	// nor does a capture older than the stored one (Kept: it is kept as
	// one of the article's versions, in capture order, when its text
	// differs), and content stored before as a version, coming again
	// undated or older, is Unchanged, so ingesting the same archive again
	// changes nothing.
	Put(ctx context.Context, docs []Doc) ([]PutStatus, error)
	// Get returns one article by id, or model.ErrNotFound.
	Get(ctx context.Context, id string) (*Record, error)
	// GetByURL returns the article stored under this URL (compared in its
	// canonical form), or model.ErrNotFound.
	GetByURL(ctx context.Context, rawURL string) (*Record, error)
	// Articles iterates all articles in ingestion order.
	Articles(ctx context.Context) iter.Seq2[*Record, error]
	// Versions returns the earlier contents of an article, oldest first.
	Versions(ctx context.Context, id string) ([]Version, error)
	// Search runs a full-text query over titles and bodies, best hits first.
	// A backend may bound the cost of very common queries by ranking only
	// their most recently ingested matches (SQLite: 5,000).
	Search(ctx context.Context, q Query) ([]Hit, error)
	// Quotes iterates quotations, those of speakers matching speaker (a
	// case-insensitive substring of the resolved name) when it is not empty.
	Quotes(ctx context.Context, speaker string) iter.Seq2[QuoteRow, error]
	// Claims iterates numeric claims in ingestion order.
	Claims(ctx context.Context) iter.Seq2[ClaimRow, error]
	// People iterates the people named across the corpus, by name.
	People(ctx context.Context) iter.Seq2[PersonRow, error]
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// PendingAnalysis counts the articles waiting for analysis (stored with
	// Doc.Unanalysed, or marked by ResetAnalysis), published at or after
	// since when since is not zero.
	PendingAnalysis(ctx context.Context, since time.Time) (int64, error)
	// Unanalysed iterates the articles waiting for analysis, in ingestion
	// order, with the same since filter. It reads in pages: articles that
	// get analysed meanwhile (by this caller or another process) drop out.
	Unanalysed(ctx context.Context, since time.Time) iter.Seq2[*Record, error]
	// ResetAnalysis marks the articles (published at or after since when
	// since is not zero) as waiting for analysis again, keeping their
	// present analysis until SetAnalysis replaces it; it returns how many.
	ResetAnalysis(ctx context.Context, since time.Time) (int64, error)
	// SetAnalysis writes the analysis of stored articles in one
	// transaction, in place: no new version, text, metadata, ids and the
	// search index untouched; quotes, people, organisations, places,
	// claims and warnings replaced, the article marked analysed. An item
	// whose article is gone, has another content hash by now, or was
	// analysed meanwhile by someone else is skipped. It returns how many
	// were written.
	SetAnalysis(ctx context.Context, items []Analysis) (int, error)

	// Close releases the store.
	Close() error
}

// Doc is one article to store.
type Doc struct {
	// Article is the record; Article.ID must be set (see ArticleID).
	Article *model.Article
	// ContentHash identifies the raw content (see ContentHash).
	ContentHash string
	// Source says where the article was read ("crawl.warc.gz#1234", a path, a URL).
	Source string
	// Fetched is when the page was captured (WARC-Date, HTTP fetch); zero if unknown.
	Fetched time.Time
	// ETag and LastModified are the HTTP validators of a fetched page.
	ETag         string
	LastModified string
	// Unanalysed says the article was extracted without analysis (ingest
	// --no-analysis): the store marks it as waiting for analysis (see
	// Store.Unanalysed). The zero value is an analysed record.
	Unanalysed bool
}

// Analysis is the analysis of a stored article (Store.SetAnalysis).
type Analysis struct {
	// ID is the article's id; ContentHash the content that was analysed,
	// as the record read from the store had it.
	ID          string
	ContentHash string
	// Article carries the results: its Quotes, People, Organizations,
	// Places, Claims and Warnings are written; nothing else is read.
	Article *model.Article
}

// PutStatus is the outcome of storing one Doc.
type PutStatus int

// Put outcomes.
const (
	// Inserted: a new article.
	Inserted PutStatus = iota + 1
	// Updated: a known article with changed content; the old content became a version.
	Updated
	// Unchanged: the same content was already stored under this id, as
	// its current record, or as a version when the Doc is undated or
	// captured before the current record.
	Unchanged
	// Analysed: the same content was stored without analysis and the
	// Doc is analysed: its analysis was written in place (no new version).
	Analysed
	// Kept: the Doc was read from a cut input (Article.Source.Cut) and the
	// record stored under its id is complete, or cut with more text; or
	// the Doc was captured before the stored record (Doc.Fetched earlier
	// than its): the stored record stays current, and the Doc is not
	// written, but as an earlier version when it is a whole copy with
	// another text.
	Kept
)

func (s PutStatus) String() string {
	switch s {
	case Inserted:
		return "inserted"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	case Analysed:
		return "analysed"
	case Kept:
		return "kept"
	}
	return "unknown"
}

// Seen is what the store knows of an article before it is fetched again.
type Seen struct {
	ContentHash  string
	ETag         string
	LastModified string
	// Fetched is when the stored copy was captured (zero if unknown).
	Fetched time.Time
	// Analysed is false when the stored record waits for analysis (it was
	// ingested with --no-analysis): ingest with analysis then analyses it
	// instead of skipping it as unchanged.
	Analysed bool
}

// Record is a stored article.
type Record struct {
	// Seq is the ingestion order (increasing, never reused).
	Seq int64
	// Article is the full record, Article.ID and Article.Text included.
	Article *model.Article
	// ContentHash, Source and the times are the store's own bookkeeping.
	ContentHash string
	Source      string
	Fetched     time.Time
	Ingested    time.Time
	// Published is the publication time in UTC (zero if unknown) and
	// PublishedOffset the original UTC offset in seconds (nil if the source
	// gave none, e.g. a bare date).
	Published       time.Time
	PublishedOffset *int
}

// Version is an earlier content of an article.
type Version struct {
	ContentHash string
	// Seen is when this content was replaced by a newer one (for an older
	// capture stored after a later one, when it was stored).
	Replaced time.Time
	Article  *model.Article
}

// Query is a full-text search.
type Query struct {
	// Text is the user's query: words (all must match), "quoted phrases",
	// OR between alternatives, a leading - to exclude a word, prefix*.
	Text string
	// Outlet keeps hits of this outlet (case-insensitive exact name).
	Outlet string
	// Since and Until bound the publication time (inclusive; zero = open).
	Since, Until time.Time
	// Person keeps articles naming this person (case-insensitive substring).
	Person string
	// Limit caps the hits (default DefaultLimit).
	Limit int
	// MarkStart and MarkEnd surround matched words in snippets
	// (default "<mark>" and "</mark>").
	MarkStart, MarkEnd string
}

// DefaultLimit is the number of search hits when Query.Limit is 0.
const DefaultLimit = 20

// ListQuery is a listing of articles, newest first: by publication time,
// undated articles last, then latest ingested first. Pages follow each
// other by keyset (Cursor), not by offset: a page deep in a large corpus
// costs what the first does.
type ListQuery struct {
	// Outlet keeps articles of this outlet (case-insensitive exact name).
	Outlet string
	// Since and Until bound the publication time (inclusive; zero = open)
	// as in Query: with either, undated articles are left out.
	Since, Until time.Time
	// Limit caps the rows of a page (default DefaultLimit, at most
	// MaxListLimit: a larger one is taken as MaxListLimit).
	Limit int
	// Cursor is the Next of the page before ("" for the first page),
	// read with the same filters.
	Cursor string
}

// MaxListLimit caps ListQuery.Limit: a caller wanting the whole corpus
// pages through it or uses lede export.
const MaxListLimit = 500

// ErrBadCursor is returned for a ListQuery.Cursor no page gave.
var ErrBadCursor = errors.New("lede: bad list cursor")

// ArticleRow is one article of a listing.
type ArticleRow struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	// Date is the publication date as the source gave it ("" if none),
	// as in Hit.
	Date     string `json:"date"`
	Language string `json:"language"`
	// Words counts the words of the text as a word processor does (runs
	// between spaces holding a letter or digit), each letter of a script
	// written without spaces (see package segment: Korean syllables too) one.
	Words     int       `json:"words"`
	Published time.Time `json:"-"`
}

// ArticlePage is a page of a listing.
type ArticlePage struct {
	Articles []ArticleRow `json:"articles"`
	// Next is the ListQuery.Cursor of the following page, "" after the last.
	Next string `json:"next,omitempty"`
}

// Hit is one search result.
type Hit struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	Date      string    `json:"date"`
	Snippet   string    `json:"snippet"`
	Score     float64   `json:"score"`
	Published time.Time `json:"-"`
}

// QuoteRow is a quotation with its article.
type QuoteRow struct {
	ArticleID string `json:"article_id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Date      string `json:"date"`
	model.Quote
}

// ClaimRow is a numeric claim with its article.
type ClaimRow struct {
	ArticleID string `json:"article_id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Date      string `json:"date"`
	model.Claim
}

// PersonRow is a person named across the corpus.
type PersonRow struct {
	Name string `json:"name"`
	// Roles are the distinct roles given to the person, most frequent first.
	Roles []string `json:"roles"`
	// Articles is the number of articles naming the person.
	Articles int `json:"articles"`
	// Quotes is the number of quotations attributed to the person.
	Quotes int `json:"quotes"`
}

// Stats counts what the store holds.
type Stats struct {
	Articles int64 `json:"articles"`
	Versions int64 `json:"versions"`
	Outlets  int64 `json:"outlets"`
	Embeds   int64 `json:"embeds"`
	Quotes   int64 `json:"quotes"`
	People   int64 `json:"people"`
	Claims   int64 `json:"claims"`
	// Unanalysed counts the articles waiting for analysis (lede analyse).
	Unanalysed int64 `json:"unanalysed"`
	// FirstPublished and LastPublished span the dated articles (UTC, RFC 3339; "" if none).
	FirstPublished string `json:"first_published,omitempty"`
	LastPublished  string `json:"last_published,omitempty"`
	// TopOutlets are the outlets with the most articles.
	TopOutlets []OutletCount `json:"top_outlets"`
	// SizeBytes is the store's size on disk, where the backend knows it.
	SizeBytes int64 `json:"size_bytes,omitempty"`
}

// OutletCount is an outlet and its number of articles.
type OutletCount struct {
	Outlet   string `json:"outlet"`
	Articles int64  `json:"articles"`
}
