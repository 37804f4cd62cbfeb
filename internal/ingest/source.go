// Package ingest reads article sources — files and folders of HTML, text and
// JSON lines, WARC archives, RSS/Atom/JSON feeds, sitemaps, lists of URLs and
// URLs themselves — into items, extracts them in parallel, and stores them
// in batches through one writer. A bad item gives a per-item error and the
// rest goes on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/lede-news/lede/internal/fetch"
	"github.com/lede-news/lede/internal/input"
	"github.com/lede-news/lede/internal/model"
)

// Item is one article to ingest, or the error met reading it.
type Item struct {
	// Name labels the item in messages: a path, path:line, path#offset, a URL.
	Name string
	// URL is the article's address, when known.
	URL         string
	Data        []byte
	ContentType string
	// Fetched is when the page was captured (WARC-Date, fetch time).
	Fetched time.Time
	// Fetch asks the worker to fetch URL (Data is empty).
	Fetch bool
	// Fallback is a page to use when fetching fails (built from a feed
	// item's own content).
	Fallback []byte
	// ETag and LastModified are the validators of a fetched page.
	ETag, LastModified string
	// Changed is when the source says the page last changed (a sitemap's
	// lastmod): a copy fetched after it is not fetched again.
	Changed time.Time
	// Err is why the item could not be read; the item then fails.
	Err error
	// Warnings are what went wrong reading an item that is still read (a
	// gzipped page cut short); they join the article's warnings.
	Warnings []string
	// Cut says Data (or Fallback) ends before the page did: a gzipped page
	// cut short, the entry a broken feed breaks off in. The article is
	// then marked model.SourceInfo.Cut, and the store keeps a complete
	// copy stored before current (store.Kept).
	Cut bool
	// Record is an article Lede already wrote (`lede export`, `lede
	// extract --format json`), read from JSON (rule lede-record): it is
	// stored as it is, and analysed again unless the run does not
	// analyse. Data then holds its text, for the content hash.
	Record *model.Article
	// Meta is what a JSON line said of the article besides its page
	// (rule jsonl-metadata): it fills what extraction leaves empty.
	Meta *Meta
	// load, if set, produces Data: a payload whose decoding is left to the
	// worker that takes the item (see Load).
	load func() ([]byte, error)
}

// Load finishes an item whose payload was left undecoded by the reader (a
// WARC record's HTTP body: Run decodes it in its parallel workers rather
// than on the one goroutine that reads the archive). Afterwards Data is
// set, or Err says why it could not be. It does nothing on other items.
func (it *Item) Load() {
	if it.load == nil {
		return
	}
	it.Data, it.Err = it.load()
	it.load = nil
}

// Kind is a source format.
type Kind int

// Source kinds.
const (
	KindPage    Kind = iota // one HTML page or plain text
	KindJSONL               // JSON lines of {url, html|text, ...}
	KindWARC                // WARC or WARC.gz
	KindFeed                // RSS, Atom or JSON Feed
	KindSitemap             // sitemap or sitemap index
	KindURLList             // a file of URLs, one a line
)

func (k Kind) String() string {
	return [...]string{"page", "jsonl", "warc", "feed", "sitemap", "url list"}[k]
}

// Limits on what is read.
const (
	// DefaultMaxBytes caps one page, record or JSON line: news pages are a
	// few hundred KB, the largest a few MB.
	DefaultMaxBytes = 16 << 20
	// maxSitemapBytes is the sitemap protocol's own limit (50 MB uncompressed),
	// which also bounds a gzip bomb.
	maxSitemapBytes = 50 << 20
	// maxSitemapDepth bounds index → index → ... chains (real sites use one level).
	maxSitemapDepth = 5
	// SniffLen is how much of a file Detect looks at: give it this many
	// first bytes (it takes the last line of a head this long as cut off).
	SniffLen = 4096
)

// Errors of sources.
var (
	// ErrFormat: the source is not in the format it claims or seems to be.
	ErrFormat = errors.New("malformed source")
	// ErrLoop: a sitemap index refers back to a sitemap already read.
	ErrLoop = errors.New("sitemap loop")
)

// Reader turns sources into items.
type Reader struct {
	// Fetcher fetches URLs (sources, feed and sitemap targets); nil refuses them.
	Fetcher *fetch.Fetcher
	// MaxBytes caps one page, record or line (default DefaultMaxBytes).
	MaxBytes int64
	// NoFollow ingests feed items from their own content instead of
	// fetching their pages.
	NoFollow bool
	// Stdin is read for the source "-" (any kind a file may be: a page,
	// JSON lines, a WARC, a feed, a list of URLs); nil leaves "-" a file name.
	Stdin io.Reader

	// total and done count the bytes of local sources, for progress.
	total, done atomic.Int64
}

