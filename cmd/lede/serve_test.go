package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net"
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
	serveUnsetToken(t)
	db := serveTestStore(t)
	base, stop := serveStart(t, "--db", db)
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
	log := stop()
	for _, w := range []string{"method=GET path=/healthz status=200", "path=/api/articles/nope status=404", "method=POST path=/api/extract status=200", "msg=stopped"} {
		if !strings.Contains(log, w) {
			t.Errorf("log lacks %q:\n%s", w, log)
		}
	}
}

// TestServeUsage: bad flags are usage mistakes; a missing store is said plainly.
func TestServeUsage(t *testing.T) {
	serveUnsetToken(t)
	dir := t.TempDir()
	short := filepath.Join(dir, "short")
	os.WriteFile(short, []byte("secret\n"), 0o600)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "--max-bytes", "0"}, 2, "lede: --max-bytes 0: want a positive number of bytes\n"},
		{[]string{"serve", "--addr", "8080"}, 2, `lede: --addr "8080": want HOST:PORT, e.g. 127.0.0.1:8080` + "\n"},
		{[]string{"serve", "extra"}, 2, "lede: serve: wrong number of arguments (1 given); usage: lede serve [flags]\n"},
		{[]string{"serve", "--db", filepath.Join(dir, "none.db")}, 1, "lede: no store at " + filepath.Join(dir, "none.db") + " (create one with lede ingest, or give --db)\n"},
		{[]string{"serve", "--db", filepath.Join(dir, "none.db"), "--read-only"}, 1, "lede: no store at " + filepath.Join(dir, "none.db") + " (create one with lede ingest, or give --db)\n"},
		{[]string{"serve", "--addr", "0.0.0.0:8080"}, 2, "lede: serve: refusing to listen on 0.0.0.0 (not loopback) without a token: give --token-file PATH or $LEDE_TOKEN, or --insecure to serve the API open to everyone who reaches it\n"},
		{[]string{"serve", "--addr", ":8080"}, 2, "lede: serve: refusing to listen on every interface (not loopback) without a token: give --token-file PATH or $LEDE_TOKEN, or --insecure to serve the API open to everyone who reaches it\n"},
		{[]string{"serve", "--token-file", short}, 2, "lede: serve: --token-file " + short + ": 6 characters, want at least 16 (e.g. openssl rand -hex 32)\n"},
		{[]string{"serve", "--trusted-proxy", "proxy.internal"}, 2, `lede: serve: --trusted-proxy "proxy.internal": want an IP address or a CIDR range such as 10.0.0.0/8` + "\n"},
		{[]string{"serve", "--trusted-proxy", "10.0.0.0/33"}, 2, `lede: serve: --trusted-proxy "10.0.0.0/33": want an IP address or a CIDR range such as 10.0.0.0/8` + "\n"},
		{[]string{"serve", "--cors-origin", "https://app.example/path"}, 2, `lede: serve: --cors-origin "https://app.example/path": want an exact origin such as https://app.example or http://localhost:3000 (scheme, host and port only), or *` + "\n"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := extractTestRun(t, tt.args...)
			if code != tt.code || stdout != "" || stderr != tt.want {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, nothing, %q", code, stdout, stderr, tt.code, tt.want)
			}
		})
	}
}

