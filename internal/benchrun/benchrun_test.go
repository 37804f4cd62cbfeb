package benchrun

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/score"
)

// writeSet writes a small synthetic cases file with its pages: a gzipped
// page, a plain page and a missing one.
func writeSet(t *testing.T, gold bool) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>Gzipped page about the harbour wall.</p></body></html>"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "pages", "a.html.gz"), gz.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "pages", "b.html"), []byte("<p>Plain page: café terrace</p>"), 0o644)
	lines := []map[string]any{
		{"id": "a", "set": "scrapinghub", "url": "https://example.org/a", "page": "pages/a.html.gz", "body": "Gzipped page about the harbour wall."},
		{"id": "b", "set": "scrapinghub", "url": "https://example.org/b", "page": "pages/b.html", "body": "Plain page: café terrace"},
		{"id": "c", "set": "scrapinghub", "url": "https://example.org/c", "page": "pages/missing.html.gz", "body": "Never read."},
		{"id": "d", "set": "other", "url": "https://example.org/d", "page": "pages/b.html", "with": []string{"café"}},
	}
	var b strings.Builder
	for _, l := range lines {
		if !gold {
			for _, k := range []string{"body", "with"} {
				delete(l, k)
			}
		}
		j, _ := json.Marshal(l)
		b.Write(j)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, "cases.jsonl")
	os.WriteFile(path, []byte(b.String()), 0o644)
	return path
}

// fakeExtractor returns the page's bytes between <p> and </p>, fails on
// pages without <p>, and panics on pages with "panic".
func fakeExtractor(data []byte, url string) (Extraction, error) {
	s := string(data)
	if strings.Contains(s, "panic") {
		panic("boom")
	}
	i, j := strings.Index(s, "<p>"), strings.Index(s, "</p>")
	if i < 0 || j < i {
		return Extraction{}, errors.New("no paragraph")
	}
	return Extraction{Text: s[i+3 : j], Title: "T", Author: "A; B", Date: "2024-01-02"}, nil
}

