// Package fetch is Lede's polite HTTP fetcher: it obeys robots.txt, keeps a
// delay and a concurrency limit per host, times out, caps response sizes,
// retries 429 and 5xx with backoff, sends conditional GETs, names itself in
// its User-Agent, and refuses private, loopback and link-local addresses
// (checked on the address actually dialed, so DNS cannot smuggle them in)
// unless AllowPrivate.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/lede-news/lede/internal/model"
)

// Defaults for Options' zero values.
const (
	// DefaultUserAgent names the crawler and where to read about it.
	DefaultUserAgent = "LedeBot/0.1 (+https://github.com/lede-news/lede)"
	// robotsAgent is the token matched against robots.txt User-agent lines.
	robotsAgent = "LedeBot"
	// DefaultTimeout bounds one attempt, headers and body: generous for a
	// news page of a few hundred KB on a slow link.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxBytes caps a response body: the largest news pages are a
	// few MB; anything bigger is a file, not an article.
	DefaultMaxBytes = 16 << 20
	// DefaultDelay is the pause between two request starts to one host,
	// the usual crawler courtesy of one request per second.
	DefaultDelay = time.Second
	// DefaultPerHost is how many requests may run at once against one host.
	DefaultPerHost = 2
	// DefaultRetries is how many times a 429, 5xx or dropped connection is retried.
	DefaultRetries = 3
	// DefaultBackoff is the first retry's wait; each next one doubles it.
	DefaultBackoff = time.Second
	// maxCrawlDelay caps a robots.txt Crawl-delay (some sites ask for minutes).
	maxCrawlDelay = 30 * time.Second
	// maxRetryAfter caps a server's Retry-After.
	maxRetryAfter = time.Minute
	// maxRedirects is what browsers allow, about.
	maxRedirects = 10
	// robotsMaxBytes caps robots.txt (Google reads the first 500 KiB).
	robotsMaxBytes = 500 << 10
)

// Errors, each also wrapping model.ErrFetch (or model.ErrTooLarge).
var (
	// ErrRobots: robots.txt disallows the URL for our agent.
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrPrivate: the host resolves to a private, loopback or link-local address.
	ErrPrivate = errors.New("refused private, loopback or link-local address")
)

// Options configure a Fetcher; zero values take the defaults above.
type Options struct {
	UserAgent string
	Timeout   time.Duration
	MaxBytes  int64
	// Delay between request starts to one host; negative means none.
	Delay   time.Duration
	PerHost int
	// Retries after the first attempt; negative means none.
	Retries int
	Backoff time.Duration
	// AllowPrivate permits private, loopback and link-local addresses
	// (for tests and intranets).
	AllowPrivate bool
	// IgnoreRobots skips robots.txt (only for sites you own).
	IgnoreRobots bool
}

func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Delay == 0 {
		o.Delay = DefaultDelay
	} else if o.Delay < 0 {
		o.Delay = 0
	}
	if o.PerHost <= 0 {
		o.PerHost = DefaultPerHost
	}
	if o.Retries == 0 {
		o.Retries = DefaultRetries
	} else if o.Retries < 0 {
		o.Retries = 0
	}
	if o.Backoff <= 0 {
		o.Backoff = DefaultBackoff
	}
	return o
}

// Request is one GET, with the validators of a copy already held.
type Request struct {
	URL          string
	ETag         string
	LastModified string
}

// Response is a fetched page.
type Response struct {
	// URL is the final URL after redirects.
	URL          string
	Status       int
	ContentType  string
	Body         []byte
	ETag         string
	LastModified string
	// NotModified is set when the server answered 304 to a conditional GET (Body is empty).
	NotModified bool
	Fetched     time.Time
	// Cut is set on the Response Fetch returns beside its error when the
	// body broke off after some bytes (shorter than its Content-Length, a
	// read error mid-body) on the last attempt: Body holds what came, for
	// a caller that can use a page cut short (lede ingest marks it cut).
	Cut bool
}

// Fetcher fetches URLs politely. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
	// robotsClient reads robots.txt; it has no robots check on redirects,
	// which could otherwise wait on the robots.txt being read.
	robotsClient *http.Client
	mu           sync.Mutex
	hosts        map[string]*host
}

// host is the per-host state: a concurrency semaphore, the next allowed
// start time, and the robots.txt rules once read.
type host struct {
	sem        chan struct{}
	mu         sync.Mutex
	next       time.Time
	robotsOnce sync.Once
	// robotsRead is closed once robots.txt was read (or found missing);
	// robots and crawlDelay are set before.
	robotsRead chan struct{}
	robots     *robotstxt.Group
	crawlDelay time.Duration
}

