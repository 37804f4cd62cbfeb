package server_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/server"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

const testToken = "k3Yq-8vTn_2pLm.Ws9/Xe+Rb4="

// serveReq runs one request through h with the given headers.
func serveReq(h http.Handler, method, target string, header map[string]string) response {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

// TestAuth: with a token, every request but the health check needs it
// (401 with WWW-Authenticate otherwise, before any routing: an unknown
// path does not list the endpoints); without one, nothing is asked.
func TestAuth(t *testing.T) {
	f := newFixture(t, server.Options{Token: testToken})
	open := newFixture(t, server.Options{})
	bearer := "Bearer " + testToken
	tests := []struct {
		name, method, target, auth string
		open                       bool // the handler without a token
		code                       int
		challenge, want            string
	}{
		{"token", "GET", "/api/stats", bearer, false, 200, "", `"articles": 3`},
		{"scheme any case", "GET", "/api/stats", "bearer  " + testToken, false, 200, "", `"articles"`},
		{"no header", "GET", "/api/stats", "", false, 401, `Bearer realm="lede"`, "missing bearer token"},
		{"wrong token", "GET", "/api/stats", "Bearer " + strings.Repeat("x", len(testToken)), false, 401, `Bearer realm="lede", error="invalid_token"`, "invalid bearer token"},
		{"token prefix", "GET", "/api/stats", bearer[:len(bearer)-1], false, 401, `Bearer realm="lede", error="invalid_token"`, "invalid"},
		{"token longer", "GET", "/api/stats", bearer + "x", false, 401, `Bearer realm="lede", error="invalid_token"`, "invalid"},
		{"basic auth", "GET", "/api/stats", "Basic " + testToken, false, 401, `Bearer realm="lede"`, "missing bearer token"},
		{"bearer alone", "GET", "/api/stats", "Bearer", false, 401, `Bearer realm="lede"`, "missing"},
		{"token in query ignored", "GET", "/api/stats?access_token=" + testToken, "", false, 401, `Bearer realm="lede"`, "missing"},
		{"extract", "POST", "/api/extract", "", false, 401, `Bearer realm="lede"`, "missing"},
		{"unknown path", "GET", "/api/nothing", "", false, 401, `Bearer realm="lede"`, "missing"},
		{"unknown path with token", "GET", "/api/nothing", bearer, false, 404, "", "no endpoint"},
		{"health open", "GET", "/healthz", "", false, 200, "", `"status": "ok"`},
		{"health head", "HEAD", "/healthz", "", false, 200, "", ""},
		{"no token asked", "GET", "/api/stats", "", true, 200, "", `"articles": 3`},
		{"no token asked, one given", "GET", "/api/stats", "Bearer whatever", true, 200, "", `"articles": 3`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := f.h
			if tt.open {
				h = open.h
			}
			r := serveReq(h, tt.method, tt.target, map[string]string{"Authorization": tt.auth})
			if r.code != tt.code || r.header.Get("WWW-Authenticate") != tt.challenge || !strings.Contains(r.body, tt.want) {
				t.Errorf("status %d, WWW-Authenticate %q, body %s; want %d, %q, %q", r.code, r.header.Get("WWW-Authenticate"), r.body, tt.code, tt.challenge, tt.want)
			}
			if ct := r.header.Get("Content-Type"); r.code == 401 && ct != "application/json; charset=utf-8" {
				t.Errorf("401 Content-Type %q", ct)
			}
		})
	}
}

