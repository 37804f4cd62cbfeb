// Package server is Lede's HTTP JSON API over a corpus store (lede serve):
// a small, read-mostly API for programs that would otherwise shell out to
// the lede command. Every endpoint answers with the same JSON records the
// command prints with --json (built by package query, which both call):
//
//	GET  /api/search?q=&limit=&since=&until=&outlet=&person=   lede search --json
//	GET  /api/articles/{id}[?versions=true]                      lede show [--versions]
//	GET  /api/articles?url=                                      lede show URL
//	GET  /api/articles?outlet=&since=&until=&limit=&cursor=      lede list --json: newest first, a page at a time
//	GET  /api/articles/{id}/copies                               lede copies --json
//	GET  /api/stories?since=&min=&limit=                         lede stories --json, as {"stories": [...]}
//	GET  /api/stories/{id}                                       lede story --json
//	GET  /api/quotes?speaker=&limit=                             lede quotes --json, as {"quotes": [...]}
//	GET  /api/stats                                              lede stats --json
//	POST /api/extract[?url=&comments=&no_analysis=]              lede extract of the request body
//	GET  /healthz
//
// Errors are {"error": "..."} with the status that fits: 400 for a bad
// parameter or input, 404 for an unknown id or path, 405 for a wrong
// method, 413 for a body over the cap, 415 for a binary body, 422 for a
// body with no article or a collection of them, 503 for a store that
// cannot be read (/healthz), a client that gave up or a request over
// Options.RequestTimeout, 500 (its cause logged, not told) for anything
// else; 401 for a missing or wrong token, 429 (with Retry-After) for a
// client that sent too many wrong tokens, 403 for a CORS preflight
// from an origin not allowed or (Options.LocalOnly) a request to a host
// name not this machine's. POST /api/extract reads the page from the body and
// never fetches a URL: ?url= only names the page's original address.
//
// Access: with Options.Token every request but GET /healthz must carry
// "Authorization: Bearer TOKEN" (401 otherwise, with WWW-Authenticate);
// with Options.CORSOrigins the pages of those origins may call the API
// from a browser (preflights answered, 403 for other origins). A store
// that cannot be written (Options.ReadOnly, or a refresh that fails) has
// its story endpoints answer from the stories stored, with an
// X-Lede-Warning header when those may be stale, never a 500 for that.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/netip"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/ingest"
	"github.com/lede-news/lede/internal/input"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/pipeline"
	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
)

const (
	// DefaultMaxBody caps the body of POST /api/extract: 16 MiB holds the
	// largest real article pages (a few MB with inline scripts and images)
	// with room to spare, a quarter of lede extract's file cap because a
	// server reads several bodies at once.
	DefaultMaxBody = 16 << 20
	// DefaultMaxLimit caps ?limit= on every list: 500 search hits or
	// quotations is several megabytes of JSON already; a caller wanting
	// the whole corpus uses lede export.
	DefaultMaxLimit = 500
	// DefaultListLimit is the number of stories or quotations a list gives
	// without ?limit= (search gives store.DefaultLimit hits, as the CLI).
	DefaultListLimit = 50
	// MaxQueryBytes caps /api/search?q=: a search's cost grows with its
	// words (prefix words most), so a few clients sending the longest URLs
	// the server reads could keep the CPUs busy; real searches are a few
	// words. Measured on the 8-article examples/story store (lede ingest
	// --db q.db examples/story; lede serve --db q.db built with the cap
	// lifted; curl -w '%{time_total}' of q=ab0*+ab1*+... N bytes long):
	// 1,000 bytes 12 ms, 8 KB 0.11 s, 50 KB 0.7 s on the shared 2-core
	// machine (0.03-0.05, 0.3 and 2.6-5.4 s when it was busier).
	MaxQueryBytes = 1000
)

// Server timeouts (HTTPServer). A client has 10 s to send its headers (a
// slow-headers attack holds a connection for no longer) and a minute for a
// whole request, a 16 MiB body at 2 Mbit/s; two minutes to take the answer
// (a story comparison over a large story, extraction of a dense page on a
// busy machine); idle keep-alive connections close after two minutes.
const (
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = time.Minute
	WriteTimeout      = 2 * time.Minute
	IdleTimeout       = 2 * time.Minute
	// RequestTimeout bounds a request's work (its context) by default: as
	// long as WriteTimeout, past which its answer could not be written
	// anyway; a search or story query still running is interrupted rather
	// than left to run for nobody.
	RequestTimeout = WriteTimeout
)