// New returns a Fetcher.
func New(o Options) *Fetcher {
	o = o.withDefaults()
	f := &Fetcher{opts: o, hosts: map[string]*host{}}
	tr := transport(o.AllowPrivate, o.PerHost, o.Timeout)
	f.client = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("%w (stopped after %d)", errRedirects, maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: %w", req.URL, model.ErrUnsupportedScheme)
			}
			if ok, err := f.allowed(req.Context(), req.URL); err != nil {
				return err
			} else if !ok {
				return fmt.Errorf("redirect to %s: %w", req.URL, ErrRobots)
			}
			return nil
		},
	}
	f.robotsClient = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("%w (stopped after %d)", errRedirects, maxRedirects)
			}
			return nil
		},
	}
	return f
}

// Client returns an HTTP client for a one-off fetch (lede extract URL)
// that refuses private, loopback and link-local addresses as a Fetcher
// does, unless allowPrivate: the check runs on every dial, redirects
// included, with the address actually connected to. It has no robots.txt,
// delay or size cap: the caller reads one page a person asked for.
func Client(allowPrivate bool) *http.Client {
	return &http.Client{Transport: transport(allowPrivate, DefaultPerHost, DefaultTimeout)}
}

// transport is the HTTP transport of Fetcher and Client.
func transport(allowPrivate bool, perHost int, timeout time.Duration) *http.Transport {
	control := checkAddr
	if allowPrivate {
		control = nil
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: control}
	return &http.Transport{
		Proxy:                 nil, // a proxy would hide the address we must check
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   perHost,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
	}
}

// checkAddr runs on every dial with the IP actually connected to.
func checkAddr(network, address string, _ syscall.RawConn) error {
	h, _, err := net.SplitHostPort(address)
	if err != nil {
		h = address
	}
	ip := net.ParseIP(h)
	if IsPrivate(ip) {
		return fmt.Errorf("%w: %s", ErrPrivate, h)
	}
	return nil
}

// cgnat is the carrier-grade NAT range (RFC 6598), private in practice.
var cgnat = &net.IPNet{IP: net.IPv4(100, 64, 0, 0), Mask: net.CIDRMask(10, 32)}

// IsPrivate reports whether ip must not be fetched from the open web:
// loopback, private (RFC 1918, fc00::/7), link-local (169.254/16 holds cloud
// metadata services), unspecified, multicast, CGNAT; nil counts as private.
func IsPrivate(ip net.IP) bool {
	return ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || cgnat.Contains(ip)
}

func (f *Fetcher) host(u *url.URL) *host {
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		h = &host{sem: make(chan struct{}, f.opts.PerHost), robotsRead: make(chan struct{})}
		f.hosts[key] = h
	}
	return h
}

// allowed reports whether robots.txt lets us fetch u, reading it once per
// host; the error is ctx's when it ended first.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) (bool, error) {
	if f.opts.IgnoreRobots {
		return true, nil
	}
	h := f.host(u)
	// The first caller reads robots.txt for every caller of the host, so
	// the read runs apart from its context; each caller waits for it only
	// while its own context lasts (a Ctrl-C waited out the robots.txt
	// timeout of a host that does not answer).
	h.robotsOnce.Do(func() { go f.readRobots(context.WithoutCancel(ctx), h, u) })
	select {
	case <-h.robotsRead:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	if h.robots == nil {
		return true, nil
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return h.robots.Test(p), nil
}

// readRobots reads the host's robots.txt into h and closes h.robotsRead.
func (f *Fetcher) readRobots(ctx context.Context, h *host, u *url.URL) {
	defer close(h.robotsRead)
	rctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	resp, err := f.robotsClient.Do(req)
	if err != nil {
		return // unreachable: the page fetch will report it
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
	rd, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return
	}
	h.robots = rd.FindGroup(robotsAgent)
	if h.robots != nil {
		h.crawlDelay = min(h.robots.CrawlDelay, maxCrawlDelay)
	}
}

// acquire waits for a free slot on the host and for its delay to pass.
func (f *Fetcher) acquire(ctx context.Context, h *host) (release func(), err error) {
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release = func() { <-h.sem }
	delay := max(f.opts.Delay, h.crawlDelay)
	h.mu.Lock()
	now := time.Now()
	start := h.next
	if start.Before(now) {
		start = now
	}
	h.next = start.Add(delay)
	h.mu.Unlock()
	if wait := time.Until(start); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			release()
			return nil, ctx.Err()
		}
	}
	return release, nil
}

// fetchError is a failed attempt, with whether another is worth it.
type fetchError struct {
	err        error
	retry      bool
	retryAfter time.Duration
}