// TestServeTrustedProxies: --trusted-proxy takes addresses and ranges.
func TestServeTrustedProxies(t *testing.T) {
	got, err := serveTrustedProxies([]string{"127.0.0.1", "10.1.2.3/16", "::1", "::ffff:192.0.2.4", "fd00::/8"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"127.0.0.1/32", "10.1.0.0/16", "::1/128", "192.0.2.4/32", "fd00::/8"}
	var gotS []string
	for _, p := range got {
		gotS = append(gotS, p.String())
	}
	if diff := cmp.Diff(want, gotS); diff != "" {
		t.Errorf("serveTrustedProxies (-want +got):\n%s", diff)
	}
}

// serveTestToken is a made-up bearer token for the tests.
const serveTestToken = "c2VydmUtdGVzdC10b2tlbi0xMjM0"

// serveUnsetToken clears $LEDE_TOKEN for the test (restored after it), so
// a developer's own does not change what the test sees.
func serveUnsetToken(t *testing.T) {
	t.Helper()
	t.Setenv(serveTokenEnv, "")
	os.Unsetenv(serveTokenEnv)
}

// serveStart runs lede serve with args on a free loopback port until the
// test ends, returning its base URL and a func that stops it (as Ctrl-C
// or SIGTERM do, by cancelling its context: it must return nil, having
// printed nothing on stdout) and returns its log.
func serveStart(t *testing.T, args ...string) (string, func() string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr serveBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), &stdout, &stderr)
	}()
	stopped := false
	stop := func() string {
		if !stopped {
			stopped = true
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("serve: %v", err)
				}
			case <-time.After(15 * time.Second):
				t.Error("serve did not stop")
			}
			if stdout.String() != "" {
				t.Errorf("serve printed on stdout: %q", stdout.String())
			}
		}
		return stderr.String()
	}
	t.Cleanup(func() { stop() })
	listening := regexp.MustCompile(`url=(https?://127\.0\.0\.1:\d+)`)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if m := listening.FindStringSubmatch(stderr.String()); m != nil {
			return m[1], stop
		}
		select {
		case err := <-done:
			stopped = true
			t.Fatalf("serve returned early: %v\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no listening line:\n%s", stderr.String())
		}
	}
}

