package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/server"
	"github.com/lede-news/lede/internal/store/sqlite"
)

// serveTestStore ingests the stories test's made-up articles (a wire
// report, a copy of it, an unrelated report) into a new store.
func serveTestStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	src := filepath.Join(dir, "in")
	os.Mkdir(src, 0o755)
	for name, text := range map[string]string{"a-wire.txt": storiesWire, "b-copy.txt": storiesCopyText(), "c-other.txt": storiesOther} {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-follow", src); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	return db
}

// serveTestHandler is the API's handler over the store file db, closed
// when the test ends.
func serveTestHandler(t *testing.T, db string) http.Handler {
	t.Helper()
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return server.New(s, server.Options{})
}

// TestServeSameJSON: the API answers byte for byte what the commands
// print with --json (search, show, copies, story, stats).
func TestServeSameJSON(t *testing.T) {
	db := serveTestStore(t)
	out, _, err := runLede(t, "stories", "--db", db, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var storyID string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var s struct {
			ID         string   `json:"id"`
			ArticleIDs []string `json:"article_ids"`
		}
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatal(err)
		}
		if len(s.ArticleIDs) == 2 {
			storyID = s.ID
		}
	}
	if storyID == "" {
		t.Fatalf("no story of two articles in:\n%s", out)
	}
	out, _, err = runLede(t, "search", "--db", db, "--json", "--limit", "1", "harbour", "bridge")
	if err != nil {
		t.Fatal(err)
	}
	var hits struct{ Hits []struct{ ID string } }
	if err := json.Unmarshal([]byte(out), &hits); err != nil || len(hits.Hits) != 1 {
		t.Fatalf("search: %v\n%s", err, out)
	}
	articleID := hits.Hits[0].ID

	h := serveTestHandler(t, db)
	for _, tt := range []struct {
		args []string
		path string
	}{
		{[]string{"search", "--json", "harbour", "bridge"}, "/api/search?q=harbour+bridge"},
		{[]string{"search", "--json", "--limit", "1", "--since", "2000-01-01", "harbour"}, "/api/search?q=harbour&limit=1&since=2000-01-01"},
		{[]string{"show", articleID}, "/api/articles/" + articleID},
		{[]string{"show", "--versions", articleID}, "/api/articles/" + articleID + "?versions=true"},
		{[]string{"copies", "--json", articleID}, "/api/articles/" + articleID + "/copies"},
		{[]string{"story", "--json", storyID}, "/api/stories/" + storyID},
		{[]string{"story", "--json", articleID}, "/api/stories/" + articleID},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			cli, _, err := runLede(t, append(tt.args, "--db", db)...)
			if err != nil {
				t.Fatal(err)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
			if rec.Code != 200 {
				t.Fatalf("GET %s: %d %s", tt.path, rec.Code, rec.Body)
			}
			if rec.Body.String() != cli {
				t.Errorf("GET %s differs from lede %s:\nAPI:\n%s\nCLI:\n%s", tt.path, strings.Join(tt.args, " "), rec.Body, cli)
			}
		})
	}
}

// TestServeSameRecords: the lists the commands print as JSON lines
// (stories, quotes) come from the API as {"stories": [...]} and {"quotes":
// [...]} holding the same records.
func TestServeSameRecords(t *testing.T) {
	db := serveTestStore(t)
	h := serveTestHandler(t, db)
	for _, tt := range []struct {
		args      []string
		path, key string
	}{
		{[]string{"stories", "--json"}, "/api/stories", "stories"},
		{[]string{"stories", "--json", "--min", "2", "--limit", "1"}, "/api/stories?min=2&limit=1", "stories"},
		{[]string{"quotes", "--json"}, "/api/quotes", "quotes"},
		{[]string{"quotes", "--json", "--speaker", "okafor", "--limit", "1"}, "/api/quotes?speaker=okafor&limit=1", "quotes"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			cli, _, err := runLede(t, append(tt.args, "--db", db)...)
			if err != nil {
				t.Fatal(err)
			}
			want := []any{}
			for _, l := range strings.Split(strings.TrimSpace(cli), "\n") {
				if l == "" {
					continue
				}
				var v any
				if err := json.Unmarshal([]byte(l), &v); err != nil {
					t.Fatalf("%s: %v", l, err)
				}
				want = append(want, v)
			}
			if len(want) == 0 {
				t.Fatalf("lede %s printed nothing: the test proves nothing", strings.Join(tt.args, " "))
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
			var got map[string][]any
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != 200 {
				t.Fatalf("GET %s: %d %v %s", tt.path, rec.Code, err, rec.Body)
			}
			if d := cmp.Diff(want, got[tt.key]); d != "" {
				t.Errorf("GET %s differs from lede %s (-cli +api):\n%s", tt.path, strings.Join(tt.args, " "), d)
			}
		})
	}
}

// serveBuffer is a bytes.Buffer the server's log writes to while the test reads it.
type serveBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *serveBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *serveBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeCommand: lede serve listens (on a free loopback port here),
// answers, logs one line per request, and returns nil when its context is
// cancelled (as Ctrl-C or SIGTERM cancel it).
func TestServeCommand(t *testing.T) {
	db := serveTestStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr serveBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, &stdout, &stderr) }()
	listening := regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+)`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == ""; time.Sleep(20 * time.Millisecond) {
		if m := listening.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve returned early: %v\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no listening line:\n%s", stderr.String())
		}
	}
	for path, want := range map[string]int{"/healthz": 200, "/api/stats": 200, "/api/articles/nope": 404} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", path, resp.StatusCode, want)
		}
	}
	resp, err := http.Post(base+"/api/extract?url="+url.QueryEscape("https://kelmouth.example/x"), "text/plain", strings.NewReader(storiesOther))
	if err != nil {
		t.Fatal(err)
	}
	var art struct{ Title, URL string }
	json.NewDecoder(resp.Body).Decode(&art)
	resp.Body.Close()
	if resp.StatusCode != 200 || art.Title != "Rovers lift the county cup after penalty shoot-out" || art.URL != "https://kelmouth.example/x" {
		t.Errorf("extract: %d %+v", resp.StatusCode, art)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after cancel: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	log := stderr.String()
	for _, w := range []string{"method=GET path=/healthz status=200", "path=/api/articles/nope status=404", "method=POST path=/api/extract status=200", "msg=stopped"} {
		if !strings.Contains(log, w) {
			t.Errorf("log lacks %q:\n%s", w, log)
		}
	}
	if stdout.String() != "" {
		t.Errorf("serve printed on stdout: %q", stdout.String())
	}
}

// TestServeUsage: bad flags are usage mistakes; a missing store is said plainly.
func TestServeUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "--max-bytes", "0"}, 2, "lede: --max-bytes 0: want a positive number of bytes\n"},
		{[]string{"serve", "--addr", "8080"}, 2, `lede: --addr "8080": want HOST:PORT, e.g. 127.0.0.1:8080` + "\n"},
		{[]string{"serve", "extra"}, 2, "lede: serve: wrong number of arguments (1 given); usage: lede serve [flags]\n"},
		{[]string{"serve", "--db", filepath.Join(dir, "none.db")}, 1, "lede: no store at " + filepath.Join(dir, "none.db") + " (create one with lede ingest, or give --db)\n"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := extractTestRun(t, tt.args...)
			if code != tt.code || stdout != "" || stderr != tt.want {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, nothing, %q", code, stdout, stderr, tt.code, tt.want)
			}
		})
	}
}
