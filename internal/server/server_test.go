package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/server"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// Made-up articles: a wire report on a ferry strike, a copy of it by
// another outlet (headline changed), and an unrelated report on a library.
var (
	ferryParas = []string{
		"Ferry crews on the Dunmore crossing walked out on Monday in a dispute over night shifts, leaving hundreds of commuters to find another way across the estuary.",
		`"Nobody wants to strand passengers, but the rota has become unsafe," said union organiser Priya Castellan, who led talks with the operator last week.`,
		"The operator said it had offered a new shift pattern and a pay rise of 4 per cent, and called the walkout premature.",
		"Talks are due to resume on Thursday at the offices of the harbour board.",
	}
	libraryParas = []string{
		"The new public library in Westbrook opened its doors on Saturday after three years of building work, with a reading garden and a rooftop study hall.",
		"Librarians expect more than 2,000 visitors in the first week, many of them students preparing for exams.",
	}
)

type fixture struct {
	db                    *sqlite.DB
	wire, copied, library *model.Article
	h                     http.Handler
}

func newFixture(t testing.TB, opts server.Options) *fixture {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{db: db}
	f.wire = storetest.Article("https://wire.example/ferry-strike", "Ferry crews strike over night shifts", "Wire Agency", "2026-03-02T09:00:00Z", ferryParas...)
	f.wire.Quotes = []model.Quote{{Text: ferryParas[1][:strings.Index(ferryParas[1], `," said`)+2], Form: "direct", Speaker: "Priya Castellan", SpeakerMention: "Priya Castellan"}}
	f.copied = storetest.Article("https://coast-news.example/2026/03/ferry", "Dunmore ferry walkout strands commuters", "Coast News", "2026-03-02T11:30:00Z", ferryParas...)
	f.library = storetest.Article("https://westbrook.example/library", "Westbrook library opens after three years", "Westbrook Herald", "2026-03-07T08:00:00Z", libraryParas...)
	if _, err := db.Put(ctx, []store.Doc{storetest.Doc(f.wire), storetest.Doc(f.copied), storetest.Doc(f.library)}); err != nil {
		t.Fatal(err)
	}
	f.h = server.New(db, opts)
	return f
}

// syncBuffer is a bytes.Buffer safe for the logger's concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newLogger(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }

type response struct {
	code   int
	header http.Header
	body   string
}

