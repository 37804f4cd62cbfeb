package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// Defaults for reading inputs.
const (
	// DefaultMaxBytes caps one input: the largest real article pages are a few
	// MB; 64 MB leaves room for pages bloated with inline data while keeping
	// memory bounded.
	DefaultMaxBytes = 64 << 20
	// DefaultTimeout bounds one HTTP fetch, connection to last byte.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxRedirects is how many redirects a fetch follows.
	DefaultMaxRedirects = 5
	// UserAgent identifies Lede to the sites it fetches.
	UserAgent = "Lede/0.1 (+https://github.com/lede-news/lede; news extraction)"
)

// Options bound how inputs are read. The zero value uses the defaults.
type Options struct {
	MaxBytes     int64
	Timeout      time.Duration
	MaxRedirects int
	UserAgent    string
	// Client overrides the HTTP client (tests); its redirect policy is kept.
	Client *http.Client
	// Stdin is read for the name "-".
	Stdin io.Reader
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// IsHTTPURL reports whether s is an absolute http(s) URL with a host, the
// form an article's original address takes (lede extract --url, the API's
// ?url=).
func IsHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// IsURL reports whether name looks like a URL rather than a file path.
func IsURL(name string) bool {
	i := strings.Index(name, "://")
	if i <= 0 {
		return false
	}
	for _, c := range name[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// Read reads one input named by a file path, "-" for stdin, or an http(s) URL.
// Inputs larger than the cap fail with model.ErrTooLarge.
func Read(ctx context.Context, name string, opts Options) (model.Input, error) {
	switch {
	case name == "-":
		r := opts.Stdin
		if r == nil {
			r = os.Stdin
		}
		data, err := readSniffed(r, opts.maxBytes(), 0)
		if errors.Is(err, model.ErrBinary) {
			return model.Input{}, err // as the pipeline words it: "-: binary input"
		}
		if err != nil {
			return model.Input{}, fmt.Errorf("read stdin: %w", err)
		}
		in, err := gunzipInput(model.Input{Data: data, Name: "-"}, opts.maxBytes())
		return markCutHTML(in), err
	case IsURL(name):
		return Fetch(ctx, name, opts)
	default:
		in, err := readFile(name, opts.maxBytes())
		if err != nil {
			return in, err
		}
		in, err = gunzipInput(in, opts.maxBytes())
		return markCutHTML(in), err
	}
}

// markCutHTML applies rule cut-plain-html (CutHTML) to a page read from a
// file or stdin that is not already known to be cut (a gzip stream cut
// short): one that stops before its end is marked Input.Cut, with a
// warning, as lede ingest marks it.
func markCutHTML(in model.Input) model.Input {
	if in.Cut {
		return in
	}
	if cut, why := CutHTML(in.Data); cut {
		in.Cut = true
		in.Warnings = append(in.Warnings, "page cut short: "+why)
	}
	return in
}

// gunzipInput applies rule gzip-input: a saved page is often gzipped
// (page.html.gz, a crawler's cache), and it is read decompressed, within the
// same cap on what it decompresses to. A stream cut short (a download
// stopped half-way) gives what it held, often the whole article, with a
// warning and Input.Cut, as lede ingest reads one. A corrupt stream stays
// as it came, for the pipeline to refuse as gzip-compressed; a gzipped
// feed or WARC is decompressed like a page, for the caller to refuse as a
// collection (lede extract: "a WARC archive, not an article").
func gunzipInput(in model.Input, max int64) (model.Input, error) {
	if !bytes.HasPrefix(in.Data, gzipMagic) {
		return in, nil
	}
	out, err := Gunzip(in.Data, max)
	cut := errors.Is(err, ErrGzipCut)
	switch {
	case errors.Is(err, model.ErrTooLarge):
		return model.Input{}, fmt.Errorf("read %s: %w", in.Name, err)
	case err != nil && !cut, len(bytes.TrimSpace(out)) == 0:
		return in, nil
	}
	in.Data = out
	if cut {
		in.Cut = true
		in.Warnings = append(in.Warnings, fmt.Sprintf("gzip stream cut short: read its first %d bytes", len(out)))
	}
	return in, nil
}

// ErrGzipCut is a gzip stream that ends before its end: Gunzip returns it
// with what it decompressed before the cut, which the caller may use.
var ErrGzipCut = errors.New("truncated gzip stream")

// Gunzip decompresses a gzip stream within max bytes of output: more is
// model.ErrTooLarge, a stream cut short ErrGzipCut with its first part, a
// corrupt one an error naming gzip.
func Gunzip(data []byte, max int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, gzipError(err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, max+1))
	switch {
	case int64(len(out)) > max:
		return nil, fmt.Errorf("decompresses to more than %d bytes: %w", max, model.ErrTooLarge)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return out, ErrGzipCut
	case err != nil:
		return nil, gzipError(err)
	}
	return out, nil
}

// gzipError names gzip in err once: compress/gzip's own errors do
// ("gzip: invalid header"), flate's and io's do not.
func gzipError(err error) error {
	if strings.HasPrefix(err.Error(), "gzip: ") {
		return err
	}
	return fmt.Errorf("gzip: %w", err)
}

// gzipMagic opens every gzip stream.
var gzipMagic = []byte("\x1f\x8b")

func readFile(path string, max int64) (model.Input, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return model.Input{}, fmt.Errorf("read %s: %w", path, err)
	}
	if fi.IsDir() {
		return model.Input{}, fmt.Errorf("read %s: %w", path, model.ErrIsDirectory)
	}
	if fi.Size() > max {
		return model.Input{}, fmt.Errorf("read %s: %d bytes, cap is %d: %w", path, fi.Size(), max, model.ErrTooLarge)
	}
	f, err := os.Open(path)
	if err != nil {
		return model.Input{}, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	data, err := readSniffed(f, max, fi.Size())
	if err != nil {
		return model.Input{}, fmt.Errorf("read %s: %w", path, err)
	}
	return model.Input{Data: data, Name: path}, nil
}

// readSniffed is readCapped that reads the first sniffLen bytes first and
// stops there when they are binary (Sniff decides on them alone): a 300 MB
// file of random bytes, read whole under a raised --max-bytes before the
// pipeline refused it, took 624 MB and 1.7 s (lede extract --max-bytes
// 400000000 on it; 20 MB and 0.06 s since). Gzip data is read on: Read
// decompresses it (rule gzip-input). size is readCapped's.
func readSniffed(r io.Reader, max, size int64) ([]byte, error) {
	head := make([]byte, min(int64(sniffLen), max+1))
	n, err := io.ReadFull(r, head)
	head = head[:n]
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	if int64(n) > max {
		return nil, fmt.Errorf("more than %d bytes: %w", max, model.ErrTooLarge)
	}
	if len(head) > 0 && Sniff(head) == FormatBinary && !bytes.HasPrefix(head, gzipMagic) {
		return nil, BinaryError(head)
	}
	if err != nil { // the whole input was shorter than the head
		return head, nil
	}
	return readCapped(io.MultiReader(bytes.NewReader(head), r), max, size)
}

// readCapped reads at most max bytes and fails with ErrTooLarge beyond.
// size is the input's length when known (a file's, an HTTP
// Content-Length), else 0 (rule read-known-size, readSized).
func readCapped(r io.Reader, max, size int64) ([]byte, error) {
	r = io.LimitReader(r, max+1)
	var data []byte
	var err error
	if size > 0 {
		data, err = readSized(r, int(min(size, max)+1))
	} else {
		data, err = io.ReadAll(r)
	}
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("more than %d bytes: %w", max, model.ErrTooLarge)
	}
	return data, nil
}

// readSized is rule read-known-size: io.ReadAll into a buffer of n bytes
// to begin with, one more than the input's known length so that the read
// finding its end needs no growth. io.ReadAll's buffer starts small and
// grows, copying what it read each time: a 60 MB text file allocated 120
// MB to be read (peak RSS of lede extract --max-bytes 200000000 on it,
// /usr/bin/time -v: 406 -> 347 MB; TestReadSized asserts about one buffer
// on 1 MB, 2.2 with io.ReadAll). A length that proves wrong costs only
// growth.
func readSized(r io.Reader, n int) ([]byte, error) {
	b := make([]byte, 0, n)
	for {
		m, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+m]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// Fetch downloads an http(s) URL with a timeout, a size cap, a redirect limit
// and Lede's User-Agent. Other schemes fail with model.ErrUnsupportedScheme.
func Fetch(ctx context.Context, rawURL string, opts Options) (model.Input, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return model.Input{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return model.Input{}, fmt.Errorf("fetch %s: scheme %q: %w", rawURL, u.Scheme, model.ErrUnsupportedScheme)
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	maxRedirects := opts.MaxRedirects
	if maxRedirects <= 0 {
		maxRedirects = DefaultMaxRedirects
	}
	client := &http.Client{Timeout: timeout}
	if opts.Client != nil {
		c := *opts.Client
		client = &c
		if client.Timeout == 0 {
			client.Timeout = timeout
		}
	}
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("stopped after %d redirects", maxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to scheme %q: %w", req.URL.Scheme, model.ErrUnsupportedScheme)
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return model.Input{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	ua := opts.UserAgent
	if ua == "" {
		ua = UserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		if errors.Is(err, model.ErrUnsupportedScheme) {
			return model.Input{}, fmt.Errorf("fetch %s: %w", rawURL, err)
		}
		return model.Input{}, fmt.Errorf("fetch %s: %w: %w", rawURL, err, model.ErrFetch)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return model.Input{}, fmt.Errorf("fetch %s: HTTP %s: %w", rawURL, resp.Status, model.ErrFetch)
	}
	max := opts.maxBytes()
	if resp.ContentLength > max {
		return model.Input{}, fmt.Errorf("fetch %s: %d bytes, cap is %d: %w", rawURL, resp.ContentLength, max, model.ErrTooLarge)
	}
	data, err := readCapped(resp.Body, max, resp.ContentLength)
	if err != nil {
		if errors.Is(err, model.ErrTooLarge) {
			return model.Input{}, fmt.Errorf("fetch %s: %w", rawURL, err)
		}
		return model.Input{}, fmt.Errorf("fetch %s: %w: %w", rawURL, &bodyError{host: u.Host, err: err}, model.ErrFetch)
	}
	return model.Input{
		Data:        data,
		URL:         resp.Request.URL.String(),
		ContentType: resp.Header.Get("Content-Type"),
		Name:        rawURL,
	}, nil
}

// bodyError is a failure reading a response's body after its headers came
// (a page sent a byte at a time until the timeout): fetch.Describe reads it
// through its BodyHost method to say "HOST sent the page too slowly" rather
// than "did not answer".
type bodyError struct {
	host string
	err  error
}

func (e *bodyError) Error() string    { return "reading body: " + e.err.Error() }
func (e *bodyError) Unwrap() error    { return e.err }
func (e *bodyError) BodyHost() string { return e.host }
