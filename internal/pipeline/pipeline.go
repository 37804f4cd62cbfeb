// Package pipeline runs Lede's stages on one input: sniff and decode, the HTML
// engine or the plain-text path, then analysis. The root package lede and the
// ingest stage both call it, so the order of stages lives in one place.
package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/analysis"
	"github.com/lede-news/lede/internal/htmlextract"
	"github.com/lede-news/lede/internal/input"
	"github.com/lede-news/lede/internal/lang"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/textclean"
)

// Options control one extraction. The zero value extracts with analysis.
type Options struct {
	// URL is the article's original URL when the input does not carry one.
	URL string
	// Comments keeps reader comments of HTML pages.
	Comments bool
	// NoAnalysis skips quotes, people, organisations, places and claims.
	NoAnalysis bool
	// Now is the reference time: no date may lie after it. Zero means time.Now().
	Now time.Time
}

// Extract turns one raw input into an Article.
func Extract(ctx context.Context, in model.Input, opts Options) (*model.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	format := input.Sniff(in.Data)
	switch format {
	case input.FormatEmpty:
		return nil, model.ErrEmpty
	case input.FormatBinary:
		return nil, input.BinaryError(in.Data)
	}
	// An HTML page valid as UTF-8 is parsed from its own bytes (raw), not
	// from a copy of them.
	var (
		dec input.Decoded
		raw []byte
	)
	if format == input.FormatHTML {
		dec, raw = input.DecodeBytes(in.Data, in.ContentType, true)
	} else {
		dec = input.Decode(in.Data, in.ContentType, false)
	}
	url := in.URL
	if url == "" {
		url = opts.URL
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	var (
		a   *model.Article
		err error
	)
	hopts := htmlextract.Options{URL: url, Comments: opts.Comments, Now: now}
	switch {
	case raw != nil:
		a, err = htmlextract.ExtractBytes(raw, hopts)
	case format == input.FormatHTML:
		a, err = htmlextract.Extract(dec.Text, hopts)
	default:
		a, err = extractText(dec.Text, textclean.Options{URL: url, Now: now})
	}
	if err != nil {
		return a, fmt.Errorf("extract %s: %w", in.Name, err)
	}
	a.Source = model.SourceInfo{Format: format.String(), Encoding: dec.Encoding, EncodingEvidence: dec.Evidence, Bytes: len(in.Data), Cut: in.Cut}
	a.Warnings = append(a.Warnings, in.Warnings...)
	a.Warnings = append(a.Warnings, dec.Warnings...)
	if w := emptyBody(a); w != "" {
		a.Warnings = append(a.Warnings, w)
	}
	if a.Language == "" {
		a.Language = detectLanguage(a)
	}
	if !opts.NoAnalysis {
		analyze(a)
	}
	a.Normalize()
	return a, nil
}

// Analyze runs the analysis stage alone on an article extracted before
// without it (a stored record: lede analyse, or ingest with analysis over
// a page stored with --no-analysis), as Extract would have run it: the
// quotes, people, organisations, places and claims are replaced, with the
// same safety net. Warnings an earlier analysis left are dropped first, so
// that analysing again does not repeat them.
func Analyze(a *model.Article) {
	a.ClearAnalysis()
	a.Warnings = slices.DeleteFunc(a.Warnings, analysisWarning)
	analyze(a)
	a.Normalize()
}

// analysisWarning reports whether w is one the analysis stage writes (the
// safety net below, analysis.MaxText).
func analysisWarning(w string) bool {
	return strings.HasPrefix(w, analysisSkipped) || strings.Contains(w, analysis.OverLimit)
}

// analysisSkipped opens the warning of the analysis safety net.
const analysisSkipped = "analysis skipped: "

// emptyBody is rule empty-body: a text that yields no body says why in a
// warning. The HTML engine fails such a page (no content found); a text
// keeps its record, whose title may be all a user had ("echo headline |
// lede extract -"), but a record with an empty text and no word about it
// looked like a bug.
func emptyBody(a *model.Article) string {
	if len(a.Body) > 0 || strings.TrimSpace(a.Text) != "" {
		return ""
	}
	if len(a.Removed) > 0 {
		return "no body text: all of it was removed as boilerplate (see removed)"
	}
	if a.Title != "" {
		return "no body text: the input held only a title line"
	}
	return "no body text"
}

// extractText is textclean.Extract with the safety net the HTML engine
// has inside: a bug must cost one input, never the whole run.
func extractText(text string, opts textclean.Options) (a *model.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("textclean: internal error: %v", r)
		}
	}()
	return textStage(text, opts)
}

// analyze runs the analysis; a bug in it costs the article its analysis
// (with a warning saying so), never its extraction nor the run.
func analyze(a *model.Article) {
	defer func() {
		if r := recover(); r != nil {
			a.ClearAnalysis()
			a.Warnings = append(a.Warnings, fmt.Sprintf(analysisSkipped+"internal error: %v", r))
		}
	}()
	analyzeStage(a)
}

// textStage and analyzeStage are the stages the safety nets guard; tests
// replace them with ones that panic.
var (
	textStage    = textclean.Extract
	analyzeStage = analysis.Analyze
)

// detectLanguage is rule title-language: the headline is read with the
// body, as a reader reads it. A short report whose body alone holds too
// few clues ("Выборы в Омске" over two sentences without a letter only
// Russian writes) got no language or a neighbour's; the headline is
// rarely in another language than its body.
func detectLanguage(a *model.Article) string {
	return lang.DetectTitled(a.Title, a.Text)
}