func (f *fixture) do(t *testing.T, method, target string, body io.Reader) response {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

// TestEndpoints: every endpoint answers JSON with the status that fits,
// errors as {"error": ...}.
func TestEndpoints(t *testing.T) {
	f := newFixture(t, server.Options{})
	ctx := context.Background()
	if err := query.Refresh(ctx, f.db); err != nil {
		t.Fatal(err)
	}
	sid, err := f.db.StoryOf(ctx, f.wire.ID)
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>` +
		`<p>The Kelby bridge reopened to traffic on Tuesday after a month of repairs to its deck and railings.</p>` +
		`<p>Engineers said the work finished two days ahead of the plan and below its budget.</p></article></body></html>`
	tests := []struct {
		name, method, target, body string
		code                       int
		want                       []string // substrings of the body
	}{
		{"health", "GET", "/healthz", "", 200, []string{`"status": "ok"`}},
		{"search", "GET", "/api/search?q=ferry+shifts", "", 200, []string{`"hits": [`, f.wire.ID, "<mark>"}},
		{"search limit", "GET", "/api/search?q=ferry&limit=1", "", 200, []string{`"hits": [`}},
		{"search none", "GET", "/api/search?q=zeppelin", "", 200, []string{`"hits": []`}},
		{"search since", "GET", "/api/search?q=library&since=2026-03-05", "", 200, []string{f.library.ID}},
		{"search no q", "GET", "/api/search", "", 400, []string{`"error": "q: give the words`}},
		{"search empty query", "GET", "/api/search?q=-ferry", "", 400, []string{"no word to look for"}},
		{"search bad limit", "GET", "/api/search?q=ferry&limit=abc", "", 400, []string{`limit \"abc\"`}},
		{"search limit too big", "GET", "/api/search?q=ferry&limit=100000", "", 400, []string{"from 1 to 500"}},
		{"search zero limit", "GET", "/api/search?q=ferry&limit=0", "", 400, []string{"from 1 to 500"}},
		{"search bad since", "GET", "/api/search?q=ferry&since=yesterday", "", 400, []string{`since \"yesterday\"`}},
		{"search q at the cap", "GET", "/api/search?q=ferry+" + strings.Repeat("x", server.MaxQueryBytes-6), "", 200, []string{`"hits": []`}},
		{"search q over the cap", "GET", "/api/search?q=ferry+" + strings.Repeat("x", server.MaxQueryBytes-5), "", 400, []string{"over the 1000-byte cap"}},
		{"article", "GET", "/api/articles/" + f.library.ID, "", 200, []string{`"title": "Westbrook library opens after three years"`}},
		{"article versions", "GET", "/api/articles/" + f.library.ID + "?versions=1", "", 200, []string{`"versions": [`, `"content_hash"`}},
		{"article versions bare", "GET", "/api/articles/" + f.library.ID + "?versions", "", 200, []string{`"versions": [`}},
		{"article bad versions", "GET", "/api/articles/" + f.library.ID + "?versions=maybe", "", 400, []string{"want true or false"}},
		{"article unknown", "GET", "/api/articles/nope", "", 404, []string{`"error": "no article nope"`}},
		{"article by url", "GET", "/api/articles?url=https://westbrook.example/library", "", 200, []string{f.library.ID}},
		{"article by url unknown", "GET", "/api/articles?url=https://westbrook.example/other", "", 404, []string{"no article"}},
		{"article empty url", "GET", "/api/articles?url=", "", 400, []string{"url: give"}},
		{"list", "GET", "/api/articles", "", 200, []string{`"articles": [`, f.library.ID, `"words": 43`, `"language": "en"`}},
		{"list outlet", "GET", "/api/articles?outlet=coast+news&since=2026-03-01&until=2026-03-02", "", 200, []string{f.copied.ID}},
		{"list none", "GET", "/api/articles?outlet=Nobody", "", 200, []string{`"articles": []`}},
		{"list bad limit", "GET", "/api/articles?limit=0", "", 400, []string{"from 1 to 500"}},
		{"list bad since", "GET", "/api/articles?since=last+week", "", 400, []string{`since \"last week\"`}},
		{"list bad until", "GET", "/api/articles?until=2026-02-30", "", 400, []string{"until"}},
		{"list bad cursor", "GET", "/api/articles?cursor=zz%21", "", 400, []string{`cursor \"zz!\"`}},
		{"article bad url", "GET", "/api/articles?url=file:///etc/passwd", "", 400, []string{"absolute http(s) URL"}},
		{"copies", "GET", "/api/articles/" + f.copied.ID + "/copies", "", 200, []string{`"source": {`, f.wire.ID, `"headline"`}},
		{"copies none", "GET", "/api/articles/" + f.library.ID + "/copies", "", 200, []string{`"copies": []`}},
		{"copies unknown", "GET", "/api/articles/nope/copies", "", 404, []string{"no article nope"}},
		{"copies of a story", "GET", "/api/articles/" + sid + "/copies", "", 404, []string{"is a story"}},
		{"stories", "GET", "/api/stories", "", 200, []string{`"stories": [`, sid}},
		{"stories min", "GET", "/api/stories?min=5", "", 200, []string{`"stories": []`}},
		{"stories since", "GET", "/api/stories?since=2026-03-05&limit=10", "", 200, []string{"Westbrook"}},
		{"stories bad min", "GET", "/api/stories?min=0", "", 400, []string{"min"}},
		{"stories bad since", "GET", "/api/stories?since=03/05/2026", "", 400, []string{"since"}},
		{"story", "GET", "/api/stories/" + sid, "", 200, []string{`"outlets": [`, "Wire Agency"}},
		{"story by article", "GET", "/api/stories/" + f.copied.ID, "", 200, []string{"Wire Agency"}},
		{"story unknown", "GET", "/api/stories/nope", "", 404, []string{"no story or article nope"}},
		{"quotes", "GET", "/api/quotes", "", 200, []string{`"quotes": [`, `"speaker": "Priya Castellan"`, f.wire.ID}},
		{"quotes speaker", "GET", "/api/quotes?speaker=castellan&limit=5", "", 200, []string{"Priya Castellan"}},
		{"quotes nobody", "GET", "/api/quotes?speaker=nobody", "", 200, []string{`"quotes": []`}},
		{"quotes bad limit", "GET", "/api/quotes?limit=-1", "", 400, []string{"limit"}},
		{"stats", "GET", "/api/stats", "", 200, []string{`"articles": 3`, `"quotes": 1`}},
		{"extract html", "POST", "/api/extract?url=https://kelby.example/bridge", page, 200, []string{`"title": "Bridge reopens"`, `"url": "https://kelby.example/bridge"`, "two days ahead"}},
		{"extract text", "POST", "/api/extract?no_analysis=true", "Bridge reopens\n\nThe Kelby bridge reopened to traffic on Tuesday after a month of repairs.\n", 200, []string{`"text": "The Kelby bridge`}},
		{"extract empty", "POST", "/api/extract", "", 400, []string{"empty"}},
		{"extract binary", "POST", "/api/extract", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", 415, []string{"binary"}},
		{"extract no content", "POST", "/api/extract", "<!doctype html><html><head><title>Menu</title></head><body><nav></nav></body></html>", 422, []string{"no article content"}},
		{"extract feed", "POST", "/api/extract", `<?xml version="1.0"?><rss version="2.0"><channel><title>Kelby News</title><item><title>A</title><link>https://kelby.example/a</link></item></channel></rss>`, 422, []string{"feed, not an article"}},
		{"extract bad url", "POST", "/api/extract?url=ftp://x", page, 400, []string{"not fetched"}},
		{"extract local url", "POST", "/api/extract?url=/etc/passwd", page, 400, []string{"absolute http(s) URL"}},
		{"extract bad flag", "POST", "/api/extract?comments=perhaps", page, 400, []string{"comments"}},
		{"extract by GET", "GET", "/api/extract", "", 405, []string{"method not allowed", "POST"}},
		{"stats by POST", "POST", "/api/stats", "", 405, []string{"method not allowed"}},
		{"unknown path", "GET", "/api/nothing", "", 404, []string{"no endpoint /api/nothing"}},
		{"root", "GET", "/", "", 404, []string{"no endpoint /"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader
			if tt.body != "" {
				body = strings.NewReader(tt.body)
			}
			r := f.do(t, tt.method, tt.target, body)
			if r.code != tt.code {
				t.Errorf("status %d, want %d; body %s", r.code, tt.code, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if cc := r.header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control %q", cc)
			}
			if !json.Valid([]byte(r.body)) {
				t.Errorf("body is not JSON: %s", r.body)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("body lacks %q:\n%s", w, r.body)
				}
			}
			if tt.code == 405 && r.header.Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
		})
	}
}

// TestListPages: GET /api/articles without url pages through the corpus
// newest first, each page's next the cursor of the one after, none after
// the last.
func TestListPages(t *testing.T) {
	f := newFixture(t, server.Options{})
	var got []string
	target := "/api/articles?limit=1"
	for range 5 {
		r := f.do(t, "GET", target, nil)
		if r.code != 200 {
			t.Fatalf("%s: status %d: %s", target, r.code, r.body)
		}
		var page store.ArticlePage
		if err := json.Unmarshal([]byte(r.body), &page); err != nil {
			t.Fatal(err)
		}
		for _, a := range page.Articles {
			got = append(got, a.ID)
		}
		if page.Next == "" {
			if strings.Contains(r.body, `"next"`) {
				t.Errorf("last page names a next: %s", r.body)
			}
			break
		}
		target = "/api/articles?limit=1&cursor=" + page.Next
	}
	if want := []string{f.library.ID, f.copied.ID, f.wire.ID}; !cmp.Equal(got, want) {
		t.Errorf("pages: %v, want %v", got, want)
	}
}

// TestUnmatched: a known path with another method is a 405 whose Allow
// header lists the path's methods, as the mux's own would; an unknown path
// is a 404 naming the endpoints; an unclean path is still redirected (the
// mux cleans paths before it matches them).
func TestUnmatched(t *testing.T) {
	f := newFixture(t, server.Options{})
	tests := []struct {
		method, target string
		code           int
		allow          string
		want           string
	}{
		{"GET", "/api/extract", 405, "POST", "GET /api/extract: method not allowed (allowed: POST)"},
		{"HEAD", "/api/extract", 405, "POST", ""},
		{"POST", "/api/stats", 405, "GET, HEAD", "(allowed: GET, HEAD)"},
		{"DELETE", "/api/articles/abc/copies", 405, "GET, HEAD", "DELETE /api/articles/abc/copies"},
		{"GET", "/api/nothing", 404, "", "no endpoint /api/nothing (endpoints: /api/articles, /api/extract, /api/quotes, /api/search, /api/stats, /api/stories, /healthz)"},
		{"POST", "/api/articles/abc/copies/more", 404, "", "no endpoint /api/articles/abc/copies/more"},
		{"GET", "/api//stats", http.StatusTemporaryRedirect, "", ""},
	}
	for _, tt := range tests {
		r := f.do(t, tt.method, tt.target, nil)
		if r.code != tt.code || r.header.Get("Allow") != tt.allow || !strings.Contains(r.body, tt.want) {
			t.Errorf("%s %s: status %d, Allow %q, body %s; want %d, %q, %q", tt.method, tt.target, r.code, r.header.Get("Allow"), r.body, tt.code, tt.allow, tt.want)
		}
	}
}

// TestExtractBodyCap: a body over the cap is refused with 413, whether the
// client declares its length or streams it; a body at the cap is read.
func TestExtractBodyCap(t *testing.T) {
	const limit = 1 << 10
	f := newFixture(t, server.Options{MaxBody: limit})
	text := "Cap test\n\n" + strings.Repeat("The council met again on Monday to discuss the budget. ", 40)
	over, at := text[:limit+1], text[:limit]
	srv := httptest.NewServer(f.h)
	defer srv.Close()
	for _, tt := range []struct {
		name    string
		body    io.Reader
		chunked bool
		code    int
	}{
		{"declared length", strings.NewReader(over), false, 413},
		{"streamed", io.MultiReader(strings.NewReader(over)), true, 413},
		{"at the cap", strings.NewReader(at), false, 200},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest("POST", srv.URL+"/api/extract?no_analysis=1", tt.body)
			if err != nil {
				t.Fatal(err)
			}
			if tt.chunked {
				req.ContentLength = -1
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.code {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.code, b)
			}
			if tt.code == 413 && !strings.Contains(string(b), `"error": "body over the 1024-byte cap`) {
				t.Errorf("413 body %s", b)
			}
		})
	}
}

// TestInternalErrorHidden: a store failure is a 500 saying "internal
// error", its cause in the log and not in the answer.
func TestInternalErrorHidden(t *testing.T) {
	var logbuf syncBuffer
	f := newFixture(t, server.Options{Logger: newLogger(&logbuf)})
	f.db.Close() // every query now fails inside database/sql
	r := f.do(t, "GET", "/api/stats", nil)
	if r.code != 500 || r.body != "{\n  \"error\": \"internal error\"\n}\n" {
		t.Errorf("status %d, body %q; want 500 and only \"internal error\"", r.code, r.body)
	}
	if !strings.Contains(logbuf.String(), "sql") {
		t.Errorf("log lacks the cause: %s", logbuf.String())
	}
	if r := f.do(t, "GET", "/healthz", nil); r.code != 503 {
		t.Errorf("healthz on a closed store: %d", r.code)
	}
}

// TestRequestLog: one line per request with method, path, status and ms.
func TestRequestLog(t *testing.T) {
	var logbuf syncBuffer
	f := newFixture(t, server.Options{Logger: newLogger(&logbuf)})
	f.do(t, "GET", "/api/articles/nope?x=secret", nil)
	line := logbuf.String()
	for _, w := range []string{"method=GET", "path=/api/articles/nope", "status=404", "ms="} {
		if !strings.Contains(line, w) {
			t.Errorf("log line lacks %q: %s", w, line)
		}
	}
	if strings.Contains(line, "secret") {
		t.Errorf("log line holds the query string: %s", line)
	}
	if n := strings.Count(line, "\n"); n != 1 {
		t.Errorf("%d log lines for one request:\n%s", n, line)
	}
}

// TestGolden: the search and copies answers, byte for byte.
func TestGolden(t *testing.T) {
	f := newFixture(t, server.Options{})
	for _, tt := range []struct{ name, target string }{
		{"search", "/api/search?q=ferry+strike"},
		{"copies", "/api/articles/" + f.copied.ID + "/copies"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := f.do(t, "GET", tt.target, nil)
			path := filepath.Join("testdata", tt.name+".golden.json")
			if *update {
				if err := os.WriteFile(path, []byte(r.body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(string(want), r.body); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.target, d)
			}
		})
	}
}

// TestConcurrentStories: story requests racing after new articles refresh
// the links once each, without errors (run with -race).
func TestConcurrentStories(t *testing.T) {
	f := newFixture(t, server.Options{})
	var wg sync.WaitGroup
	codes := make([]int, 6)
	for i := range codes {
		wg.Go(func() {
			req := httptest.NewRequest("GET", "/api/stories", nil)
			rec := httptest.NewRecorder()
			f.h.ServeHTTP(rec, req)
			codes[i] = rec.Code
		})
	}
	wg.Wait()
	for i, c := range codes {
		if c != 200 {
			t.Errorf("request %d: status %d", i, c)
		}
	}
}

// FuzzExtract: no body or parameter makes the API panic or answer
// anything but JSON.
func FuzzExtract(f *testing.F) {
	f.Add("url=https://a.example/x", "<html><body><p>Hello there, this is a page.</p></body></html>")
	f.Add("comments=1", "Title\n\nSome text of an article.")
	f.Add("no_analysis=%zz", "\x00\x01\x02")
	fx := newFixture(f, server.Options{MaxBody: 4 << 10})
	f.Fuzz(func(t *testing.T, params, body string) {
		req := httptest.NewRequest("POST", "/api/extract", bytes.NewReader([]byte(body)))
		req.URL.RawQuery = params
		rec := httptest.NewRecorder()
		fx.h.ServeHTTP(rec, req)
		if !json.Valid(rec.Body.Bytes()) {
			t.Errorf("status %d, body not JSON: %q", rec.Code, rec.Body.String())
		}
		if rec.Code == 500 {
			t.Errorf("500 for params %q", params)
		}
	})
}