// TestCORS: the pages of an allowed origin get Access-Control-Allow-Origin
// (on a 401 too, so they can read it) and their preflights a 204 without
// the token; other origins get no CORS header, and their preflights a 403;
// without --cors-origin there are no CORS headers at all.
func TestCORS(t *testing.T) {
	const app, evil = "https://app.example", "https://evil.example"
	named := newFixture(t, server.Options{CORSOrigins: []string{app, "http://localhost:3000"}}).h
	withToken := newFixture(t, server.Options{Token: testToken, CORSOrigins: []string{app}}).h
	anyOrigin := newFixture(t, server.Options{CORSOrigins: []string{"*"}}).h
	none := newFixture(t, server.Options{}).h
	preflight := func(origin string) map[string]string {
		return map[string]string{"Origin": origin, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization"}
	}
	tests := []struct {
		name           string
		h              http.Handler
		method, target string
		header         map[string]string
		code           int
		allowOrigin    string
		vary           bool
		allowHeaders   string
	}{
		{"allowed origin", named, "GET", "/api/stats", map[string]string{"Origin": app}, 200, app, true, ""},
		{"second origin", named, "GET", "/api/stats", map[string]string{"Origin": "http://localhost:3000"}, 200, "http://localhost:3000", true, ""},
		{"other origin", named, "GET", "/api/stats", map[string]string{"Origin": evil}, 200, "", true, ""},
		{"origin with path", named, "GET", "/api/stats", map[string]string{"Origin": app + "/"}, 200, "", true, ""},
		{"no origin", named, "GET", "/api/stats", nil, 200, "", true, ""},
		{"preflight", named, "OPTIONS", "/api/extract", preflight(app), 204, app, true, "Authorization, Content-Type"},
		{"preflight other origin", named, "OPTIONS", "/api/extract", preflight(evil), 403, "", true, ""},
		{"options not preflight", named, "OPTIONS", "/api/stats", map[string]string{"Origin": app}, 405, app, true, ""},
		{"preflight needs no token", withToken, "OPTIONS", "/api/search", preflight(app), 204, app, true, "Authorization, Content-Type"},
		{"401 readable", withToken, "GET", "/api/stats", map[string]string{"Origin": app}, 401, app, true, ""},
		{"token and origin", withToken, "GET", "/api/stats", map[string]string{"Origin": app, "Authorization": "Bearer " + testToken}, 200, app, true, ""},
		{"any origin", anyOrigin, "GET", "/api/stats", map[string]string{"Origin": evil}, 200, "*", true, ""},
		{"any origin preflight", anyOrigin, "OPTIONS", "/api/stats", preflight(evil), 204, "*", true, "Authorization, Content-Type"},
		{"no cors", none, "GET", "/api/stats", map[string]string{"Origin": app}, 200, "", false, ""},
		{"no cors preflight", none, "OPTIONS", "/api/stats", preflight(app), 405, "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := serveReq(tt.h, tt.method, tt.target, tt.header)
			if r.code != tt.code {
				t.Errorf("status %d, want %d: %s", r.code, tt.code, r.body)
			}
			if got := r.header.Get("Access-Control-Allow-Origin"); got != tt.allowOrigin {
				t.Errorf("Access-Control-Allow-Origin %q, want %q", got, tt.allowOrigin)
			}
			if got := strings.Contains(strings.Join(r.header.Values("Vary"), ","), "Origin"); got != tt.vary {
				t.Errorf("Vary %q, want Origin in it: %v", r.header.Values("Vary"), tt.vary)
			}
			if got := r.header.Get("Access-Control-Allow-Headers"); got != tt.allowHeaders {
				t.Errorf("Access-Control-Allow-Headers %q, want %q", got, tt.allowHeaders)
			}
			if tt.code == 204 && (r.header.Get("Access-Control-Allow-Methods") != "GET, HEAD, POST" || r.header.Get("Access-Control-Max-Age") == "") {
				t.Errorf("preflight answer lacks methods or max age: %v", r.header)
			}
			// A preflight's answer depends on the method and headers asked
			// too: a cache must not give one preflight's answer to another.
			if vary := strings.Join(r.header.Values("Vary"), ","); (tt.code == 204 || tt.code == 403) &&
				(!strings.Contains(vary, "Access-Control-Request-Method") || !strings.Contains(vary, "Access-Control-Request-Headers")) {
				t.Errorf("preflight answer: Vary %q lacks Access-Control-Request-Method or -Headers", vary)
			}
			if tt.allowOrigin != "" && tt.code != 204 && !strings.Contains(r.header.Get("Access-Control-Expose-Headers"), server.WarningHeader) {
				t.Errorf("Access-Control-Expose-Headers %q lacks %s", r.header.Get("Access-Control-Expose-Headers"), server.WarningHeader)
			}
		})
	}
}

// TestValidate: the options New refuses.
func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		opts server.Options
		want string // "" valid
	}{
		{"zero", server.Options{}, ""},
		{"token", server.Options{Token: testToken}, ""},
		{"hex token", server.Options{Token: strings.Repeat("a1", 32)}, ""},
		{"short token", server.Options{Token: "secret"}, "at least 16"},
		{"token with space", server.Options{Token: "abcdefgh ijklmnopq"}, "no spaces"},
		{"token with newline", server.Options{Token: "abcdefghijklmnopq\n"}, "no spaces"},
		{"token of padding", server.Options{Token: strings.Repeat("=", 20)}, "letters"},
		{"origins", server.Options{CORSOrigins: []string{"https://app.example", "http://localhost:3000", "http://[::1]:8000"}}, ""},
		{"any origin", server.Options{CORSOrigins: []string{"*"}}, ""},
		{"any origin with token", server.Options{Token: testToken, CORSOrigins: []string{"*"}}, `"*": with a token`},
		{"origin with path", server.Options{CORSOrigins: []string{"https://app.example/"}}, "exact origin"},
		{"origin with query", server.Options{CORSOrigins: []string{"https://app.example?x=1"}}, "exact origin"},
		{"origin without scheme", server.Options{CORSOrigins: []string{"app.example"}}, "exact origin"},
		{"origin upper case", server.Options{CORSOrigins: []string{"https://App.example"}}, "exact origin"},
		{"origin null", server.Options{CORSOrigins: []string{"null"}}, "exact origin"},
		{"origin ftp", server.Options{CORSOrigins: []string{"ftp://app.example"}}, "exact origin"},
		{"origin with user", server.Options{CORSOrigins: []string{"https://u@app.example"}}, "exact origin"},
		{"origin wildcard host", server.Options{CORSOrigins: []string{"https://*.example"}}, "exact origin"},
		{"origin with port", server.Options{CORSOrigins: []string{"https://app.example:8443"}}, ""},
		{"origin with empty query", server.Options{CORSOrigins: []string{"https://app.example?"}}, "exact origin"},
		{"origin with empty fragment", server.Options{CORSOrigins: []string{"https://app.example#"}}, "exact origin"},
		{"origin upper-case scheme", server.Options{CORSOrigins: []string{"HTTPS://app.example"}}, "exact origin"},
		{"origin scheme only", server.Options{CORSOrigins: []string{"https://"}}, "exact origin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opts.Validate()
			if (err == nil) != (tt.want == "") || err != nil && !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate: %v, want %q", err, tt.want)
			}
			var oe *server.OptionError
			if err != nil && !errors.As(err, &oe) {
				t.Errorf("Validate: %T, want *server.OptionError", err)
			}
		})
	}
}

