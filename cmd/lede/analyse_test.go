package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/store/sqlite"
)

// analyseTestOutputs is what a user reads from a store: every export
// (sorted: ingestion order depends on the workers), quotes, people, a
// search by person, the stories, and the counts.
func analyseTestOutputs(t *testing.T, db string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, what := range []string{"articles", "quotes", "claims", "people"} {
		s, _, err := runLede(t, "export", "--db", db, "--what", what)
		if err != nil {
			t.Fatalf("export %s: %v", what, err)
		}
		lines := strings.Split(s, "\n")
		slices.Sort(lines)
		out["export "+what] = strings.Join(lines, "\n")
	}
	for _, args := range [][]string{{"quotes"}, {"stories"}, {"search", "--json", "--person", "Priya Nandakumar", "library"}} {
		s, _, err := runLede(t, append(args, "--db", db)...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		out[strings.Join(args, " ")] = s
	}
	s, _, err := runLede(t, "stats", "--json", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	// The size on disk differs (the store was written twice).
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, "size_bytes") {
			keep = append(keep, l)
		}
	}
	out["stats"] = strings.Join(keep, "\n")
	return out
}

// TestAnalyseCommand: a store ingested with --no-analysis, then analysed,
// reads exactly like one ingested with analysis, with no new version; a
// second run has nothing to do, --all does it again with the same result;
// the stories a store kept are computed again.
func TestAnalyseCommand(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join("..", "..", "examples", "corpus")
	full, bare := filepath.Join(dir, "full.db"), filepath.Join(dir, "bare.db")
	if _, _, err := runLede(t, "ingest", "--db", full, "--quiet", "--workers", "1", "--no-follow", corpus); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runLede(t, "ingest", "--db", bare, "--quiet", "--workers", "1", "--no-follow", "--no-analysis", corpus); err != nil {
		t.Fatal(err)
	}
	want := analyseTestOutputs(t, full)
	if !strings.Contains(want["quotes"], "Priya Nandakumar") {
		t.Fatalf("the example corpus has no quote of Priya Nandakumar any more: the test needs another speaker\n%s", want["quotes"])
	}
	if out, _, err := runLede(t, "stats", "--db", bare); err != nil || !strings.Contains(out, "unanalysed 7 (") {
		t.Errorf("stats before lede analyse: %v\n%s", err, out)
	}
	// Stories computed before the analysis (from no people, places, quotes).
	if _, _, err := runLede(t, "stories", "--db", bare); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runLede(t, "analyse", "--db", bare)
	if err != nil || !strings.HasPrefix(stdout, "analysed 7 articles in ") || !strings.HasSuffix(stdout, ", stories updated\n") || stderr != "" {
		t.Fatalf("analyse: %v, stdout %q, stderr %q", err, stdout, stderr)
	}
	if diff := cmp.Diff(want, analyseTestOutputs(t, bare)); diff != "" {
		t.Errorf("analysed store vs ingested with analysis (-want +got):\n%s", diff)
	}
	if stdout, _, err := runLede(t, "analyse", "--db", bare); err != nil || stdout != "nothing to analyse: every article has its analysis (--all analyses them again)\n" {
		t.Errorf("second run: %v, %q", err, stdout)
	}
	if stdout, _, err := runLede(t, "analyse", "--db", bare, "--all", "--since", "2024-03-01", "--workers", "1"); err != nil || !strings.HasPrefix(stdout, "analysed 4 articles") {
		t.Errorf("--all --since: %v, %q", err, stdout)
	}
	if stdout, _, err := runLede(t, "analyse", "--db", bare, "--all", "--since", "2030-01-01"); err != nil || stdout != "nothing to analyse: no stored article published since 2030-01-01\n" {
		t.Errorf("--all --since 2030: %v, %q", err, stdout)
	}
	if stdout, _, err := runLede(t, "analyse", "--db", bare, "--all", "--quiet"); err != nil || stdout != "" {
		t.Errorf("--all --quiet: %v, %q", err, stdout)
	}
	// --json asks for the summary, which --quiet does not silence.
	if stdout, _, err := runLede(t, "analyse", "--db", bare, "--all", "--since", "2024-03-01", "--workers", "1", "--quiet", "--json"); err != nil || !strings.HasPrefix(stdout, "{") || !json.Valid([]byte(stdout)) {
		t.Errorf("--all --quiet --json: %v, %q; want the summary as JSON", err, stdout)
	}
	if diff := cmp.Diff(want, analyseTestOutputs(t, bare)); diff != "" {
		t.Errorf("after --all (-want +got):\n%s", diff)
	}
	_, ids := analyseTestVersions(t, bare)
	if ids != 0 {
		t.Errorf("%d versions after analysis, want none", ids)
	}
}