func (e *fetchError) Error() string { return e.err.Error() }
func (e *fetchError) Unwrap() error { return e.err }

// ByteSize is a byte count as people read it ("16 MiB", "1.5 KiB", "93.1
// GiB", "100 bytes"): "over the 16777216-byte cap" left the user counting
// digits. Every size cap message says its sizes with it (fetch, ingest, lede
// extract).
func ByteSize(n int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0") + " " + units[i]
}

// errRedirects is a redirect chain longer than the fetcher follows: a loop,
// most often.
var errRedirects = errors.New("too many redirects (a redirect loop?)")

// Fetch GETs one URL, with robots.txt, politeness, retries and the size cap.
// When the last attempt's body broke off after some bytes, it returns them
// in a Response marked Cut beside the error; otherwise the Response is nil
// on error.
func (f *Fetcher) Fetch(ctx context.Context, r Request) (*Response, error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", model.ErrFetch, r.URL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%s: %w", r.URL, model.ErrUnsupportedScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%w: %s: no host", model.ErrFetch, r.URL)
	}
	if ok, err := f.allowed(ctx, u); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", model.ErrFetch, r.URL, err)
	} else if !ok {
		return nil, fmt.Errorf("%w: %s: %w", model.ErrFetch, r.URL, ErrRobots)
	}
	h := f.host(u)
	backoff := f.opts.Backoff
	for attempt := 0; ; attempt++ {
		release, err := f.acquire(ctx, h)
		if err != nil {
			return nil, err
		}
		resp, err := f.once(ctx, r)
		release()
		if err == nil {
			return resp, nil
		}
		var fe *fetchError
		if !errors.As(err, &fe) || !fe.retry || attempt >= f.opts.Retries || ctx.Err() != nil {
			if errors.Is(err, model.ErrTooLarge) {
				return nil, fmt.Errorf("%s: %w", r.URL, err)
			}
			// resp is nil here but for a body cut short (once's partial
			// Response, marked Cut).
			if attempt > 0 {
				return resp, fmt.Errorf("%w: %s: %w (after %d attempts)", model.ErrFetch, r.URL, err, attempt+1)
			}
			return resp, fmt.Errorf("%w: %s: %w", model.ErrFetch, r.URL, err)
		}
		wait := backoff + rand.N(backoff/2+1) // jitter spreads retries of many workers
		if fe.retryAfter > 0 {
			wait = min(fe.retryAfter, maxRetryAfter)
		}
		backoff *= 2
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		}
	}
}

// once makes one attempt.
func (f *Fetcher) once(ctx context.Context, r Request) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.URL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		// Refusals and robots are final; a dropped or refused connection may pass.
		if errors.Is(err, ErrPrivate) || errors.Is(err, ErrRobots) || errors.Is(err, model.ErrUnsupportedScheme) {
			return nil, &fetchError{err: err}
		}
		// A name that does not resolve will not resolve in a second either;
		// nor will a redirect loop unwind (retried, TestFetchRedirectLoop's
		// loop took 40 requests, 4 attempts of 10).
		var dns *net.DNSError
		if errors.As(err, &dns) && dns.IsNotFound || errors.Is(err, errRedirects) {
			return nil, &fetchError{err: err}
		}
		var ne net.Error
		timeout := errors.As(err, &ne) && ne.Timeout()
		return nil, &fetchError{err: err, retry: !timeout && ctx.Err() == nil}
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Fetched:      time.Now().UTC(),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &fetchError{err: fmt.Errorf("HTTP %s", resp.Status), retry: true, retryAfter: retryAfter(resp.Header.Get("Retry-After"))}
	case resp.StatusCode >= 300:
		return nil, &fetchError{err: fmt.Errorf("HTTP %s", resp.Status)}
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, &fetchError{err: fmt.Errorf("%w: the page is %s, over the %s cap (--max-bytes raises it)", model.ErrTooLarge, ByteSize(resp.ContentLength), ByteSize(f.opts.MaxBytes))}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		var ne net.Error
		timeout := errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded)
		var partial *Response
		if len(body) > 0 && int64(len(body)) <= f.opts.MaxBytes {
			out.Body, out.Cut = body, true
			partial = out
		}
		return partial, &fetchError{err: &bodyError{host: req.URL.Host, err: err}, retry: !timeout && ctx.Err() == nil}
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, &fetchError{err: fmt.Errorf("%w: the page is over the %s cap (--max-bytes raises it)", model.ErrTooLarge, ByteSize(f.opts.MaxBytes))}
	}
	out.Body = body
	return out, nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}
