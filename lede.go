// Package lede turns raw news articles — HTML pages in any encoding, or text
// already extracted by another tool — into clean, structured records: the body
// with its structure, metadata, media, embedded posts, what was removed and
// why, quotations with their speakers, people, organisations, places and
// numeric claims.
//
// This package is the small facade users import; the stages live under
// internal/ and never import it.
package lede

import (
	"context"

	"github.com/lede-news/lede/internal/input"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/pipeline"
)

// Domain types, re-exported from the leaf package every stage shares.
type (
	Article   = model.Article
	Block     = model.Block
	Dates     = model.Dates
	Date      = model.Date
	Media     = model.Media
	Image     = model.Image
	Embed     = model.Embed
	Removed   = model.Removed
	Comment   = model.Comment
	Quote     = model.Quote
	Person    = model.Person
	Entity    = model.Entity
	Claim     = model.Claim
	Story     = model.Story
	CopyGroup = model.CopyGroup
	// Input is one raw article: bytes in any encoding, with its URL and
	// Content-Type header when known.
	Input = model.Input
	// Options control an extraction; the zero value extracts with analysis.
	Options = pipeline.Options
)

// Sentinel errors for bad input; test with errors.Is.
var (
	ErrEmpty             = model.ErrEmpty
	ErrBinary            = model.ErrBinary
	ErrNotHTML           = model.ErrNotHTML
	ErrTooLarge          = model.ErrTooLarge
	ErrUnsupportedScheme = model.ErrUnsupportedScheme
	ErrFetch             = model.ErrFetch
	ErrNoContent         = model.ErrNoContent
	ErrNotFound          = model.ErrNotFound
)

// Extract turns one raw article into a clean, structured record.
func Extract(ctx context.Context, in Input, opts Options) (*Article, error) {
	return pipeline.Extract(ctx, in, opts)
}

// ExtractFrom reads a file path, "-" for stdin, or an http(s) URL (fetched
// with a timeout, a size cap and a redirect limit) and extracts it. It
// fetches any address the caller gives, private ones included: a service
// that passes on URLs from its users should check them first (the lede
// command refuses private addresses unless --allow-private).
func ExtractFrom(ctx context.Context, name string, opts Options) (*Article, error) {
	in, err := input.Read(ctx, name, input.Options{})
	if err != nil {
		return nil, err
	}
	return pipeline.Extract(ctx, in, opts)
}