// serveGet requests url with the given headers, returning the status, the
// headers and the body.
func serveGet(t *testing.T, method, url string, header map[string]string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

// TestServeAccess: lede serve with a token (from --token-file or
// $LEDE_TOKEN) and a CORS origin asks every request but the health check
// for the token and lets that origin's pages read the answers.
func TestServeAccess(t *testing.T) {
	db := serveTestStore(t)
	file := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(file, []byte(serveTestToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	const app = "https://app.example"
	for _, source := range []string{"file", "env"} {
		t.Run(source, func(t *testing.T) {
			serveUnsetToken(t)
			args := []string{"--db", db, "--cors-origin", app}
			if source == "file" {
				args = append(args, "--token-file", file)
			} else {
				t.Setenv(serveTokenEnv, serveTestToken)
			}
			base, stop := serveStart(t, args...)
			bearer := map[string]string{"Authorization": "Bearer " + serveTestToken, "Origin": app}
			for _, tt := range []struct {
				method, path string
				header       map[string]string
				code         int
				allowOrigin  string
			}{
				{"GET", "/api/stats", nil, 401, ""},
				{"GET", "/api/stats", map[string]string{"Authorization": "Bearer wrong-token-of-some-length"}, 401, ""},
				{"GET", "/api/stats", bearer, 200, app},
				{"GET", "/api/stats", map[string]string{"Origin": app}, 401, app},
				{"GET", "/healthz", nil, 200, ""},
				{"OPTIONS", "/api/stats", map[string]string{"Origin": app, "Access-Control-Request-Method": "GET"}, 204, app},
				{"OPTIONS", "/api/stats", map[string]string{"Origin": "https://other.example", "Access-Control-Request-Method": "GET"}, 403, ""},
			} {
				code, h, body := serveGet(t, tt.method, base+tt.path, tt.header)
				if code != tt.code || h.Get("Access-Control-Allow-Origin") != tt.allowOrigin {
					t.Errorf("%s %s %v: %d, Allow-Origin %q; want %d, %q: %s", tt.method, tt.path, tt.header, code, h.Get("Access-Control-Allow-Origin"), tt.code, tt.allowOrigin, body)
				}
				if code == 401 && !strings.HasPrefix(h.Get("WWW-Authenticate"), "Bearer ") {
					t.Errorf("401 without a Bearer challenge: %v", h)
				}
			}
			if log := stop(); !strings.Contains(log, "auth=true") || strings.Contains(log, serveTestToken) {
				t.Errorf("log lacks auth=true or holds the token:\n%s", log)
			}
		})
	}
}

// TestServeReadOnly: lede serve --read-only answers from a store it does
// not change: the same JSON as the commands for what needs no refresh,
// the stories stored (with the warning header) when articles came after
// them.
func TestServeReadOnly(t *testing.T) {
	serveUnsetToken(t)
	db := serveTestStore(t)
	if _, _, err := runLede(t, "stories", "--db", db); err != nil { // stories computed now...
		t.Fatal(err)
	}
	late := filepath.Join(t.TempDir(), "late.txt")
	os.WriteFile(late, []byte("Kelmouth library extends its hours\n\nThe Kelmouth library will open until nine in the evening on weekdays from next month, the council said on Friday.\n"), 0o644)
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", late); err != nil { // ...and an article after them
		t.Fatal(err)
	}
	stats, _, err := runLede(t, "stats", "--db", db, "--json")
	if err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	base, stop := serveStart(t, "--db", db, "--read-only")
	code, h, body := serveGet(t, "GET", base+"/api/stories", nil)
	if code != 200 || !strings.Contains(body, "Rovers lift the county cup") || !strings.Contains(h.Get("X-Lede-Warning"), "stale") {
		t.Errorf("GET /api/stories on a read-only store: %d, warning %q: %s", code, h.Get("X-Lede-Warning"), body)
	}
	if code, _, body := serveGet(t, "GET", base+"/api/stats", nil); code != 200 || body != stats {
		t.Errorf("GET /api/stats: %d\n%s\nwant lede stats --json:\n%s", code, body, stats)
	}
	if log := stop(); !strings.Contains(log, "read_only=true") || strings.Contains(log, "stories up to date") || strings.Contains(log, "not brought up to date") {
		t.Errorf("log:\n%s", log)
	}
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("lede serve --read-only changed the store file")
	}
}

// TestServeToken: where the token comes from and what is refused.
func TestServeToken(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good", "  "+serveTestToken+"\r\n")
	for _, tt := range []struct {
		name, file string
		env        *string
		want       string
		err        string
	}{
		{"none", "", nil, "", ""},
		{"file trimmed", good, nil, serveTestToken, ""},
		{"env", "", new("from-the-environment-1"), "from-the-environment-1", ""},
		{"file over env", good, new("from-the-environment-1"), serveTestToken, ""},
		{"env empty", "", new(" "), "", "LEDE_TOKEN is set but empty"},
		{"file empty", write("empty", "\n"), nil, "", "is empty"},
		{"file missing", filepath.Join(dir, "none"), nil, "", "no such file"},
		{"file too big", write("big", strings.Repeat("a", serveMaxTokenFile+1)), nil, "", "not a token file"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			serveUnsetToken(t)
			if tt.env != nil {
				t.Setenv(serveTokenEnv, *tt.env)
			}
			got, _, err := serveToken(tt.file)
			if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
				t.Errorf("serveToken(%q): %q, %v; want %q, %q", tt.file, got, err, tt.want, tt.err)
			}
		})
	}
}

// TestServeCheckExposed: rule serveExposed refuses a non-loopback address
// without a token, on the address as written and on the one bound, unless
// there is a token or --insecure.
func TestServeCheckExposed(t *testing.T) {
	tcp := func(ip string) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: 8080} }
	for _, tt := range []struct {
		host            string
		bound           net.Addr
		token, insecure bool
		refused         bool
	}{
		{"127.0.0.1", nil, false, false, false},
		{"[::1]", nil, false, false, false},
		{"::1", nil, false, false, false},
		{"localhost", nil, false, false, false}, // a name: judged once bound
		{"", nil, false, false, true},
		{"0.0.0.0", nil, false, false, true},
		{"::", nil, false, false, true},
		{"192.0.2.7", nil, false, false, true},
		{"192.0.2.7", nil, true, false, false},
		{"192.0.2.7", nil, false, true, false},
		{"localhost", tcp("127.0.0.1"), false, false, false},
		{"myhost", tcp("192.0.2.7"), false, false, true},
		{"", tcp("::"), false, false, true},
		{"", tcp("::"), true, false, false},
		{"", tcp("::"), false, true, false},
	} {
		err := serveCheckExposed(tt.host, tt.bound, tt.token, tt.insecure)
		if (err != nil) != tt.refused {
			t.Errorf("host %q bound %v token %v insecure %v: %v, want refused %v", tt.host, tt.bound, tt.token, tt.insecure, err, tt.refused)
		}
		if err != nil && (!errors.As(err, new(errUsage)) || !strings.Contains(err.Error(), "--insecure")) {
			t.Errorf("refusal %v: want a usage error naming --insecure", err)
		}
	}
}