// staleStore is a store whose stories were computed before a fourth
// article came, opened read-only: the ferry story's id, an article of it,
// and the store.
func staleStore(t *testing.T) (sid, articleID string, db *sqlite.DB) {
	t.Helper()
	ctx := context.Background()
	f := newFixture(t, server.Options{})
	if err := query.Refresh(ctx, f.db); err != nil {
		t.Fatal(err)
	}
	sid, err := f.db.StoryOf(ctx, f.wire.ID)
	if err != nil {
		t.Fatal(err)
	}
	late := storetest.Article("https://westbrook.example/garden", "Westbrook garden wins prize", "Westbrook Herald", "2026-03-09T08:00:00Z",
		"The reading garden of the Westbrook library won a regional design prize on Monday.")
	if _, err := f.db.Put(ctx, []store.Doc{storetest.Doc(late)}); err != nil {
		t.Fatal(err)
	}
	path := f.db.Path()
	f.db.Close()
	db, err = sqlite.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return sid, f.copied.ID, db
}

// TestStaleStories: on a store that cannot be written, the story endpoints
// answer the stories stored, with a warning header, not a 500: whether the
// server knows the store is read-only or finds out when the refresh fails
// (then logged once, not tried again on every request).
func TestStaleStories(t *testing.T) {
	sid, articleID, db := staleStore(t)
	targets := []string{"/api/stories", "/api/stories/" + sid, "/api/stories/" + articleID, "/api/articles/" + articleID + "/copies"}
	for _, readOnly := range []bool{true, false} {
		var logbuf syncBuffer
		h := server.New(db, server.Options{ReadOnly: readOnly, Logger: newLogger(&logbuf)})
		for _, target := range targets {
			r := serveReq(h, "GET", target, nil)
			if r.code != 200 || !strings.Contains(r.header.Get(server.WarningHeader), "stale") {
				t.Errorf("ReadOnly %v: GET %s: status %d, %s %q; want 200 and a warning: %s", readOnly, target, r.code, server.WarningHeader, r.header.Get(server.WarningHeader), r.body)
			}
			if !strings.Contains(r.body, "Wire Agency") && !strings.Contains(r.body, "wire.example") {
				t.Errorf("ReadOnly %v: GET %s lacks the stored story: %s", readOnly, target, r.body)
			}
		}
		if n, want := strings.Count(logbuf.String(), "stories not brought up to date"), map[bool]int{true: 0, false: 1}[readOnly]; n != want {
			t.Errorf("ReadOnly %v: %d refresh failures logged, want %d:\n%s", readOnly, n, want, logbuf.String())
		}
		if r := serveReq(h, "GET", "/api/stats", nil); r.header.Get(server.WarningHeader) != "" {
			t.Errorf("stats carry the stories' warning")
		}
	}
}