// Options configure the API. The zero value takes the defaults.
type Options struct {
	// MaxBody caps the request body of POST /api/extract (DefaultMaxBody when 0).
	MaxBody int64
	// MaxLimit caps ?limit= (DefaultMaxLimit when 0).
	MaxLimit int
	// MaxExtracts bounds the extractions run at once, and so the memory
	// bodies take (one per CPU when 0); more requests wait their turn.
	MaxExtracts int
	// Logger gets one line per request (method, path, status, ms) and the
	// causes of 500s; nil logs nothing.
	Logger *slog.Logger
	// Token, when set, is the bearer token every request but GET /healthz
	// must carry (at least MinTokenLen characters).
	Token string
	// CORSOrigins are the origins (https://app.example) whose pages may
	// call the API from a browser, or "*" for any (only without a Token).
	CORSOrigins []string
	// ReadOnly says the store cannot be written (sqlite.OpenReadOnly): the
	// story endpoints never try to bring the stories up to date and answer
	// those stored, with WarningHeader when articles came after them.
	ReadOnly bool
	// LocalOnly answers only requests addressed to a loopback host
	// (localhost, 127.0.0.1, [::1]; 403 otherwise): an API without a token
	// on the loopback address is otherwise open to any web page through
	// DNS rebinding (a name of the attacker's turned to 127.0.0.1, whose
	// answers the browser then lets the page read).
	LocalOnly bool
	// RequestTimeout bounds each request's work (RequestTimeout when 0).
	RequestTimeout time.Duration
	// MaxFailedAuth and FailedAuthWindow bound wrong tokens (with a
	// Token): a client's MaxFailedAuth-th wrong token within
	// FailedAuthWindow of its first gets 429 with Retry-After, as does
	// every request of it until the window closes
	// (DefaultMaxFailedAuth and DefaultFailedAuthWindow when 0).
	MaxFailedAuth    int
	FailedAuthWindow time.Duration
	// TrustedProxies are the addresses of reverse proxies in front of
	// the server: a request from one of them is counted against the
	// client its X-Forwarded-For names (the last address in it that is
	// not a trusted proxy). X-Forwarded-For from anyone else is ignored.
	TrustedProxies []netip.Prefix
}

// WarningHeader carries a warning about an answer that is still given:
// the stories a story endpoint answers from may be stale.
const WarningHeader = "X-Lede-Warning"

// refreshRetry is how long the story endpoints answer from the stored
// stories after a refresh failed, before they try again on an unchanged
// corpus (a new article makes them try at once): a failed refresh of a
// large store costs as much as a good one (seconds), so not on every
// request; five minutes lets a passing failure (a full disk freed) heal.
const refreshRetry = 5 * time.Minute

// api holds the store and the options behind the handler.
type api struct {
	db       *sqlite.DB
	opts     Options
	log      *slog.Logger
	mux      *http.ServeMux
	extracts chan struct{}
	// refresh (a one-slot semaphore) serialises the story endpoints'
	// refresh of copy groups and stories: two requests after an ingest
	// would compute them twice. A channel rather than a mutex so that a
	// request waiting behind a long refresh stops waiting when its client
	// gives up.
	refresh chan struct{}
	// failedState is the corpus state (sqlite.DB.CorpusState) whose
	// refresh failed last, at failedAt; both guarded by refresh.
	failedState string
	failedAt    time.Time
	access      access
}