// TestServeLocalOnly: without a token lede serve answers requests
// addressed to localhost only (DNS rebinding), unless --insecure; with a
// token any name is answered (the token guards it).
func TestServeLocalOnly(t *testing.T) {
	serveUnsetToken(t)
	db := serveTestStore(t)
	file := filepath.Join(t.TempDir(), "token")
	os.WriteFile(file, []byte(serveTestToken), 0o600)
	for _, tt := range []struct {
		args   []string
		header map[string]string
		code   int
	}{
		{nil, nil, 403},
		{[]string{"--insecure"}, nil, 200},
		{[]string{"--token-file", file}, map[string]string{"Authorization": "Bearer " + serveTestToken}, 200},
	} {
		base, stop := serveStart(t, append([]string{"--db", db}, tt.args...)...)
		req, _ := http.NewRequest("GET", base+"/api/stats", nil)
		req.Host = "rebound.example"
		for k, v := range tt.header {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.code {
			t.Errorf("%v: Host rebound.example: %d, want %d", tt.args, resp.StatusCode, tt.code)
		}
		if code, _, _ := serveGet(t, "GET", base+"/api/stats", tt.header); code != 200 {
			t.Errorf("%v: Host 127.0.0.1: %d", tt.args, code)
		}
		stop()
	}
}

// serveTestCert writes a self-signed certificate for 127.0.0.1 and its key
// (PEM) into dir, returning their paths and the certificate.
func serveTestCert(t *testing.T, dir string) (certFile, keyFile string, cert *x509.Certificate) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "lede test"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	if cert, err = x509.ParseCertificate(der); err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600)
	return certFile, keyFile, cert
}