// Progress reports how many bytes of the local sources have been read, of
// how many (0 total when unknown: URLs only). Safe to call while Read runs.
func (r *Reader) Progress() (done, total int64) { return r.done.Load(), r.total.Load() }

// countingReader adds what it reads to a counter.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// sizeOf sums the sizes of the files a local source holds (those readPath
// reads).
func sizeOf(path string) int64 {
	var n int64
	walkSource(path, func(_ string, d fs.DirEntry, err error) error {
		if err == nil {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return r.MaxBytes
}

// emitFunc receives items; an error (the context ended) stops reading.
type emitFunc func(Item) error

// Read reads every source in order and emits its items.
func (r *Reader) Read(ctx context.Context, sources []string, emit func(Item) error) error {
	for _, src := range sources {
		if !isURL(src) {
			r.total.Add(sizeOf(src))
		}
	}
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case src == "-" && r.Stdin != nil:
			err = r.readFrom(ctx, src, r.Stdin, emit)
		case isURL(src):
			err = r.readURL(ctx, src, emit, map[string]bool{}, 0)
		default:
			err = r.readPath(ctx, src, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// skipExt are file types a folder walk passes over silently: pictures,
// styles, scripts and archives sit beside saved pages but are no articles.
var skipExt = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".svg": true, ".ico": true,
	".css": true, ".js": true, ".mjs": true, ".map": true, ".woff": true, ".woff2": true, ".ttf": true,
	".pdf": true, ".zip": true, ".mp4": true, ".mp3": true, ".webm": true, ".db": true, ".db-wal": true, ".db-shm": true,
	".md": true,
}

// readPath reads a file, or every file of a folder tree (see walkSource).
func (r *Reader) readPath(ctx context.Context, path string, emit emitFunc) error {
	if _, err := os.Stat(path); err != nil {
		return emit(Item{Name: path, Err: err})
	}
	return walkSource(path, func(p string, _ fs.DirEntry, err error) error {
		if err != nil {
			return emit(Item{Name: p, Err: err})
		}
		return r.readFile(ctx, p, emit)
	})
}

// walkSource calls fn for path when it is a file, or for every file of the
// folder tree at path, leaving out hidden entries and skipExt types; fn
// also gets the errors of the walk (with a nil entry).
//
// A symlink the user names is followed (a folder of pages linked in from
// elsewhere); symlinks to folders inside the tree are not, as find does
// not, so a link back up the tree cannot loop.
func walkSource(path string, fn func(p string, d fs.DirEntry, err error) error) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() && !strings.HasSuffix(path, string(filepath.Separator)) {
		if li, err := os.Lstat(path); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			path += string(filepath.Separator) // WalkDir does not follow its root; "link/" resolves it
		}
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fn(p, nil, err)
		}
		if p == path && !d.IsDir() {
			return fn(p, d, nil) // a file named by the user is read whatever its type
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err == nil && fi.IsDir() {
				return nil
			}
			if err == nil {
				mode = fi.Mode().Type()
			}
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && p != path {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || skipExt[strings.ToLower(filepath.Ext(name))] {
			return nil
		}
		if mode&irregularFile != 0 {
			return fn(p, nil, fmt.Errorf("%w: %s, not a regular file: skipped", ErrFormat, irregularKind(mode)))
		}
		return fn(p, d, nil)
	})
}

// irregularFile are the file types a folder walk does not open: reading a
// named pipe blocks until a writer comes (lede ingest of a folder holding
// one hung for good), a socket cannot be opened, and a device is no page.
// A pipe the user names himself (lede ingest <(zcat pages.warc.gz)) is read.
const irregularFile = fs.ModeNamedPipe | fs.ModeSocket | fs.ModeDevice | fs.ModeCharDevice | fs.ModeIrregular

// irregularKind names an irregular file type for the message.
func irregularKind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "a device"
	}
	return "an irregular file"
}

func (r *Reader) readFile(ctx context.Context, path string, emit emitFunc) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Name: path, Err: err})
	}
	defer f.Close()
	return r.readFrom(ctx, path, f, emit)
}