// New returns the API's handler over db. The handler only reads the store,
// but for the copy groups and stories the story endpoints bring up to date
// (as lede stories does) when articles were added since. The options must
// pass Validate: New panics otherwise, as regexp.MustCompile does (the
// command checks its flags with Validate first).
func New(db *sqlite.DB, opts Options) http.Handler {
	if err := opts.Validate(); err != nil {
		panic("server.New: " + err.Error())
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.MaxLimit <= 0 {
		opts.MaxLimit = DefaultMaxLimit
	}
	if opts.MaxExtracts <= 0 {
		opts.MaxExtracts = runtime.NumCPU()
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = RequestTimeout
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &api{db: db, opts: opts, log: log, mux: http.NewServeMux(), extracts: make(chan struct{}, opts.MaxExtracts), refresh: make(chan struct{}, 1), access: newAccess(opts, log)}
	routes := map[string]func(http.ResponseWriter, *http.Request) error{
		"GET /api/search":               a.search,
		"GET /api/articles":             a.articles,
		"GET /api/articles/{id}":        a.article,
		"GET /api/articles/{id}/copies": a.copies,
		"GET /api/stories":              a.stories,
		"GET /api/stories/{id}":         a.story,
		"GET /api/quotes":               a.quotes,
		"GET /api/stats":                a.stats,
		"POST /api/extract":             a.extract,
		"GET /healthz":                  a.health,
	}
	// The mux answers an unknown path or method in plain text; the API
	// answers in JSON. Each path also gets a pattern without a method
	// (less specific, so it takes only the other methods) answering 405
	// with the Allow header the mux would give, and "/" takes every other
	// path (404). Both are derived from the routes above.
	allowed := map[string][]string{} // path -> its methods
	for pattern, h := range routes {
		a.mux.Handle(pattern, a.handle(h))
		method, path, _ := strings.Cut(pattern, " ")
		allowed[path] = append(allowed[path], method)
		if method == http.MethodGet {
			allowed[path] = append(allowed[path], http.MethodHead) // GET patterns serve HEAD
		}
	}
	tops := map[string]bool{} // the endpoints' first two path segments, for the 404 message
	for path, methods := range allowed {
		slices.Sort(methods)
		a.mux.Handle(path, a.handle(methodNotAllowed(strings.Join(methods, ", "))))
		tops[topPath(path)] = true
	}
	a.mux.Handle("/", a.handle(notFoundPath(strings.Join(slices.Sorted(maps.Keys(tops)), ", "))))
	return a
}

// HTTPServer is an http.Server for h on addr with the package's timeouts.
func HTTPServer(addr string, h http.Handler, log *slog.Logger) *http.Server {
	s := &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    64 << 10, // a URL or query of a few KB is plenty
	}
	if log != nil {
		s.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn)
	}
	return s
}

// ServeHTTP logs the request, turns a panic into a 500, answers CORS
// preflights and checks the token before the endpoints see the request.
func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil { // a bug must not take the server down
			a.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
			if rec.code == 0 {
				writeError(rec, http.StatusInternalServerError, "internal error")
			}
		}
		a.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status(), "ms", time.Since(start).Milliseconds(), "remote", r.RemoteAddr)
	}()
	if a.opts.LocalOnly && !isLoopbackHost(r.Host) {
		writeError(rec, http.StatusForbidden, fmt.Sprintf("host %q: this server answers requests to localhost only (serve with a token to answer other names)", r.Host))
		return
	}
	if a.access.corsAnswer(rec, r) || !a.access.authorized(rec, r) {
		return
	}
	ctx, cancel := context.WithTimeoutCause(r.Context(), a.opts.RequestTimeout, errRequestTimeout)
	defer cancel()
	a.mux.ServeHTTP(rec, r.WithContext(ctx))
}

// methodNotAllowed answers a request for a known path with another method.
func methodNotAllowed(allow string) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		w.Header().Set("Allow", allow)
		return &apiError{http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: method not allowed (allowed: %s)", r.Method, r.URL.Path, allow)}
	}
}

// notFoundPath answers a path no endpoint serves, naming the endpoints.
func notFoundPath(endpoints string) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		return notFound("no endpoint %s (endpoints: %s)", r.URL.Path, endpoints)
	}
}

// topPath is path up to its second segment: /api/articles of
// /api/articles/{id}/copies, /healthz of /healthz.
func topPath(path string) string {
	rest := strings.TrimPrefix(path, "/")
	first, rest, _ := strings.Cut(rest, "/")
	second, _, _ := strings.Cut(rest, "/")
	if first == "" || second == "" {
		return "/" + first
	}
	return "/" + first + "/" + second
}

// handle turns an endpoint's error into its JSON answer.
func (a *api) handle(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			a.fail(w, r, err)
		}
	})
}

// errRequestTimeout is the cause of a request's context ended by
// Options.RequestTimeout.
var errRequestTimeout = errors.New("request timeout")