// TestServeTLS: with --tls-cert and --tls-key lede serve speaks HTTPS (the
// token then never crosses in clear), refuses plain HTTP, and says a
// missing half or a wrong file plainly.
func TestServeTLS(t *testing.T) {
	serveUnsetToken(t)
	db := serveTestStore(t)
	dir := t.TempDir()
	certFile, keyFile, cert := serveTestCert(t, dir)
	tokenFile := filepath.Join(dir, "token")
	os.WriteFile(tokenFile, []byte(serveTestToken), 0o600)
	base, stop := serveStart(t, "--db", db, "--token-file", tokenFile, "--tls-cert", certFile, "--tls-key", keyFile)
	if !strings.HasPrefix(base, "https://") {
		t.Fatalf("listening on %s, want https", base)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	req, _ := http.NewRequest("GET", base+"/api/stats", nil)
	req.Header.Set("Authorization", "Bearer "+serveTestToken)
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.TLS == nil {
		t.Errorf("GET /api/stats over TLS: %d, TLS %v", resp.StatusCode, resp.TLS != nil)
	}
	if code, _, _ := serveGet(t, "GET", "http://"+strings.TrimPrefix(base, "https://")+"/healthz", nil); code != 400 {
		t.Errorf("plain HTTP to the HTTPS server: %d, want 400", code)
	}
	stop()
	// TLS 1.0 and 1.1 refused even where Go's own default would take them
	// (GODEBUG=tls10server=1, read again when the variable changes).
	t.Setenv("GODEBUG", "tls10server=1")
	base, stop = serveStart(t, "--db", db, "--token-file", tokenFile, "--tls-cert", certFile, "--tls-key", keyFile)
	old := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}}}
	if resp, err := old.Get(base + "/healthz"); err == nil {
		resp.Body.Close()
		t.Errorf("a TLS 1.1 client was answered (%d), want the handshake refused", resp.StatusCode)
	}
	stop()

	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--tls-cert", certFile}, 2, "lede: serve: --tls-cert and --tls-key go together: give both\n"},
		{[]string{"--tls-key", keyFile}, 2, "lede: serve: --tls-cert and --tls-key go together: give both\n"},
		{[]string{"--tls-cert", certFile, "--tls-key", certFile}, 1, "lede: serve: --tls-cert " + certFile + ", --tls-key " + certFile + ": tls: found a certificate rather than a key in the PEM for the private key\n"},
		{[]string{"--tls-cert", filepath.Join(dir, "none.pem"), "--tls-key", keyFile}, 1, "lede: serve: --tls-cert " + filepath.Join(dir, "none.pem") + ", --tls-key " + keyFile + ": no such file or directory\n"},
	} {
		stdout, stderr, code := extractTestRun(t, append([]string{"serve", "--db", db}, tt.args...)...)
		if code != tt.code || stdout != "" || stderr != tt.want {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}

// TestServeTokenNotLogged: the server's log never holds the token (a
// request log shipped elsewhere would hand out the API), whether requests
// send it right, wrong or in the query; and a token file others may read
// is warned of, one only its owner reads is not.
func TestServeTokenNotLogged(t *testing.T) {
	serveUnsetToken(t)
	db := serveTestStore(t)
	dir := t.TempDir()
	for _, tt := range []struct {
		mode os.FileMode
		warn bool
	}{{0o644, true}, {0o600, false}} {
		tokenFile := filepath.Join(dir, "token-"+tt.mode.String())
		if err := os.WriteFile(tokenFile, []byte(serveTestToken+"\n"), tt.mode); err != nil {
			t.Fatal(err)
		}
		os.Chmod(tokenFile, tt.mode) // past the umask
		base, stop := serveStart(t, "--db", db, "--token-file", tokenFile)
		serveGet(t, "GET", base+"/api/stats", map[string]string{"Authorization": "Bearer " + serveTestToken})
		serveGet(t, "GET", base+"/api/stats", map[string]string{"Authorization": "Bearer " + serveTestToken + "x"})
		serveGet(t, "GET", base+"/api/search?q=council&token="+serveTestToken, nil)
		log := stop()
		if strings.Contains(log, serveTestToken) {
			t.Errorf("token file mode %o: the log holds the token:\n%s", tt.mode, log)
		}
		if got := strings.Contains(log, "token file readable by others"); got != tt.warn {
			t.Errorf("token file mode %o: warned %v, want %v:\n%s", tt.mode, got, tt.warn, log)
		}
	}
}

// TestServeExposedWarning: serve warns, listening beyond loopback, of an
// API without a token (--insecure) and of a token over plain HTTP; on
// loopback, or with a token over TLS, it says nothing.
func TestServeExposedWarning(t *testing.T) {
	lo := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}
	all := &net.TCPAddr{IP: net.IPv4zero, Port: 8080}
	lan := &net.TCPAddr{IP: net.ParseIP("192.0.2.7"), Port: 8080}
	tests := []struct {
		bound      net.Addr
		token, tls bool
		want       string // a word of the warning, "" for none
	}{
		{lo, false, false, ""},
		{lo, true, false, ""},
		{all, false, false, "no authentication"},
		{lan, false, true, "no authentication"},
		{lan, true, false, "plain HTTP"},
		{all, true, true, ""},
	}
	for _, tt := range tests {
		got := serveExposedWarning(tt.bound, tt.token, tt.tls)
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("serveExposedWarning(%v, token %v, TLS %v) = %q, want one with %q", tt.bound, tt.token, tt.tls, got, tt.want)
		}
	}
}
