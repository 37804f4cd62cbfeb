package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/ingest/gen"
	"github.com/lede-news/lede/internal/store/sqlite"
)

// TestIngestHelperProcess is the child of ingestChild's tests (TestIngestKill9,
// TestMainSignalExit, ...): the test binary re-executed to run lede as its
// own process, as main does, signals and all.
func TestIngestHelperProcess(t *testing.T) {
	if os.Getenv("LEDE_INGEST_HELPER") != "1" {
		t.Skip("helper process for ingestChild")
	}
	os.Exit(mainRun(strings.Split(os.Getenv("LEDE_INGEST_ARGS"), "\x1f"), os.Stdout, os.Stderr))
}

func ingestChild(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestHelperProcess$")
	cmd.Env = append(os.Environ(), "LEDE_INGEST_HELPER=1", "LEDE_INGEST_ARGS="+strings.Join(args, "\x1f"))
	return cmd
}

// ingestIDs lists the stored article ids and URLs in ingestion order.
func ingestIDs(t *testing.T, path string) (ids, urls []string) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for r, err := range db.Articles(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.Article.ID)
		urls = append(urls, r.Article.URL)
	}
	// The FTS index must match its content table exactly (no row twice, none missing).
	if _, err := db.Reader().Exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("FTS integrity: %v", err)
	}
	var ok string
	if err := db.Reader().QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: %q %v", ok, err)
	}
	return ids, urls
}

// ingestWriteWARC writes a gzipped WARC of pages synthetic pages of 250
// words padded with padBytes of boilerplate, for the kill -9 tests.
func ingestWriteWARC(t *testing.T, path string, pages, padBytes int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	w := gen.NewWARCWriter(bw, true)
	for i := 0; i < pages; i++ {
		if err := w.Page(gen.Make(i, gen.Options{Words: 250, PadBytes: padBytes})); err != nil {
			t.Fatal(err)
		}
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestIngestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts subprocesses")
	}
	const pages = 900
	dir := t.TempDir()
	warc := filepath.Join(dir, "crawl.warc.gz")
	ingestWriteWARC(t, warc, pages, 8000)
	db := filepath.Join(dir, "crash.db")
	args := []string{"ingest", "--db", db, "--no-analysis", "--quiet", "--workers", "2", warc}

	child := ingestChild(args...)
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill -9 once at least one batch is committed.
	deadline := time.Now().Add(60 * time.Second)
	var before []string
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if _, err := os.Stat(db); err != nil {
			continue
		}
		store, err := sqlite.Open(context.Background(), db)
		if err != nil {
			continue
		}
		st, err := store.Stats(context.Background())
		store.Close()
		if err == nil && st.Articles > 0 {
			break
		}
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	before, _ = ingestIDs(t, db)
	t.Logf("killed with %d of %d articles committed", len(before), pages)
	if len(before) == 0 {
		t.Fatal("nothing committed before the kill")
	}

	// The same command again, to the end.
	out, err := ingestChild(args...).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	after, urls := ingestIDs(t, db)
	if len(after) != pages {
		t.Errorf("%d articles after the rerun, want %d", len(after), pages)
	}
	seen := map[string]bool{}
	for _, u := range urls {
		if seen[u] {
			t.Errorf("URL stored twice: %s", u)
		}
		seen[u] = true
	}
	for i, id := range before {
		if i >= len(after) || after[i] != id {
			t.Fatalf("committed article %d (%s) lost or moved after the rerun", i, id)
		}
	}
	// A third run changes nothing.
	if out, err := ingestChild(args...).CombinedOutput(); err != nil {
		t.Fatalf("third run: %v\n%s", err, out)
	}
	if again, _ := ingestIDs(t, db); len(again) != pages {
		t.Errorf("%d articles after the third run", len(again))
	}
}

// runLede runs the CLI in-process.
func runLede(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), err
}

func TestCorpusCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	corpus := filepath.Join("..", "..", "examples", "corpus")
	out, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-follow", corpus)
	if err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if out != "" {
		t.Errorf("ingest --quiet printed %q", out)
	}
	// --json asks for the summary, which --quiet does not silence.
	out, _, err = runLede(t, "ingest", "--db", db, "--json", "--quiet", "--no-follow", corpus)
	if err != nil {
		t.Fatalf("ingest again: %v", err)
	}
	var sum struct{ Ingested, Unchanged, Failed int }
	if err := json.Unmarshal([]byte(out), &sum); err != nil || sum.Ingested != 0 || sum.Unchanged != 7 || sum.Failed != 0 {
		t.Errorf("second ingest summary %+v (%v): %s", sum, err, out)
	}

	out, _, err = runLede(t, "stats", "--db", db, "--json")
	var st struct{ Articles int }
	if err != nil || json.Unmarshal([]byte(out), &st) != nil || st.Articles != 7 {
		t.Errorf("stats: %v %s", err, out)
	}

	out, _, err = runLede(t, "search", "--db", db, "--json", "--since", "2024-03-01", "harbour")
	var res struct {
		Hits []struct{ ID, URL, Title, Outlet, Date, Snippet string }
	}
	if err != nil || json.Unmarshal([]byte(out), &res) != nil {
		t.Fatalf("search: %v %s", err, out)
	}
	if len(res.Hits) == 0 {
		t.Fatalf("no hits: %s", out)
	}
	for _, h := range res.Hits {
		if !strings.Contains(strings.ToLower(h.Snippet), "<mark>harbour</mark>") || h.ID == "" || h.Date < "2024-03-01" {
			t.Errorf("hit %+v", h)
		}
	}
	out, _, err = runLede(t, "search", "--db", db, "--outlet", "port alder post", "harbour")
	if err != nil || !strings.Contains(out, "Harbour strike ends") || strings.Contains(out, "\x1b[") || strings.Contains(out, "Council approves") {
		t.Errorf("search --outlet (plain text): %v\n%s", err, out)
	}
	if _, _, err := runLede(t, "search", "--db", db, "--since", "yesterday", "x"); err == nil {
		t.Errorf("search accepted --since yesterday")
	}

	out, _, err = runLede(t, "show", "--db", db, res.Hits[0].ID)
	if err != nil || !strings.Contains(out, `"title": "`+res.Hits[0].Title) {
		t.Errorf("show: %v\n%.300s", err, out)
	}
	if _, _, err := runLede(t, "show", "--db", db, "ffffffffffffffff"); err == nil {
		t.Errorf("show of an unknown id succeeded")
	}

	out, _, err = runLede(t, "export", "--db", db, "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 8 || rows[0][0] != "id" {
		t.Errorf("export csv: %d rows, %v", len(rows), err)
	}
	for _, what := range []string{"articles", "quotes", "claims", "people"} {
		out, _, err = runLede(t, "export", "--db", db, "--what", what)
		if err != nil {
			t.Errorf("export %s: %v", what, err)
		}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line != "" && !json.Valid([]byte(line)) {
				t.Errorf("export %s: invalid JSON line %.100s", what, line)
			}
		}
	}
	if _, stderr, err := runLede(t, "quotes", "--db", db, "--speaker", "nobody-at-all"); err != nil || stderr != `no quotes of a speaker whose name contains "nobody-at-all"`+"\n" {
		t.Errorf("quotes --speaker nobody-at-all: %v, stderr %q; want it to name the speaker asked for", err, stderr)
	}
	if _, _, err := runLede(t, "stats", "--db", filepath.Join(t.TempDir(), "missing.db")); err == nil {
		t.Errorf("stats on a missing store succeeded")
	}
}