// readFrom reads one file's content (or stdin's) named path, whatever its kind.
func (r *Reader) readFrom(ctx context.Context, path string, f io.Reader, emit emitFunc) error {
	br := bufio.NewReaderSize(countingReader{f, &r.done}, jsonHead)
	head, _ := br.Peek(SniffLen)
	kind := Detect(path, head)
	if kind == KindJSONL && !jsonlName(path) {
		// Rule json-then-text, over a longer head than Detect's.
		if b, _ := br.Peek(jsonHead); jsonThenText(trimLead(b)) {
			kind = KindPage
		}
	}
	switch kind {
	case KindWARC:
		return r.readWARC(ctx, path, br, emit)
	case KindJSONL:
		return r.readJSONL(ctx, path, br, emit)
	}
	if isGzip(head) && gzippedJSONL(path, peekAll(br, jsonHead)) {
		// Rule gzip-jsonl: JSON lines gzipped (records.jsonl.gz, as
		// exporters write them) are read line by line as they
		// decompress, like JSON lines: read whole and then looked at
		// again, they were one page of JSON text, and cut short they
		// were an error that kept none of the records before the cut.
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emit(Item{Name: path, Err: fmt.Errorf("%w: %v", ErrFormat, err)})
		}
		return r.readJSONL(ctx, path, bufio.NewReaderSize(gzipCutReader{zr}, jsonHead), emit)
	}
	data, err := readAllCapped(br, r.maxBytes(), kind)
	if err != nil {
		return emit(Item{Name: path, Err: err})
	}
	var (
		warnings []string
		cut      bool
	)
	if isGzip(data) {
		// A gzipped sitemap, feed or page: look again inside.
		out, err := gunzip(data, r.gzipCap())
		// Rule cut-gzip-page: a gzipped page or feed cut short (a
		// download stopped half-way) still holds its first part, often
		// the whole article; it is read with a warning (a feed by
		// salvageFeed). A sitemap or URL list cut short stays an error:
		// its last address may be cut too.
		cut = errors.Is(err, errGzipCut) && len(bytes.TrimSpace(out)) > 0
		if err != nil && !cut {
			return emit(Item{Name: path, Err: err})
		}
		kind = Detect(strings.TrimSuffix(path, ".gz"), out)
		if err := r.overCap(kind, len(out)); err != nil {
			return emit(Item{Name: path, Err: err})
		}
		if cut {
			if kind != KindPage && kind != KindFeed {
				return emit(Item{Name: path, Err: err})
			}
			warnings = append(warnings, fmt.Sprintf("gzip stream cut short: read its first %d bytes", len(out)))
		}
		data = out
	}
	switch kind {
	case KindFeed:
		return r.readFeed(ctx, path, "", data, emit)
	case KindSitemap:
		return r.readSitemap(ctx, path, "", data, emit, map[string]bool{}, 0)
	case KindURLList:
		return r.readURLList(ctx, path, data, emit)
	}
	return emit(Item{Name: path, Data: data, Warnings: warnings, Cut: cut})
}

// readAllCapped reads a whole file within the cap (sitemaps have their own, larger one).
func readAllCapped(rd io.Reader, max int64, kind Kind) ([]byte, error) {
	if kind == KindSitemap {
		max = maxSitemapBytes
	}
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		if kind == KindSitemap {
			return nil, fmt.Errorf("%w: over the sitemap protocol's %s", model.ErrTooLarge, fetch.ByteSize(max))
		}
		return nil, fmt.Errorf("%w: over the %s cap (--max-bytes raises it)", model.ErrTooLarge, fetch.ByteSize(max))
	}
	return data, nil
}

// gzipCap bounds what a gzipped source may decompress to before it is
// known what it holds: a sitemap's protocol limit, or --max-bytes if the
// user raised it past that (rule gzip-max-bytes then holds a page to it).
func (r *Reader) gzipCap() int64 { return max(maxSitemapBytes, r.maxBytes()) }

