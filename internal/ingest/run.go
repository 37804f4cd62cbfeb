package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/lede-news/lede/internal/fetch"
	"github.com/lede-news/lede/internal/input"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/pipeline"
	"github.com/lede-news/lede/internal/store"
)

// Batching of writes: one transaction per DefaultBatch articles, or per
// DefaultBatchWait when they come slowly (a crawl), so little is ever at
// risk in a crash. 256 × ~20 KB rows keeps a transaction a few MB, where
// SQLite's per-commit cost is already amortised (measured: batches of 64
// ran about 10% slower, of 1024 no faster).
const (
	DefaultBatch     = 256
	DefaultBatchWait = 500 * time.Millisecond
)

// Config is one ingest run.
type Config struct {
	Store store.Store
	// Reader turns sources into items; its Fetcher also fetches feed, sitemap and URL-list pages.
	Reader *Reader
	// Workers extract in parallel (default: the number of CPUs).
	Workers int
	// NoAnalysis skips quotes, people, places and claims.
	NoAnalysis bool
	// Batch and BatchWait tune the writer (defaults above).
	Batch     int
	BatchWait time.Duration
	// OnEvent, if set, is called (from one goroutine) for every item found and finished.
	OnEvent func(Event)
}

// EventKind says what happened to an item.
type EventKind int

// Event kinds.
const (
	// Found: a source yielded an item (the total grows).
	Found EventKind = iota
	// Ingested: a new article was stored.
	Ingested
	// Updated: a known URL came with new content; the old one was kept as a version.
	Updated
	// Unchanged: the same content (or a 304) was already stored.
	Unchanged
	// Failed: the item could not be read, fetched or extracted.
	Failed
	// Analysed: the same content was stored without analysis (ingest
	// --no-analysis); this run, with analysis, analysed the stored record.
	Analysed
	// Kept: the item was read from a cut source and the store holds a
	// complete copy of the article (or a cut one with more text), or the
	// item is a capture older than the stored one, which stays current;
	// the item is not stored. Err says why.
	Kept
)

func (k EventKind) String() string {
	return [...]string{"found", "ingested", "updated", "unchanged", "failed", "analysed", "kept"}[k]
}

// ErrKeptWhole is the Err of a Kept event of a cut item.
var ErrKeptWhole = errors.New("not stored: the source is cut short, and the copy of the article stored before, which is complete or has more text, stays current")

// ErrKeptNewer is the Err of a Kept event of a whole item: a capture of
// the page older than the stored one (store rule older-capture); its text,
// when another, is kept among the article's versions (store rule
// older-capture-version).
var ErrKeptNewer = errors.New("not stored as current: the store holds a later capture of this page, which stays current (an older text is kept among its versions)")

// Event is the fate of one item.
type Event struct {
	Kind EventKind
	Name string
	ID   string
	Err  error
}

// Failure is an item that failed, and why.
type Failure struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
	Error  string `json:"error"`
}

// maxFailures is how many failures a summary lists one by one; beyond it
// only the counts per reason grow.
const maxFailures = 1000