// TestIngestErrorsAndStdin: when stderr is no terminal, a failed item is one
// plain "lede: NAME: cause" line as lede extract prints it (no log
// key=value), a missing file does not say "stat", an unreachable URL says
// so in words, and "-" ingests stdin like a file.
func TestIngestErrorsAndStdin(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	const loopback = "http://127.0.0.1:9/feed.xml" // refused before any dial: no --allow-private
	missing := filepath.Join(dir, "nope.html")

	var out, errb bytes.Buffer
	err := runIO(context.Background(), []string{"ingest", "--db", db, missing, loopback},
		strings.NewReader(""), &out, &errb)
	if code := exitCode(err, io.Discard); code != 1 {
		t.Errorf("exit status %d, want 1 (nothing went in)", code)
	}
	want := []string{
		"lede: " + missing + ": no such file or directory",
		"lede: " + loopback + ": private, loopback or link-local address refused (--allow-private lets it through)",
	}
	got := strings.Split(strings.TrimSpace(errb.String()), "\n")
	slices.Sort(got) // items are read in parallel
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stderr lines (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(out.String(), "ingested 0, updated 0, unchanged 0, failed 2 in ") || strings.Contains(out.String(), "items/s") {
		t.Errorf("summary %q: want the counts and no rate for a run this short", out.String())
	}

	out.Reset()
	errb.Reset()
	err = runIO(context.Background(), []string{"ingest", "--db", db, "-"}, strings.NewReader(extractTestArticle), &out, &errb)
	if err != nil || !strings.HasPrefix(out.String(), "ingested 1,") || errb.Len() != 0 {
		t.Fatalf("ingest - : %v, stdout %q, stderr %q", err, out.String(), errb.String())
	}
	stdout, _, err := runLede(t, "search", "--db", db, "coastal")
	if err != nil || !strings.Contains(stdout, "Storm closes coastal road") {
		t.Errorf("search after ingest of stdin: %v\n%s", err, stdout)
	}
}

// TestIngestFeedOverHTTP: a feed whose entry is gone: the page it links is
// stored, the missing one is one line with the HTTP status, its address
// said once.
func TestIngestFeedOverHTTP(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Town</title>
<item><title>Storm</title><link>%[1]s/storm</link></item>
<item><title>Gone</title><link>%[1]s/gone</link></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/storm", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, extractTestArticle)
	})
	db := filepath.Join(t.TempDir(), "f.db")
	var out, errb bytes.Buffer
	err := runIO(context.Background(), []string{"ingest", "--db", db, "--allow-private", "--delay", "1ms", "--no-analysis", srv.URL + "/feed.xml"},
		strings.NewReader(""), &out, &errb)
	if err != nil {
		t.Fatalf("ingest: %v\n%s%s", err, out.String(), errb.String())
	}
	if want := "lede: " + srv.URL + "/gone: HTTP 404 Not Found\n"; errb.String() != want {
		t.Errorf("stderr %q, want %q", errb.String(), want)
	}
	if !strings.HasPrefix(out.String(), "ingested 1, updated 0, unchanged 0, failed 1 in ") ||
		!strings.Contains(out.String(), "  1 fetch failed: "+srv.URL+"/gone: HTTP 404 Not Found\n") {
		t.Errorf("summary:\n%s", out.String())
	}
}

// TestIngestFetchDelay: --delay 0 means no pause between two requests to a
// host; fetch.Options reads 0 as its default second.
func TestIngestFetchDelay(t *testing.T) {
	tests := []struct{ flag, want time.Duration }{
		{0, -1},
		{time.Second, time.Second},
		{250 * time.Millisecond, 250 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := ingestFetchDelay(tt.flag); got != tt.want {
			t.Errorf("ingestFetchDelay(%v) = %v, want %v", tt.flag, got, tt.want)
		}
	}
}

// TestIngestCheckWritable: a store that exists and cannot be written is
// refused before any page is read; a missing one (ingest creates it) and a
// writable one pass.
func TestIngestCheckWritable(t *testing.T) {
	dir := t.TempDir()
	if err := ingestCheckWritable(filepath.Join(dir, "new.db")); err != nil {
		t.Errorf("missing store: %v", err)
	}
	rw := filepath.Join(dir, "rw.db")
	if err := os.WriteFile(rw, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := ingestCheckWritable(rw); err != nil {
		t.Errorf("writable store: %v", err)
	}
	ro := filepath.Join(dir, "ro.db")
	if err := os.WriteFile(ro, nil, 0o444); err != nil {
		t.Fatal(err)
	}
	if f, err := os.OpenFile(ro, os.O_RDWR, 0); err == nil {
		f.Close()
		t.Skip("permissions not enforced here (root?)")
	}
	if err := ingestCheckWritable(ro); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("read-only store: %v, want it called read-only", err)
	}
}