// apiError is an error told to the client as it is, with its status.
type apiError struct {
	code int
	msg  string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &apiError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// fail answers err: an apiError as it says, the sentinel errors of bad
// input with their status, anything else as a 500 whose cause goes to the
// log only (an SQL error or a file path is no business of the client's).
func (a *api) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	var mb *http.MaxBytesError
	w.Header().Del(WarningHeader) // it spoke of an answer not given
	switch {
	case errors.As(err, &ae):
		writeError(w, ae.code, ae.msg)
	case errors.As(err, &mb): // the body cap (pipeline.Extract never returns model.ErrTooLarge: the body is read here)
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body over the %d-byte cap (lede serve --max-bytes raises it)", a.opts.MaxBody))
	case errors.Is(err, model.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.Is(err, store.ErrEmptyQuery):
		writeError(w, http.StatusBadRequest, "q: the query has no word to look for (an excluded -word, OR, NOT or punctuation alone finds nothing)")
	case errors.Is(err, model.ErrEmpty):
		writeError(w, http.StatusBadRequest, "the body is empty: send an HTML page or a text")
	case errors.Is(err, model.ErrBinary):
		writeError(w, http.StatusUnsupportedMediaType, "the body is binary data, not an HTML page or a text")
	case errors.Is(err, model.ErrNotHTML), errors.Is(err, model.ErrNoContent):
		writeError(w, http.StatusUnprocessableEntity, "no article content found in the body")
	case errors.Is(context.Cause(r.Context()), errRequestTimeout): // ours, not the client's
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("the request took over %v: narrow it (a smaller limit, more precise words)", a.opts.RequestTimeout))
	case r.Context().Err() != nil: // the client went away: nobody reads the answer
		writeError(w, http.StatusServiceUnavailable, "request cancelled")
	default:
		a.log.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

// writeJSON answers v as the CLI's --json prints it.
func writeJSON(w http.ResponseWriter, code int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	// A browser opening an answer runs nothing of it and frames it nowhere.
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	w.WriteHeader(code)
	query.WriteJSON(w, v) // an error here is the client gone: nothing to answer
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, struct {
		Error string `json:"error"`
	}{msg})
}

// limitParam reads ?limit=: def when absent, 1 to MaxLimit otherwise.
func (a *api) limitParam(r *http.Request, def int) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return min(def, a.opts.MaxLimit), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > a.opts.MaxLimit {
		return 0, badRequest("limit %q: want a whole number from 1 to %d", v, a.opts.MaxLimit)
	}
	return n, nil
}

// dayParam reads a date bound (YYYY-MM-DD or RFC 3339) as the CLI's --since and --until.
func dayParam(r *http.Request, name string, end bool) (time.Time, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return time.Time{}, nil
	}
	t, err := store.ParseDay(v, end)
	if err != nil {
		return t, badRequest("%s %q: want YYYY-MM-DD or RFC 3339", name, v)
	}
	return t, nil
}

// boolParam reads a flag parameter: absent is false; "", "1", "true" and
// the like are true ("?comments" alone says it).
func boolParam(r *http.Request, name string) (bool, error) {
	q := r.URL.Query()
	if !q.Has(name) {
		return false, nil
	}
	v := q.Get(name)
	if v == "" {
		return true, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, badRequest("%s %q: want true or false", name, v)
	}
	return b, nil
}

func (a *api) search(w http.ResponseWriter, r *http.Request) error {
	p := r.URL.Query()
	q := store.Query{Text: p.Get("q"), Outlet: p.Get("outlet"), Person: p.Get("person"), MarkStart: query.MarkStart, MarkEnd: query.MarkEnd}
	if q.Text == "" {
		return badRequest("q: give the words to look for (/api/search?q=...)")
	}
	if len(q.Text) > MaxQueryBytes {
		return badRequest("q: %d bytes, over the %d-byte cap: look for fewer words", len(q.Text), MaxQueryBytes)
	}
	var err error
	if q.Limit, q.Since, q.Until, err = a.pageParams(r); err != nil {
		return err
	}
	hits, err := a.db.Search(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, query.SearchJSON(hits))
	return nil
}