// Summary is the outcome of a run.
type Summary struct {
	Found     int `json:"found"`
	Ingested  int `json:"ingested"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	// Analysed counts unchanged pages stored without analysis that this
	// run analysed (in place: no new version).
	Analysed int `json:"analysed"`
	// Kept counts items from cut sources, or older captures, that were not
	// stored because the store holds a better copy of the article
	// (EventKind Kept).
	Kept     int            `json:"kept"`
	Failed   int            `json:"failed"`
	Reasons  map[string]int `json:"reasons"`
	Failures []Failure      `json:"failures"`
	Elapsed  time.Duration  `json:"elapsed_ns"`
}

// Reason names the kind of a failure in a few words, for the summary.
func Reason(err error) string {
	switch {
	case errors.Is(err, fetch.ErrRobots):
		return "disallowed by robots.txt"
	case errors.Is(err, fetch.ErrPrivate):
		return "private address refused"
	case errors.Is(err, model.ErrTooLarge):
		return "too large"
	case errors.Is(err, model.ErrUnsupportedScheme):
		return "unsupported URL scheme"
	case errors.Is(err, model.ErrFetch):
		return "fetch failed"
	case errors.Is(err, ErrLoop):
		return "sitemap loop"
	case errors.Is(err, ErrFormat):
		return "malformed source"
	case errors.Is(err, model.ErrEmpty):
		return "empty"
	case errors.Is(err, model.ErrBinary):
		return "binary, not text or HTML"
	case errors.Is(err, model.ErrNotHTML):
		return "not an article page"
	case errors.Is(err, model.ErrNoContent):
		return "no content found"
	case errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	}
	return "unreadable"
}

type pending struct {
	doc  store.Doc
	name string
}

// numbered is an item with its place in the input: source order, then
// item order within a source, as the Reader yields them.
type numbered struct {
	seq int
	it  Item
}

// outcome is what a worker made of the item numbered seq: a doc to store,
// or (doc nil) the event that ends the item.
type outcome struct {
	seq int
	ev  Event
	doc *pending
}

// Rule input-order: the writer stores articles in the order of the input,
// not in the order the workers finish them, so the same ingest on a fresh
// store gives the same ids order, the same "first ingested" copy of a
// group of copies, the same stories, whatever each page cost to fetch or
// extract. Workers still run in parallel: the writer holds an outcome that
// comes early until those before it have come. reorderWindow bounds how
// many items may be read ahead of the first unfinished one (so memory
// stays bounded behind a slow page): the write batch and the items queue,
// which held as many docs and items before the rule.
func reorderWindow(batch, workers int) int { return batch + 2*workers }

// Run ingests the sources into the store. It returns an error only when the
// run cannot go on (the store fails, the context ends); per-item problems
// are counted in the summary.
func Run(ctx context.Context, sources []string, cfg Config) (*Summary, error) {
	start := time.Now()
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	batch := cfg.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	wait := cfg.BatchWait
	if wait <= 0 {
		wait = DefaultBatchWait
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	items := make(chan numbered, workers*2)
	done := make(chan outcome, batch)
	events := make(chan Event, 256)
	// window holds a token for each item read and not yet taken in order
	// by the writer (rule input-order).
	window := make(chan struct{}, reorderWindow(batch, workers))
	var senders sync.WaitGroup

	// Sources → items.
	var readErr error
	senders.Add(1)
	go func() {
		defer senders.Done()
		defer close(items)
		seq := 0
		readErr = cfg.Reader.Read(ctx, sources, func(it Item) error {
			select {
			case events <- Event{Kind: Found, Name: it.Name}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case items <- numbered{seq, it}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	// Items → extracted docs (or events).
	var work sync.WaitGroup
	for range workers {
		work.Add(1)
		go func() {
			defer work.Done()
			for n := range items {
				o := outcome{seq: n.seq}
				ev, doc := process(ctx, cfg, n.it)
				if doc != nil {
					o.doc = &pending{*doc, n.it.Name}
				} else {
					o.ev = ev
				}
				select {
				case done <- o:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	senders.Add(1)
	go func() {
		defer senders.Done()
		work.Wait()
		close(done)
	}()

	// Docs → store, in input order and in batches, by one writer.
	senders.Add(1)
	go func() {
		defer senders.Done()
		if err := write(ctx, cfg.Store, done, window, events, batch, wait); err != nil {
			cancel(err)
		}
	}()

	go func() {
		senders.Wait()
		close(events)
	}()

	sum := &Summary{Reasons: map[string]int{}, Failures: []Failure{}}
	for ev := range events {
		switch ev.Kind {
		case Found:
			sum.Found++
		case Ingested:
			sum.Ingested++
		case Updated:
			sum.Updated++
		case Unchanged:
			sum.Unchanged++
		case Analysed:
			sum.Analysed++
		case Kept:
			sum.Kept++
		case Failed:
			if ctx.Err() != nil && errors.Is(ev.Err, context.Canceled) {
				continue // cut off by the interruption, not by its input
			}
			sum.Failed++
			r := Reason(ev.Err)
			sum.Reasons[r]++
			if len(sum.Failures) < maxFailures {
				sum.Failures = append(sum.Failures, Failure{Name: ev.Name, Reason: r, Error: ErrorText(ev.Name, ev.Err)})
			}
		}
		if cfg.OnEvent != nil {
			cfg.OnEvent(ev)
		}
	}
	sum.Elapsed = time.Since(start)
	if err := context.Cause(ctx); err != nil {
		return sum, err
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, nil
}

// write stores docs in batches until done closes, reporting each outcome.
// It takes outcomes in input order (rule input-order), holding those that
// come early, and frees a window token for each one taken.
func write(ctx context.Context, st store.Store, done <-chan outcome, window <-chan struct{}, events chan<- Event, batch int, wait time.Duration) error {
	buf := make([]pending, 0, batch)
	timer := time.NewTimer(wait)
	defer timer.Stop()
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		ds := make([]store.Doc, len(buf))
		for i, p := range buf {
			ds[i] = p.doc
		}
		// The batch is written even if the run is being cancelled: what was
		// extracted is kept.
		res, err := st.Put(context.WithoutCancel(ctx), ds)
		if err != nil {
			return err
		}
		for i, p := range buf {
			k := Ingested
			switch res[i] {
			case store.Updated:
				k = Updated
			case store.Unchanged:
				k = Unchanged
			case store.Analysed:
				k = Analysed
			case store.Kept:
				why := ErrKeptWhole
				if !p.doc.Article.Source.Cut {
					why = ErrKeptNewer
				}
				events <- Event{Kind: Kept, Name: p.name, ID: p.doc.Article.ID, Err: why}
				continue
			}
			events <- Event{Kind: k, Name: p.name, ID: p.doc.Article.ID}
		}
		buf = buf[:0]
		return nil
	}
	take := func(o outcome) error {
		if o.doc == nil {
			events <- o.ev
			return nil
		}
		buf = append(buf, *o.doc)
		if len(buf) >= batch {
			return flush()
		}
		return nil
	}
	next := 0
	held := map[int]outcome{}
	for {
		select {
		case o, ok := <-done:
			if !ok {
				// Items cut off by an interruption never come: what came
				// after them is stored all the same, still in input order.
				for _, seq := range slices.Sorted(maps.Keys(held)) {
					if err := take(held[seq]); err != nil {
						return err
					}
				}
				return flush()
			}
			held[o.seq] = o
			for {
				o, ok := held[next]
				if !ok {
					break
				}
				delete(held, next)
				next++
				<-window
				if err := take(o); err != nil {
					return err
				}
			}
		case <-timer.C:
			if err := flush(); err != nil {
				return err
			}
			timer.Reset(wait)
		}
	}
}

// process fetches (if needed) and extracts one item. It returns either a
// doc to store or the event that ends the item.
func process(ctx context.Context, cfg Config, it Item) (ev Event, doc *store.Doc) {
	fail := func(err error) (Event, *store.Doc) { return Event{Kind: Failed, Name: it.Name, Err: err}, nil }
	defer func() {
		if p := recover(); p != nil {
			ev, doc = Event{Kind: Failed, Name: it.Name, Err: fmt.Errorf("internal error: %v\n%s", p, debug.Stack())}, nil
		}
	}()
	it.Load()
	if it.Err != nil {
		return fail(it.Err)
	}
	warnings, cut := it.Warnings, it.Cut
	if it.Fetch {
		id := store.ArticleID(it.URL, "")
		req := fetch.Request{URL: it.URL}
		// A stored copy waiting for analysis is fetched again in full
		// when this run analyses (no sitemap date or 304 shortcut): the
		// page then goes the unchanged-content way below.
		if seen, ok, err := cfg.Store.Lookup(ctx, id); err == nil && ok && (seen.Analysed || cfg.NoAnalysis) {
			if !it.Changed.IsZero() && !seen.Fetched.IsZero() && !it.Changed.After(seen.Fetched) {
				// The sitemap says the page has not changed since our copy.
				return Event{Kind: Unchanged, Name: it.Name, ID: id}, nil
			}
			req.ETag, req.LastModified = seen.ETag, seen.LastModified
		}
		f := cfg.Reader.Fetcher
		var (
			resp *fetch.Response
			err  error
		)
		if f == nil {
			err = fmt.Errorf("%w: fetching is off", model.ErrFetch)
		} else {
			resp, err = f.Fetch(ctx, req)
		}
		if err != nil && resp != nil && resp.Cut && ctx.Err() == nil {
			// Rule cut-http-body: the body broke off (shorter than its
			// Content-Length, a read error mid-body): what came is read
			// as a page cut short, which never replaces a stored copy.
			warnings = append(warnings, cutBodyWarning(resp, err))
			err = nil
		}
		switch {
		case err != nil && it.Fallback != nil && ctx.Err() == nil:
			warnings = append(warnings, fmt.Sprintf("page not fetched (%v): used the feed's own content", err))
			it.Data, it.ContentType = it.Fallback, "text/html; charset=utf-8"
		case err != nil:
			return fail(err)
		case resp.NotModified:
			return Event{Kind: Unchanged, Name: it.Name, ID: id}, nil
		case !articleType(resp.ContentType):
			return fail(fmt.Errorf("%s: %w (Content-Type %s)", it.URL, model.ErrNotHTML, resp.ContentType))
		default:
			it.setPage(resp, resp.Body)
			cut = it.Cut // the page itself, not the feed's content
		}
	}
	if !cut {
		// Rule cut-plain-html (input.CutHTML): a page file or body that
		// stops before its end carries no mark of its own.
		if c, why := input.CutHTML(it.Data); c {
			cut = true
			warnings = append(warnings, "page cut short: "+why)
		}
	}
	hash := store.ContentHash(it.Data)
	id := store.ArticleID(it.URL, hash)
	if it.URL == "" && it.Meta != nil && it.Meta.Outlet != "" {
		// Rule jsonl-outlet: without an address the text identifies the
		// article, and with the outlet the line names: a wire story two
		// outlets carried word for word is two articles, one a copy of
		// the other, not one stored once.
		id = store.ArticleID("", store.ContentHash(append([]byte(it.Meta.Outlet+"\x00"), it.Data...)))
	}
	if it.Record != nil {
		return storeRecord(ctx, cfg, it, id, hash)
	}
	if seen, ok, err := cfg.Store.Lookup(ctx, id); err == nil && ok && seen.ContentHash == hash {
		if seen.Analysed || cfg.NoAnalysis {
			return Event{Kind: Unchanged, Name: it.Name, ID: id}, nil
		}
		// Rule analyse-unchanged: the same page was stored with
		// --no-analysis and this run analyses. Rather than skip it as
		// unchanged (its quotes and people would never come), the stored
		// record is analysed as lede analyse does: no extraction again,
		// so the analysis fits the stored text even if the extraction
		// rules changed since. Put writes it in place (store.Analysed).
		if r, err := cfg.Store.Get(ctx, id); err == nil {
			pipeline.Analyze(r.Article)
			return Event{}, &store.Doc{Article: r.Article, ContentHash: hash, Source: r.Source, Fetched: r.Fetched}
		}
	}
	a, err := pipeline.Extract(ctx, model.Input{Data: it.Data, URL: it.URL, ContentType: it.ContentType, Name: it.Name}, pipeline.Options{NoAnalysis: cfg.NoAnalysis})
	if err != nil {
		return fail(err)
	}
	if m := it.Meta; m != nil && m.Title != "" && a.Source.Format == "text" && len(a.Body) == 0 && strings.TrimSpace(a.Text) == "" && a.Title != m.Title {
		// Rule jsonl-title-line: a JSON line's one-paragraph text that
		// extraction took for a headline alone (a short paragraph in a
		// script written without spaces reads as one) was stored with
		// that paragraph as its title and no body, the line's own title
		// dropped. Given the line's title as its first line, the text is
		// the body.
		data := append([]byte(m.Title+"\n\n"), it.Data...)
		if b, err := pipeline.Extract(ctx, model.Input{Data: data, URL: it.URL, ContentType: it.ContentType, Name: it.Name}, pipeline.Options{NoAnalysis: cfg.NoAnalysis}); err == nil && (len(b.Body) > 0 || strings.TrimSpace(b.Text) != "") {
			a = b
		}
	}
	if it.URL == "" && a.CanonicalURL != "" {
		// A saved page without its address: the page's own canonical link
		// identifies it, so a later crawl of the same article matches.
		id = store.ArticleID(a.CanonicalURL, hash)
	}
	a.ID = id
	// The line's own metadata first: rule cut-matches-stored reads the
	// outlet and the title.
	it.Meta.fill(a)
	if it.URL == "" && a.CanonicalURL == "" {
		if m := matchStored(ctx, cfg.Store, a, cut); m != "" {
			a.ID = m // rule cut-matches-stored (match.go)
		}
	}
	if a.URL == "" {
		a.URL = it.URL
	}
	a.Warnings = append(a.Warnings, warnings...)
	a.Source.Cut = cut
	return Event{}, &store.Doc{Article: a, ContentHash: hash, Source: it.Name, Fetched: it.Fetched, ETag: it.ETag, LastModified: it.LastModified, Unanalysed: cfg.NoAnalysis}
}

// storeRecord stores an item's Record (rule lede-record, parseRecord) under
// id: unchanged when the store holds the same text analysed, else analysed
// again (the analysis fits this Lede's rules, as lede analyse does) unless
// the run does not analyse.
func storeRecord(ctx context.Context, cfg Config, it Item, id, hash string) (Event, *store.Doc) {
	if seen, ok, err := cfg.Store.Lookup(ctx, id); err == nil && ok && seen.ContentHash == hash && (seen.Analysed || cfg.NoAnalysis) {
		return Event{Kind: Unchanged, Name: it.Name, ID: id}, nil
	}
	a := it.Record
	a.ID = id
	if cfg.NoAnalysis {
		a.ClearAnalysis()
		a.Normalize()
	} else {
		pipeline.Analyze(a)
	}
	return Event{}, &store.Doc{Article: a, ContentHash: hash, Source: it.Name, Fetched: it.Fetched, Unanalysed: cfg.NoAnalysis}
}

// setPage sets the item's page to a fetched response's body (data, which
// may be that body gunzipped). A cut body (rule cut-http-body) gets no
// validators nor fetch time: a copy stored from it is fetched again in
// full next time (not answered 304, nor skipped by a sitemap's date).
func (it *Item) setPage(resp *fetch.Response, data []byte) {
	it.Data, it.ContentType, it.Cut = data, resp.ContentType, resp.Cut
	it.Fetched, it.ETag, it.LastModified = resp.Fetched, resp.ETag, resp.LastModified
	if resp.Cut {
		it.Fetched, it.ETag, it.LastModified = time.Time{}, "", ""
	}
}

// cutBodyWarning words rule cut-http-body's warning: how much came, and
// why the rest did not.
func cutBodyWarning(resp *fetch.Response, err error) string {
	why := ErrorText(resp.URL, err)
	if d := fetch.Describe(err); d != "" {
		why = d
	}
	return fmt.Sprintf("page body cut short: read its first %d bytes (%s)", len(resp.Body), why)
}

// ErrorText is an item's error in one line, without the repeated item name
// and "lede: " prefixes that wrapping leaves in it.
func ErrorText(name string, err error) string {
	if d := ErrorWords(name, err); d != "" {
		return d
	}
	s := strings.TrimPrefix(err.Error(), "extract "+name+": ")
	s = strings.ReplaceAll(s, "lede: ", "")
	s = strings.TrimPrefix(s, "fetch failed: "+name+": ") // "HTTP 404 Not Found" alone
	s = strings.TrimPrefix(s, name+": ")                  // the line already starts with the name
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// ErrorWords says in words the failures that Go words poorly, for lede
// ingest and lede extract alike: a network failure ("cannot reach HOST:
// host not found ..." rather than the dial error) and a file error on the
// item itself ("no such file or directory" rather than "stat NAME: ...").
// It is "" for any other error.
func ErrorWords(name string, err error) string {
	if d := fetch.Describe(err); d != "" {
		return d
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == name {
		return pe.Err.Error()
	}
	return ""
}

// Succeeded counts the items that did not fail: ingested, updated,
// unchanged, analysed or kept. An outcome added to Summary is added here,
// not to each caller's sum.
func (s *Summary) Succeeded() int {
	return s.Ingested + s.Updated + s.Unchanged + s.Analysed + s.Kept
}

// SortedReasons returns the failure reasons, most frequent first.
func (s *Summary) SortedReasons() []string {
	rs := make([]string, 0, len(s.Reasons))
	for r := range s.Reasons {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool {
		if s.Reasons[rs[i]] != s.Reasons[rs[j]] {
			return s.Reasons[rs[i]] > s.Reasons[rs[j]]
		}
		return rs[i] < rs[j]
	})
	return rs
}