func TestRunExtract(t *testing.T) {
	for _, gold := range []bool{true, false} {
		path := writeSet(t, gold)
		cases, err := LoadCases(path, "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if HasGold(cases) != gold {
			t.Fatalf("HasGold = %v, want %v", !gold, gold)
		}
		pages := LoadPages(path, cases)
		if pages[2].LoadErr == nil {
			t.Error("missing page: no load error")
		}
		run, err := RunExtract("fake", pages, fakeExtractor, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := []PredLine{
			{ID: "a", Text: "Gzipped page about the harbour wall.", Title: "T", Author: "A; B", Date: "2024-01-02"},
			{ID: "b", Text: "Plain page: café terrace", Title: "T", Author: "A; B", Date: "2024-01-02"},
			{ID: "c"},
			{ID: "d", Text: "Plain page: café terrace", Title: "T", Author: "A; B", Date: "2024-01-02"},
		}
		if d := cmp.Diff(want, run.Preds); d != "" {
			t.Errorf("predictions (-want +got):\n%s", d)
		}
		if run.Timing.Errors() != 1 || run.Timing.InputBytes() == 0 {
			t.Errorf("errors = %d, input = %d; want 1 error and some input", run.Timing.Errors(), run.Timing.InputBytes())
		}
		var out bytes.Buffer
		s := run.Report(&out, cases)
		got := out.String()
		if hasBody := strings.Contains(got, "body          pages=   3"); hasBody != gold {
			t.Errorf("gold=%v: body figures printed = %v:\n%s", gold, hasBody, got)
		}
		if (s.Score != nil) != gold {
			t.Errorf("gold=%v: summary score = %v", gold, s.Score)
		}
		for _, w := range []string{"fake          pages=   4  errors=1", "slowest", "costliest", "error         c:"} {
			if !strings.Contains(got, w) {
				t.Errorf("report lacks %q:\n%s", w, got)
			}
		}
		pp := filepath.Join(t.TempDir(), "pp.tsv")
		if err := run.WritePerPage(pp, cases); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(pp)
		firstField := strings.Split(strings.SplitN(string(b), "\n", 2)[0], "\t")
		wantKind := "-"
		if gold {
			wantKind = "body"
		}
		if len(firstField) != 6 || firstField[1] != wantKind {
			t.Errorf("per-page first line %q: want 6 fields, kind %q", firstField, wantKind)
		}
	}
}

func TestRunExtractRecoversPanics(t *testing.T) {
	pages := []Page{{Data: []byte("<p>panic</p>")}, {Data: []byte("<p>fine</p>")}}
	pages[0].Case.ID, pages[1].Case.ID = "x", "y"
	run, err := RunExtract("fake", pages, fakeExtractor, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if run.Timing.Items[0].Err == nil || run.Timing.Items[1].Err != nil || run.Preds[1].Text != "fine" {
		t.Errorf("items %+v, preds %+v", run.Timing.Items, run.Preds)
	}
}

func TestLoadCasesSetAndLimit(t *testing.T) {
	path := writeSet(t, true)
	for _, tc := range []struct {
		set   string
		limit int
		want  []string
	}{{"", 0, []string{"a", "b", "c", "d"}}, {"scrapinghub", 2, []string{"a", "b"}}, {"other", 0, []string{"d"}}, {"none", 0, nil}} {
		cases, err := LoadCases(path, tc.set, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, c := range cases {
			ids = append(ids, c.ID)
		}
		if d := cmp.Diff(tc.want, ids); d != "" {
			t.Errorf("set %q limit %d (-want +got):\n%s", tc.set, tc.limit, d)
		}
	}
}

func TestSummariesRoundTripAndRatios(t *testing.T) {
	one := 0.9
	s := []Summary{{Name: "readeck", Pages: 2, PagesPerSec: 100, PagesPerCPU: 50, AllocPerPage: 2e6, Score: &one}}
	p := filepath.Join(t.TempDir(), "s.json")
	if err := WriteSummaries(p, s); err != nil {
		t.Fatal(err)
	}
	got, err := ReadSummaries(p)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(s, got); d != "" {
		t.Fatalf("round trip (-want +got):\n%s", d)
	}
	ours := 0.95
	var out bytes.Buffer
	Ratios(&out, Summary{Name: "lede", PagesPerSec: 300, PagesPerCPU: 100, AllocPerPage: 1e6, Score: &ours}, got)
	want := "lede vs readeck     pages/s x3.00 (per CPU-s x2.00)  alloc x0.50  score +0.050\n"
	if d := cmp.Diff(want, out.String()); d != "" {
		t.Errorf("ratios (-want +got):\n%s", d)
	}
}

// A page without content still scores its metadata, and counts as an error.
func TestRunExtractKeepsMetadataOnError(t *testing.T) {
	pages := []Page{{Case: score.ExtractCase{ID: "shop"}, Data: []byte("<title>Shop</title>")}}
	noContent := func([]byte, string) (Extraction, error) {
		return Extraction{Title: "Shop"}, errors.New("no content")
	}
	run, err := RunExtract("fake", pages, noContent, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if run.Timing.Errors() != 1 || run.Preds[0].Title != "Shop" {
		t.Errorf("errors = %d, prediction %+v; want 1 error and the title kept", run.Timing.Errors(), run.Preds[0])
	}
}

// TestRetime: the slowest items are timed again and the costliest per byte
// is kept with its best time; failed items are left out.
func TestRetime(t *testing.T) {
	tm := Timing{Items: []Item{
		{ID: "big", Bytes: 1000, Dur: 10 * time.Millisecond},
		{ID: "small", Bytes: 10, Dur: 9 * time.Millisecond},
		{ID: "failed", Bytes: 1, Dur: 20 * time.Millisecond, Err: errors.New("x")},
	}}
	calls := 0
	tm.Retime(func(int) Item { calls++; return Item{} })
	if tm.Costliest.ID != "small" || tm.Costliest.Dur >= 9*time.Millisecond {
		t.Errorf("Costliest = %+v, want small with a better time than 9ms", tm.Costliest)
	}
	if calls != 2*retimeRuns {
		t.Errorf("fn called %d times, want %d", calls, 2*retimeRuns)
	}
}