// pageParams reads the ?limit=, ?since= and ?until= a search and the
// listing take.
func (a *api) pageParams(r *http.Request) (limit int, since, until time.Time, err error) {
	if limit, err = a.limitParam(r, store.DefaultLimit); err != nil {
		return 0, since, until, err
	}
	if since, err = dayParam(r, "since", false); err != nil {
		return 0, since, until, err
	}
	until, err = dayParam(r, "until", true)
	return limit, since, until, err
}

func (a *api) article(w http.ResponseWriter, r *http.Request) error {
	return a.showArticle(w, r, r.PathValue("id"))
}

// articles answers GET /api/articles: the article stored under ?url=
// when it is given (empty too: an error, as before listings), else a page
// of the listing.
func (a *api) articles(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Has("url") {
		return a.articleByURL(w, r)
	}
	return a.list(w, r)
}

// list answers as lede list --json: {"articles": [...], "next": CURSOR},
// next absent after the last page. ?cursor= is the next of the page before.
func (a *api) list(w http.ResponseWriter, r *http.Request) error {
	p := r.URL.Query()
	q := store.ListQuery{Outlet: p.Get("outlet"), Cursor: p.Get("cursor")}
	var err error
	if q.Limit, q.Since, q.Until, err = a.pageParams(r); err != nil {
		return err
	}
	page, err := a.db.List(r.Context(), q)
	if errors.Is(err, store.ErrBadCursor) {
		return badRequest("cursor %q: not a cursor this listing gave (pass the next of a page as it is)", q.Cursor)
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

func (a *api) articleByURL(w http.ResponseWriter, r *http.Request) error {
	u := r.URL.Query().Get("url")
	if u == "" {
		return badRequest("url: give the article's URL (/api/articles?url=...), or use /api/articles/{id}")
	}
	if !input.IsHTTPURL(u) {
		return badRequest("url %q: want an absolute http(s) URL", u)
	}
	return a.showArticle(w, r, u)
}

// showArticle answers as lede show KEY [--versions].
func (a *api) showArticle(w http.ResponseWriter, r *http.Request, key string) error {
	versions, err := boolParam(r, "versions")
	if err != nil {
		return err
	}
	rec, err := query.Article(r.Context(), a.db, key)
	if errors.Is(err, model.ErrNotFound) {
		return notFound("no article %s", key)
	}
	if err != nil {
		return err
	}
	if !versions {
		writeJSON(w, http.StatusOK, rec.Article)
		return nil
	}
	vs, err := query.VersionsOf(r.Context(), a.db, rec)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, vs)
	return nil
}

// refreshStories brings copy groups and stories up to date, as lede
// stories, story and copies do before they read them. After a large
// ingest that takes a while; a client giving up does not cancel it, or the
// next request would start it over. The requests behind it wait, each as
// long as its client does.
//
// A store that cannot be written (read-only, a full disk) is no reason to
// fail: the endpoints answer from the stories stored, with WarningHeader
// when they may be stale. A failed refresh is logged and not tried again
// on the same corpus for refreshRetry.
func (a *api) refreshStories(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	select {
	case a.refresh <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-a.refresh }()
	state, err := a.db.CorpusState(ctx)
	if err != nil {
		return err
	}
	if a.opts.ReadOnly || (state == a.failedState && time.Since(a.failedAt) < refreshRetry) {
		done, err := a.db.LinksState(ctx)
		if err != nil {
			return err
		}
		if done != state {
			w.Header().Set(WarningHeader, query.StaleWarning)
		}
		return nil
	}
	err = query.Refresh(context.WithoutCancel(ctx), a.db)
	if err == nil {
		a.failedState, a.failedAt = "", time.Time{}
		return nil
	}
	a.log.Warn("stories not brought up to date: answering the stored ones", "err", err)
	a.failedState, a.failedAt = state, time.Now()
	w.Header().Set(WarningHeader, query.StaleWarning)
	return nil
}

func (a *api) copies(w http.ResponseWriter, r *http.Request) error {
	ctx, id := r.Context(), r.PathValue("id")
	if err := a.refreshStories(w, r); err != nil {
		return err
	}
	art, err := query.ResolveArticle(ctx, a.db, id)
	if errors.Is(err, query.ErrStoryGiven) {
		return notFound("%s is a story, not an article: /api/stories/%s shows its copies", id, id)
	}
	if errors.Is(err, model.ErrNotFound) {
		return notFound("no article %s", id)
	}
	if err != nil {
		return err
	}
	rep, err := query.Copies(ctx, a.db, art)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, rep)
	return nil
}