// overCap is rule gzip-max-bytes: a gzipped page, feed or URL list is held
// to --max-bytes once decompressed, as the same file plain is (a saved
// page of 30 MB went in gzipped and was refused plain); a sitemap keeps
// the protocol's 50 MB, as plain. It is nil within the cap.
func (r *Reader) overCap(kind Kind, n int) error {
	if kind == KindSitemap || int64(n) <= r.maxBytes() {
		return nil
	}
	return fmt.Errorf("%w: decompresses to over the %s cap (--max-bytes raises it)", model.ErrTooLarge, fetch.ByteSize(r.maxBytes()))
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// gzippedJSONL reports whether a gzipped source (head: its first bytes)
// holds JSON lines, by its name without ".gz" or what its first bytes
// decompress to (rule gzip-jsonl). Rule gzip-json-then-text: without a
// JSON lines name, the decompressed head (jsonHead bytes at most) is put
// to rule json-then-text as a plain source's is in readFrom: a gzipped
// text that opens with a page's JSON blob longer than SniffLen was read
// as JSON lines, each paragraph a failed item, and nothing stored.
func gzippedJSONL(path string, head []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	inner := make([]byte, jsonHead)
	n, _ := io.ReadFull(zr, inner)
	inner = inner[:n]
	name := strings.TrimSuffix(strings.TrimSuffix(path, ".gz"), ".GZ")
	if Detect(name, inner[:min(n, SniffLen)]) != KindJSONL {
		return false
	}
	return jsonlName(name) || !jsonThenText(trimLead(inner))
}

// peekAll returns up to n first bytes of br without consuming them (all
// of a shorter source; n at most br's size).
func peekAll(br *bufio.Reader, n int) []byte {
	b, _ := br.Peek(n)
	return b
}

// gzipCutReader names a gzip stream's early end errGzipCut.
type gzipCutReader struct{ r io.Reader }

func (g gzipCutReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errGzipCut
	}
	return n, err
}

// errGzipCut is a gzip stream that ends before its end.
var errGzipCut = fmt.Errorf("%w: %w", ErrFormat, input.ErrGzipCut)

// gunzip decompresses within a cap (input.Gunzip, in ingest's words). A
// truncated stream is an error (errGzipCut), returned with what was
// decompressed before the cut, which the caller may use.
func gunzip(data []byte, max int64) ([]byte, error) {
	out, err := input.Gunzip(data, max)
	switch {
	case errors.Is(err, input.ErrGzipCut):
		return out, errGzipCut
	case errors.Is(err, model.ErrTooLarge):
		return nil, fmt.Errorf("%w: decompresses to over %s", model.ErrTooLarge, fetch.ByteSize(max))
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return out, nil
}

// readURL fetches a URL given as a source (or a child sitemap) and reads it
// by what it turns out to be.
func (r *Reader) readURL(ctx context.Context, u string, emit emitFunc, seen map[string]bool, depth int) error {
	if r.Fetcher == nil {
		return emit(Item{Name: u, URL: u, Err: fmt.Errorf("%w: fetching is off", model.ErrFetch)})
	}
	resp, err := r.Fetcher.Fetch(ctx, fetch.Request{URL: u})
	var warnings []string
	if err != nil && resp != nil && resp.Cut && ctx.Err() == nil && !isGzip(resp.Body) && Detect(resp.URL, resp.Body) == KindPage {
		// Rule cut-http-body (see process): a page whose body broke off
		// is read as far as it goes, marked cut; a feed or sitemap so
		// cut still fails, its last entry or address may be cut too.
		warnings, err = []string{cutBodyWarning(resp, err)}, nil
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return emit(Item{Name: u, URL: u, Err: err})
	}
	data := resp.Body
	if isGzip(data) {
		if data, err = gunzip(data, r.gzipCap()); err != nil {
			return emit(Item{Name: u, URL: u, Err: err})
		}
		if err := r.overCap(Detect(resp.URL, data), len(data)); err != nil {
			return emit(Item{Name: u, URL: u, Err: err})
		}
	}
	switch Detect(resp.URL, data) {
	case KindFeed:
		return r.readFeed(ctx, u, resp.URL, data, emit)
	case KindSitemap:
		return r.readSitemap(ctx, u, resp.URL, data, emit, seen, depth)
	}
	it := Item{Name: u, URL: resp.URL, Warnings: warnings}
	it.setPage(resp, data)
	return emit(it)
}

func (r *Reader) readURLList(ctx context.Context, path string, data []byte, emit emitFunc) error {
	// Rule url-list-bom: a list saved "UTF-8 with BOM" (Notepad, a
	// spreadsheet's export) opens with a byte-order mark, which Detect
	// passes over; left on, it made the first address no URL, one
	// article lost.
	data = bytes.TrimPrefix(data, utf8BOM)
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !isURL(line) {
			if err := emit(Item{Name: fmt.Sprintf("%s:%d", path, i+1), Err: fmt.Errorf("%w: not an http(s) URL: %q", ErrFormat, clip(line, 80))}); err != nil {
				return err
			}
			continue
		}
		if err := emit(Item{Name: line, URL: line, Fetch: true}); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// resolve makes a link absolute against base; a link that is no http(s) URL gives "".
func resolve(base, link string) string {
	link = strings.TrimSpace(link)
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != "" {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		u = b.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