// analyseTestVersions counts the articles and versions of a store.
func analyseTestVersions(t *testing.T, path string) (articles, versions int64) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Articles, st.Versions
}

// TestIngestAnalysesUnanalysed: ingesting again, with analysis, pages stored
// with --no-analysis analyses them in place instead of reporting them
// unchanged; a third run finds them unchanged.
func TestIngestAnalysesUnanalysed(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join("..", "..", "examples", "corpus")
	full, db := filepath.Join(dir, "full.db"), filepath.Join(dir, "x.db")
	if _, _, err := runLede(t, "ingest", "--db", full, "--quiet", "--workers", "1", "--no-follow", corpus); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--workers", "1", "--no-follow", "--no-analysis", corpus); err != nil {
		t.Fatal(err)
	}
	if stdout, _, err := runLede(t, "ingest", "--db", db, "--workers", "1", "--no-follow", "--no-analysis", corpus); err != nil || !strings.HasPrefix(stdout, "ingested 0, updated 0, unchanged 7, failed 0") {
		t.Errorf("again without analysis: %v, %q", err, stdout)
	}
	if stdout, _, err := runLede(t, "ingest", "--db", db, "--workers", "1", "--no-follow", corpus); err != nil || !strings.HasPrefix(stdout, "ingested 0, updated 0, unchanged 0, analysed 7, failed 0") {
		t.Errorf("with analysis: %v, %q", err, stdout)
	}
	if stdout, _, err := runLede(t, "ingest", "--db", db, "--workers", "1", "--no-follow", corpus); err != nil || !strings.HasPrefix(stdout, "ingested 0, updated 0, unchanged 7, failed 0") {
		t.Errorf("third run: %v, %q", err, stdout)
	}
	if diff := cmp.Diff(analyseTestOutputs(t, full), analyseTestOutputs(t, db)); diff != "" {
		t.Errorf("(-ingested with analysis +analysed by ingest):\n%s", diff)
	}
	if _, v := analyseTestVersions(t, db); v != 0 {
		t.Errorf("%d versions, want none", v)
	}
}

func TestAnalyseMistakes(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.db")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"analyse", "--db", missing}, 1, "lede: no store at " + missing + " (create one with lede ingest, or give --db)\n"},
		{[]string{"analyse", "--db", missing, "--since", "yesterday"}, 2, `lede: --since "yesterday": want a date`},
		{[]string{"analyse", "--db", missing, "--workers", "-1"}, 2, "lede: --workers -1: want 1 or more (0: one per CPU)\n"},
		{[]string{"analyse", "--db", missing, "extra"}, 2, "lede: "},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := extractTestRun(t, tt.args...)
			if code != tt.code || stdout != "" || !strings.HasPrefix(stderr, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, nothing, %q...", code, stdout, stderr, tt.code, tt.want)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("analyse created %s", missing)
	}
}