func (a *api) stories(w http.ResponseWriter, r *http.Request) error {
	since, err := dayParam(r, "since", false)
	if err != nil {
		return err
	}
	limit, err := a.limitParam(r, DefaultListLimit)
	if err != nil {
		return err
	}
	minSize := 1
	if v := r.URL.Query().Get("min"); v != "" {
		if minSize, err = strconv.Atoi(v); err != nil || minSize < 1 {
			return badRequest("min %q: want a whole number of articles, 1 or more", v)
		}
	}
	if err := a.refreshStories(w, r); err != nil {
		return err
	}
	list, err := query.Stories(r.Context(), a.db, since, minSize, limit)
	if err != nil {
		return err
	}
	if list == nil {
		list = []model.Story{}
	}
	writeJSON(w, http.StatusOK, struct {
		Stories []model.Story `json:"stories"`
	}{list})
	return nil
}

func (a *api) story(w http.ResponseWriter, r *http.Request) error {
	ctx, id := r.Context(), r.PathValue("id")
	if err := a.refreshStories(w, r); err != nil {
		return err
	}
	st, err := query.FindStory(ctx, a.db, id)
	if errors.Is(err, model.ErrNotFound) {
		return notFound("no story or article %s (/api/stories lists the stories)", id)
	}
	if err != nil {
		return err
	}
	c, err := query.Compare(ctx, a.db, st)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

func (a *api) quotes(w http.ResponseWriter, r *http.Request) error {
	limit, err := a.limitParam(r, DefaultListLimit)
	if err != nil {
		return err
	}
	list := []store.QuoteRow{}
	for q, err := range query.Quotes(r.Context(), a.db, r.URL.Query().Get("speaker"), limit) {
		if err != nil {
			return err
		}
		list = append(list, q)
	}
	writeJSON(w, http.StatusOK, struct {
		Quotes []store.QuoteRow `json:"quotes"`
	}{list})
	return nil
}

func (a *api) stats(w http.ResponseWriter, r *http.Request) error {
	s, err := a.db.Stats(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, s)
	return nil
}

// extract answers as lede extract of the body, refusing a collection of
// articles (a feed, a WARC, JSON lines, a sitemap, a list of URLs) as it
// does (422): the page (or text) comes
// in the request, never from a URL the server would fetch, so the API
// cannot be turned against the server's network (SSRF).
func (a *api) extract(w http.ResponseWriter, r *http.Request) error {
	orig := r.URL.Query().Get("url")
	if orig != "" && !input.IsHTTPURL(orig) {
		return badRequest("url %q: want an absolute http(s) URL (the page's original address; it is not fetched)", orig)
	}
	comments, err := boolParam(r, "comments")
	if err != nil {
		return err
	}
	noAnalysis, err := boolParam(r, "no_analysis")
	if err != nil {
		return err
	}
	if r.ContentLength > a.opts.MaxBody { // said before reading a byte
		return &http.MaxBytesError{Limit: a.opts.MaxBody}
	}
	select {
	case a.extracts <- struct{}{}:
		defer func() { <-a.extracts }()
	case <-r.Context().Done():
		return r.Context().Err()
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.opts.MaxBody))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return err
		}
		return badRequest("reading the body: %v", err)
	}
	if err := ingest.NotACollection("", data); err != nil {
		return &apiError{http.StatusUnprocessableEntity, err.Error()}
	}
	in := model.Input{Data: data, ContentType: r.Header.Get("Content-Type"), Name: "request body"}
	art, err := pipeline.Extract(r.Context(), in, pipeline.Options{URL: orig, Comments: comments, NoAnalysis: noAnalysis})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, art)
	return nil
}

func (a *api) health(w http.ResponseWriter, r *http.Request) error {
	if err := a.db.Reader().PingContext(r.Context()); err != nil {
		a.log.Error("health", "err", err)
		writeError(w, http.StatusServiceUnavailable, "store unavailable")
		return nil
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

// statusWriter remembers the status written, for the request log.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController (and MaxBytesReader) reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}