// TestFreshStoriesNoWarning: stories up to date in a read-only store (or a
// writable one) carry no warning.
func TestFreshStoriesNoWarning(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, server.Options{})
	if err := query.Refresh(ctx, f.db); err != nil {
		t.Fatal(err)
	}
	path := f.db.Path()
	if r := serveReq(f.h, "GET", "/api/stories", nil); r.code != 200 || r.header.Get(server.WarningHeader) != "" {
		t.Errorf("writable store: %d, warning %q", r.code, r.header.Get(server.WarningHeader))
	}
	f.db.Close()
	db, err := sqlite.OpenReadOnly(ctx, filepath.Clean(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if r := serveReq(server.New(db, server.Options{ReadOnly: true}), "GET", "/api/stories", nil); r.code != 200 || r.header.Get(server.WarningHeader) != "" {
		t.Errorf("read-only store: %d, warning %q: %s", r.code, r.header.Get(server.WarningHeader), r.body)
	}
}

// TestAuthOverHTTP: the token works through a real connection (httptest
// on loopback), as a client sends it.
func TestAuthOverHTTP(t *testing.T) {
	f := newFixture(t, server.Options{Token: testToken})
	srv := httptest.NewServer(f.h)
	defer srv.Close()
	for auth, want := range map[string]int{"": 401, "Bearer " + testToken: 200} {
		req, _ := http.NewRequest("GET", srv.URL+"/api/search?q=ferry", nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Authorization %q: %d, want %d", auth, resp.StatusCode, want)
		}
	}
}

// TestLocalOnly: a server answering loopback names only refuses a request
// addressed to another name (DNS rebinding) with a 403, and answers those
// of this machine.
func TestLocalOnly(t *testing.T) {
	local := newFixture(t, server.Options{LocalOnly: true}).h
	open := newFixture(t, server.Options{}).h
	for _, tt := range []struct {
		host  string
		h     http.Handler
		code  int
		local bool
	}{
		{"localhost:8080", local, 200, true},
		{"LOCALHOST", local, 200, true},
		{"127.0.0.1:8080", local, 200, true},
		{"127.9.9.9", local, 200, true},
		{"[::1]:8080", local, 200, true},
		{"app.localhost:3000", local, 200, true},
		{"localhost.:8080", local, 200, true},
		{"evil.example", local, 403, false},
		{"evil.example:8080", local, 403, false},
		{"127.0.0.1.evil.example", local, 403, false},
		{"192.0.2.7:8080", local, 403, false},
		{"localhost.evil.example", local, 403, false},
		{"evil.example", open, 200, false},
	} {
		req := httptest.NewRequest("GET", "/api/stats", nil)
		req.Host = tt.host
		rec := httptest.NewRecorder()
		tt.h.ServeHTTP(rec, req)
		if rec.Code != tt.code {
			t.Errorf("Host %q: %d, want %d: %s", tt.host, rec.Code, tt.code, rec.Body)
		}
		if tt.code == 403 && !strings.Contains(rec.Body.String(), "localhost only") {
			t.Errorf("Host %q: 403 body %s", tt.host, rec.Body)
		}
	}
}

// TestRequestTimeout: a request whose work outlasts Options.RequestTimeout
// is cut off with a 503 saying so (its queries interrupted).
func TestRequestTimeout(t *testing.T) {
	h := newFixture(t, server.Options{RequestTimeout: time.Nanosecond}).h
	for _, target := range []string{"/api/search?q=ferry", "/api/stories", "/api/stats"} {
		r := serveReq(h, "GET", target, nil)
		if r.code != 503 || !strings.Contains(r.body, "took over 1ns") {
			t.Errorf("GET %s: %d %s; want 503 and the timeout named", target, r.code, r.body)
		}
	}
}

// TestStaleWarningNotOnErrors: an error answered after the stories were
// found stale carries no warning about them.
func TestStaleWarningNotOnErrors(t *testing.T) {
	_, _, db := staleStore(t)
	h := server.New(db, server.Options{ReadOnly: true})
	r := serveReq(h, "GET", "/api/stories/nope", nil)
	if r.code != 404 || r.header.Get(server.WarningHeader) != "" {
		t.Errorf("GET /api/stories/nope: %d, warning %q", r.code, r.header.Get(server.WarningHeader))
	}
}

// TestAnswerHeaders: every JSON answer, error or not, tells a browser
// opening it to run nothing of it (no script, no sniffing it as HTML) and
// to frame it nowhere.
func TestAnswerHeaders(t *testing.T) {
	h := newFixture(t, server.Options{Token: testToken}).h
	for _, target := range []string{"/api/stats", "/api/nowhere", "/healthz"} {
		for _, auth := range []string{"", "Bearer " + testToken} {
			r := serveReq(h, "GET", target, map[string]string{"Authorization": auth})
			csp := r.header.Get("Content-Security-Policy")
			if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "frame-ancestors 'none'") || r.header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("GET %s (%d): Content-Security-Policy %q, X-Content-Type-Options %q", target, r.code, csp, r.header.Get("X-Content-Type-Options"))
			}
		}
	}
}

// TestNewRefusesInvalidOptions: New panics on options Validate refuses
// rather than serving an API with a guessable token or "*" beside one.
func TestNewRefusesInvalidOptions(t *testing.T) {
	for _, opts := range []server.Options{{Token: "short"}, {Token: testToken, CORSOrigins: []string{"*"}}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("New(%+v) did not panic", opts)
				}
			}()
			server.New(nil, opts)
		}()
	}
}
