package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// extractTestRun runs the CLI as main does and returns stdout, stderr and the exit status.
func extractTestRun(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err := run(ctx, args, &stdout, &stderr)
	code := exitCode(err, &stderr)
	return stdout.String(), stderr.String(), code
}

func extractTestFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const extractTestArticle = "Storm closes coastal road\n\nThe coastal road stayed closed on Friday after storm damage.\nEngineers said repairs would take a week.\n"

// TestExtractBadInput: every bad input gives one clear line on stderr and a
// non-zero exit, never a panic.
func TestExtractBadInput(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL + "/article"
	closed.Close()
	notFound := httptest.NewServer(http.NotFoundHandler())
	defer notFound.Close()

	tests := []struct {
		name string
		args func(t *testing.T) []string
		want string // a word the error line must hold
	}{
		{"empty", func(t *testing.T) []string { return []string{"extract", extractTestFile(t, "e.txt", nil)} }, "empty"},
		{"whitespace only", func(t *testing.T) []string {
			return []string{"extract", extractTestFile(t, "w.txt", []byte(" \n\t\n"))}
		}, "empty"},
		{"binary png", func(t *testing.T) []string {
			return []string{"extract", extractTestFile(t, "b.png", append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0, 1, 2, 3}, 100)...))}
		}, "binary"},
		{"binary zeros", func(t *testing.T) []string {
			return []string{"extract", extractTestFile(t, "z.bin", bytes.Repeat([]byte{0, 0xff, 7}, 1000))}
		}, "binary"},
		{"over the cap", func(t *testing.T) []string {
			return []string{"extract", "--max-bytes", "100", extractTestFile(t, "big.txt", bytes.Repeat([]byte("news "), 100))}
		}, "too large: over the 100 bytes cap (--max-bytes raises it)"},
		{"directory", func(t *testing.T) []string { return []string{"extract", t.TempDir()} }, "directory"},
		{"missing file", func(t *testing.T) []string { return []string{"extract", filepath.Join(t.TempDir(), "nope.txt")} }, "nope.txt: no such file or directory"},
		{"refused URL", func(t *testing.T) []string { return []string{"extract", "--allow-private", closedURL} }, ": cannot reach 127.0.0.1:"},
		{"HTTP 404", func(t *testing.T) []string { return []string{"extract", "--allow-private", notFound.URL + "/x"} }, "404"},
		{"private address", func(t *testing.T) []string { return []string{"extract", notFound.URL + "/x"} },
			": private, loopback or link-local address refused (--allow-private lets it through)"},
		{"RSS feed", func(t *testing.T) []string {
			return []string{"extract", extractTestFile(t, "news.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Town news</title><item><title>A</title><link>https://town.example/a</link></item></channel></rss>`))}
		}, "feed, not an article: lede ingest reads it"},
		{"WARC", func(t *testing.T) []string {
			return []string{"extract", extractTestFile(t, "crawl.dat", []byte("WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))}
		}, "a warc archive, not an article"},
		{"gzipped WARC", func(t *testing.T) []string {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write([]byte("WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
			zw.Close()
			return []string{"extract", extractTestFile(t, "crawl.warc.gz", b.Bytes())}
		}, "a warc archive, not an article"},
		{"corrupt gzip", func(t *testing.T) []string {
			return []string{"extract", extractTestFile(t, "page.html.gz", append([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"), bytes.Repeat([]byte{0xff}, 50)...))}
		}, "gzip-compressed"},
		{"JSON lines", func(t *testing.T) []string {
			return []string{"extract", extractTestFile(t, "pages.txt", []byte(`{"url":"https://town.example/a","text":"Storm closes road"}`+"\n"))}
		}, "json records, not an article"},
		{"URL list", func(t *testing.T) []string {
			return []string{"extract", extractTestFile(t, "todo.txt", []byte("https://town.example/a\nhttps://town.example/b\n"))}
		}, "a list of urls, not an article: give the urls to lede extract"},
		{"URL without host", func(t *testing.T) []string { return []string{"extract", "http://"} }, "http://: not a valid url (no host)"},
		{"URL that does not parse", func(t *testing.T) []string { return []string{"extract", "https://[::1"} }, "not a valid url (missing ']' in host)"},
		{"ftp scheme", func(t *testing.T) []string { return []string{"extract", "ftp://example.org/a.txt"} }, "scheme"},
		{"bad format", func(t *testing.T) []string { return []string{"extract", "--format", "xml", "x"} }, "format"},
		{"no input", func(t *testing.T) []string { return []string{"extract"} }, "arg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := extractTestRun(t, tt.args(t)...)
			if code == 0 {
				t.Fatalf("exit status 0, want non-zero; stdout %q", stdout)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], "lede: ") {
				t.Errorf("stderr = %q, want one line starting with \"lede: \"", stderr)
			}
			if !strings.Contains(strings.ToLower(stderr), tt.want) {
				t.Errorf("stderr = %q, want it to mention %q", stderr, tt.want)
			}
			if strings.Count(stderr, "lede:") > 1 || strings.Contains(stderr, "panic") {
				t.Errorf("stderr = %q: repeated prefix or panic", stderr)
			}
			for _, raw := range []string{"stat ", `Get "`, "dial tcp", "fetch failed"} {
				if strings.Contains(stderr, raw) { // Go's error layers, not words for a reader
					t.Errorf("stderr = %q: holds %q", stderr, raw)
				}
			}
		})
	}
}

// TestExtractInvalidUTF8 gives a best-effort record with a warning.
func TestExtractInvalidUTF8(t *testing.T) {
	data := []byte("Café council meets\n\nThe council met on Friday. “Costs rose \xff\xfe by 5%,” she said.\nMore later.\n")
	stdout, stderr, code := extractTestRun(t, "extract", extractTestFile(t, "bad.txt", data))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var a struct {
		Title    string
		Text     string
		Warnings []string
	}
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
	}
	if len(a.Warnings) == 0 || a.Text == "" {
		t.Errorf("want a best-effort record with warnings, got %+v", a)
	}
}

// TestExtractSeveral: a failing input is reported and the others go on; the
// exit status says that one failed; records are one per line.
func TestExtractSeveral(t *testing.T) {
	good := extractTestFile(t, "good.txt", []byte(extractTestArticle))
	stdout, stderr, code := extractTestRun(t, "extract", good, filepath.Join(t.TempDir(), "missing.txt"), good)
	if code == 0 {
		t.Error("exit status 0 with a failing input")
	}
	lines := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 JSON lines, got %d:\n%s", len(lines), stdout)
	}
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Errorf("not a JSON line: %q", l)
		}
	}
	if strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr = %q, want one line", stderr)
	}
}

func TestExtractFormats(t *testing.T) {
	p := extractTestFile(t, "a.txt", []byte(extractTestArticle))
	// --json, as the other commands take it, is --format json.
	withJSON, _, code := extractTestRun(t, "extract", "--no-analysis", "--json", p)
	plain, _, _ := extractTestRun(t, "extract", "--no-analysis", p)
	if code != 0 || withJSON != plain || !json.Valid([]byte(withJSON)) {
		t.Errorf("extract --json: exit %d, output differs from the default JSON:\n%.300s", code, withJSON)
	}
	for _, f := range []string{"json", "text", "markdown"} {
		stdout, stderr, code := extractTestRun(t, "extract", "--format", f, "--url", "https://example.org/news/storm", p)
		if code != 0 || !strings.Contains(stdout, "Engineers said repairs") {
			t.Errorf("--format %s: exit %d, stderr %q, stdout %q", f, code, stderr, stdout)
		}
	}
}

// TestExtractSeveralFormatted: in text and markdown, several records are
// told apart (a "==> NAME <==" line, a --- rule); one record has neither.
func TestExtractSeveralFormatted(t *testing.T) {
	a := extractTestFile(t, "a.txt", []byte(extractTestArticle))
	b := extractTestFile(t, "b.txt", []byte("Bakery wins prize\n\nThe bakery on Mill Street won a regional prize on Monday.\n"))
	tests := []struct {
		format string
		args   []string
		want   string
	}{
		{"text", []string{a, b}, "==> " + a + " <==\nStorm closes coastal road\n\n" +
			"The coastal road stayed closed on Friday after storm damage.\n\nEngineers said repairs would take a week.\n\n" +
			"==> " + b + " <==\nBakery wins prize\n\nThe bakery on Mill Street won a regional prize on Monday.\n"},
		{"text", []string{b}, "Bakery wins prize\n\nThe bakery on Mill Street won a regional prize on Monday.\n"},
		{"markdown", []string{a, b}, "# Storm closes coastal road\n\n" +
			"The coastal road stayed closed on Friday after storm damage.\n\nEngineers said repairs would take a week.\n\n" +
			"---\n\n# Bakery wins prize\n\nThe bakery on Mill Street won a regional prize on Monday.\n\n"},
	}
	for _, tt := range tests {
		stdout, stderr, code := extractTestRun(t, append([]string{"extract", "--no-analysis", "--format", tt.format}, tt.args...)...)
		if code != 0 {
			t.Fatalf("--format %s: exit %d: %s", tt.format, code, stderr)
		}
		if diff := cmp.Diff(tt.want, stdout); diff != "" {
			t.Errorf("--format %s, %d inputs (-want +got):\n%s", tt.format, len(tt.args), diff)
		}
	}
}

// TestExtractURLFlag: --url must be an absolute http(s) URL (it becomes the
// record's url and feeds the outlet): anything else is a usage mistake.
func TestExtractURLFlag(t *testing.T) {
	p := extractTestFile(t, "a.txt", []byte(extractTestArticle))
	for _, u := range []string{"notaurl", "example.org/a", "ftp://example.org/a", "https://"} {
		_, stderr, code := extractTestRun(t, "extract", "--url", u, p)
		if code != 2 || !strings.Contains(stderr, "--url") {
			t.Errorf("--url %q: exit %d, stderr %q; want 2 and a line about --url", u, code, stderr)
		}
	}
	stdout, _, code := extractTestRun(t, "extract", "--no-analysis", "--url", "https://example.org/news/storm", p)
	if code != 0 || !strings.Contains(stdout, `"url": "https://example.org/news/storm"`) {
		t.Errorf("--url https://...: exit %d\n%.400s", code, stdout)
	}
}

// TestExtractHuge: a real 100 MB file is refused by the default cap quickly,
// without reading it into memory.
func TestExtractHuge(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 100 MB file in -short mode")
	}
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("All work and no play makes a dull news day.\n"), 1<<14)
	for written := 0; written < 100<<20; written += len(chunk) {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	start := time.Now()
	_, stderr, code := extractTestRun(t, "extract", p)
	if code == 0 || !strings.Contains(stderr, "too large") {
		t.Errorf("exit %d, stderr %q: want a too-large error", code, stderr)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refusing a 100 MB file took %v", d)
	}
}

// TestExtractOneURLIsText: a text that is a single bare URL (a post's
// address), or that opens with "{", is still extracted, not refused as a
// list of URLs or JSON lines.
func TestExtractOneURLIsText(t *testing.T) {
	for _, text := range []string{
		"https://twitter.com/calderferries/status/1896543210987654321\n",
		"{VIDEO} Storm closes coastal road\n\nThe coastal road stayed closed on Friday.\n", // not JSON lines
	} {
		p := extractTestFile(t, "post.txt", []byte(text))
		if _, stderr, code := extractTestRun(t, "extract", "--no-analysis", p); code != 0 {
			t.Errorf("%q: exit %d: %s", text, code, stderr)
		}
	}
}

// TestExtractInterrupted: Ctrl-C during a fetch is one "interrupted" line,
// and the inputs after it are not tried.
func TestExtractInterrupted(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	var stdout, stderr bytes.Buffer
	err := run(ctx, []string{"extract", "--allow-private", srv.URL + "/a", srv.URL + "/b"}, &stdout, &stderr)
	if code := exitCode(err, &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := "lede: " + srv.URL + "/a: interrupted\n"; stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
}

// TestExtractTitleOnly: a text that is only a headline gives its record
// with a warning that there is no body (it was silent).
func TestExtractTitleOnly(t *testing.T) {
	stdout, _, code := extractTestRun(t, "extract", "--no-analysis", extractTestFile(t, "h.txt", []byte("Council meets on Monday\n")))
	var a struct {
		Title    string
		Text     string
		Warnings []string
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &a) != nil {
		t.Fatalf("exit %d\n%s", code, stdout)
	}
	if a.Title != "Council meets on Monday" || a.Text != "" || !slices.Contains(a.Warnings, "no body text: the input held only a title line") {
		t.Errorf("title %q, text %q, warnings %q", a.Title, a.Text, a.Warnings)
	}
}

// TestExtractGzip: lede extract reads a saved page.html.gz decompressed, and
// one cut short as far as it goes, marked source.cut with a warning.
func TestExtractGzip(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "examples", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(page)
	zw.Close()
	whole := b.Bytes()
	for name, data := range map[string][]byte{"whole": whole, "cut": whole[:len(whole)*2/3]} {
		stdout, stderr, code := extractTestRun(t, "extract", extractTestFile(t, name+".html.gz", data))
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		var a struct {
			Title    string
			Text     string
			Warnings []string
			Source   struct{ Cut bool }
		}
		if err := json.Unmarshal([]byte(stdout), &a); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.Title == "" || a.Text == "" || a.Source.Cut != (name == "cut") || (len(a.Warnings) > 0) != (name == "cut") {
			t.Errorf("%s: title %q, %d bytes of text, cut %v, warnings %q", name, a.Title, len(a.Text), a.Source.Cut, a.Warnings)
		}
	}
}