// TestAnalyseKill9: lede analyse killed with -9 once a batch is committed,
// then run again, ends with every article analysed and none changed
// otherwise (same ids, in the same order, no version).
func TestAnalyseKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts subprocesses")
	}
	const pages = 1200
	dir := t.TempDir()
	warc := filepath.Join(dir, "crawl.warc.gz")
	ingestWriteWARC(t, warc, pages, 2000)
	db := filepath.Join(dir, "a.db")
	if _, _, err := runLede(t, "ingest", "--db", db, "--no-analysis", "--quiet", warc); err != nil {
		t.Fatal(err)
	}
	ids, _ := ingestIDs(t, db)
	pending := func() int64 {
		s, err := sqlite.Open(context.Background(), db)
		if err != nil {
			return -1
		}
		defer s.Close()
		n, err := s.PendingAnalysis(context.Background(), time.Time{})
		if err != nil {
			return -1
		}
		return n
	}
	child := ingestChild("analyse", "--db", db, "--quiet", "--workers", "2")
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if n := pending(); n >= 0 && n < pages {
			break
		}
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	left := pending()
	t.Logf("killed with %d of %d articles analysed", pages-left, pages)
	if left == pages {
		t.Fatal("nothing committed before the kill")
	}
	if out, err := ingestChild("analyse", "--db", db, "--quiet").CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if n := pending(); n != 0 {
		t.Errorf("%d articles left after the rerun", n)
	}
	after, _ := ingestIDs(t, db)
	if diff := cmp.Diff(ids, after); diff != "" {
		t.Errorf("articles changed (-before +after):\n%s", diff)
	}
	if n, v := analyseTestVersions(t, db); n != pages || v != 0 {
		t.Errorf("%d articles, %d versions; want %d, 0", n, v, pages)
	}
}

// TestAnalyseRefusesSecondRun: while one lede analyse holds a store, a
// second is refused with a plain message; once it is done, the next runs.
func TestAnalyseRefusesSecondRun(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no flock: two runs are safe but not refused")
	}
	db := filepath.Join(t.TempDir(), "l.db")
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-analysis", "--no-follow", filepath.Join("..", "..", "examples", "corpus")); err != nil {
		t.Fatal(err)
	}
	unlock, err := analyseLock(db) // what a running lede analyse holds
	if err != nil {
		t.Fatal(err)
	}
	_, stderr, code := extractTestRun(t, "analyse", "--db", db)
	if want := "lede: another lede analyse is running on " + db + ": wait for it to finish (or stop it; what it analysed is kept)\n"; code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1, %q", code, stderr, want)
	}
	unlock()
	if stdout, _, err := runLede(t, "analyse", "--db", db); err != nil || !strings.HasPrefix(stdout, "analysed 7 articles") {
		t.Errorf("after unlock: %v, %q", err, stdout)
	}
	if _, err := os.Stat(db + ".analyse-lock"); err == nil {
		t.Errorf("the lock file outlived the run")
	}
}

// TestAnalyseInterrupted: an interrupted run says how to finish; after an
// interrupted --all that is the command without --all, which would mark
// every article again and start over.
func TestAnalyseInterrupted(t *testing.T) {
	canceled := fmt.Errorf("stories: %w", context.Canceled)
	for _, tc := range []struct {
		err  error
		all  bool
		want string
	}{
		{nil, false, ""},
		{canceled, false, "analyse interrupted; what was analysed is stored: run the same command again to finish"},
		{canceled, true, "analyse interrupted; what was analysed is stored: run it again without --all to finish"},
		{errors.New("disk full"), true, "analyse: disk full"},
	} {
		got := ""
		if err := analyseError(tc.err, tc.all); err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("analyseError(%v, all=%v) = %q; want %q", tc.err, tc.all, got, tc.want)
		}
	}
}

// TestAnalysePrintSummary: the summary line counts in words ("1 article",
// "3 articles") and says what was skipped.
func TestAnalysePrintSummary(t *testing.T) {
	for _, tc := range []struct {
		s    analyseSummary
		want string
	}{
		{analyseSummary{Pending: 1, Analysed: 1}, "analysed 1 article in 0.0s\n"},
		{analyseSummary{Pending: 4, Analysed: 3, Skipped: 1}, "analysed 3 articles in 0.0s, 1 skipped (changed or analysed meanwhile)\n"},
	} {
		var b strings.Builder
		analysePrintSummary(&b, &tc.s, false, "")
		if b.String() != tc.want {
			t.Errorf("summary %+v = %q, want %q", tc.s, b.String(), tc.want)
		}
	}
}
