package benchrun

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/lede-news/lede/internal/score"
)

// maxPageBytes bounds one decompressed page (the largest WCXB page is a few
// MB; a bigger one is a broken or hostile file, not a benchmark page).
const maxPageBytes = 64 << 20

// Page is one case with its raw HTML read into memory.
type Page struct {
	Case score.ExtractCase
	Data []byte
	// LoadErr is set when the page file could not be read; the page is then
	// scored as an empty extraction and counted as an error.
	LoadErr error
}

// LoadCases reads a cases file, keeps the cases of set (all when empty) and
// the first limit of them (all when limit <= 0).
func LoadCases(path, set string, limit int) ([]score.ExtractCase, error) {
	all, err := score.LoadExtractCases(path)
	if err != nil {
		return nil, err
	}
	var cases []score.ExtractCase
	for _, c := range all {
		if set != "" && c.Set != set {
			continue
		}
		cases = append(cases, c)
		if limit > 0 && len(cases) == limit {
			break
		}
	}
	return cases, nil
}

// HasGold reports whether any case carries gold, i.e. whether scores can be computed.
func HasGold(cases []score.ExtractCase) bool {
	for _, c := range cases {
		if c.HasGold {
			return true
		}
	}
	return false
}

// LoadPages reads (and gunzips, by content) every case's page; page paths are
// relative to the folder of the cases file (absolute paths are taken as they are).
func LoadPages(casesPath string, cases []score.ExtractCase) []Page {
	dir := filepath.Dir(casesPath)
	pages := make([]Page, len(cases))
	for i, c := range cases {
		pages[i].Case = c
		if c.Page == "" {
			pages[i].LoadErr = fmt.Errorf("case %s has no page", c.ID)
			continue
		}
		path := filepath.FromSlash(c.Page)
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		pages[i].Data, pages[i].LoadErr = readPage(path)
	}
	return pages
}

func readPage(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(raw) < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
		return raw, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	data, err := io.ReadAll(io.LimitReader(zr, maxPageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxPageBytes {
		return nil, fmt.Errorf("%s: larger than %d MB", path, maxPageBytes>>20)
	}
	return data, nil
}

// Extraction is what an extractor returns for one page.
type Extraction struct {
	Text, Title string
	// Author is the authors joined by "; ".
	Author string
	// Date is the publication date as YYYY-MM-DD, or "".
	Date string
}

// Extractor turns one raw page into an Extraction.
type Extractor func(data []byte, url string) (Extraction, error)

// PredLine is one line of a predictions file, as the scorer reads it.
type PredLine struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Title  string `json:"title"`
	Author string `json:"author"`
	Date   string `json:"date"`
}

// ExtractRun is the outcome of one extractor over the pages.
type ExtractRun struct {
	Timing Timing
	Preds  []PredLine
}

// RunExtract times ex on every page, one after another. A page that fails
// counts as an error and keeps what ex returned with the error (the
// metadata of a page without content); one that could not be loaded gets
// an empty prediction.
func RunExtract(name string, pages []Page, ex Extractor, opts Options) (ExtractRun, error) {
	preds := make([]PredLine, len(pages))
	run := func(i int) Item {
		p := pages[i]
		preds[i] = PredLine{ID: p.Case.ID}
		it := Item{ID: p.Case.ID, Bytes: len(p.Data), Err: p.LoadErr}
		if p.LoadErr != nil {
			return it
		}
		e, err := ex(p.Data, p.Case.URL)
		it.Err = err
		preds[i] = PredLine{ID: p.Case.ID, Text: e.Text, Title: e.Title, Author: e.Author, Date: e.Date}
		return it
	}
	t, err := Measure(name, len(pages), opts, run)
	if err == nil {
		t.Retime(run)
	}
	return ExtractRun{Timing: t, Preds: preds}, err
}

// Score scores the predictions against the cases with the scorer port.
func (r ExtractRun) Score(cases []score.ExtractCase) score.ExtractResult {
	preds := make(map[string]score.ExtractPred, len(r.Preds))
	for _, p := range r.Preds {
		preds[p.ID] = score.ExtractPred{ID: p.ID, Text: p.Text, Title: p.Title, Author: p.Author, Date: p.Date}
	}
	return score.ScoreExtract(cases, preds)
}

// Headline is the main figure of a result: body F1, else snippets F1, else words F1.
func Headline(r score.ExtractResult) *float64 {
	for _, f := range []*score.Figures{r.Body, r.Snippets, r.Words} {
		if f != nil {
			v := f.F1
			return &v
		}
	}
	return nil
}

// maxErrorLines bounds the failing pages Report names one by one: enough to
// start debugging, short enough that the figures stay on one screen.
const maxErrorLines = 10

// Report prints one runner's block: a header, the scorer's figures when the
// cases carry gold, then the speed table. It returns the run's summary.
func (r ExtractRun) Report(w io.Writer, cases []score.ExtractCase) Summary {
	fmt.Fprintf(w, "== %s\n", r.Timing.Name)
	s := r.Timing.Summary()
	if HasGold(cases) {
		res := r.Score(cases)
		res.Format(w)
		res.FormatTypes(w)
		s.Score = Headline(res)
	}
	r.Timing.Format(w)
	shown := 0
	for _, it := range r.Timing.Items {
		if it.Err == nil {
			continue
		}
		if shown == maxErrorLines {
			fmt.Fprintf(w, "%-13s ... %d more\n", "error", s.Errors-shown)
			break
		}
		fmt.Fprintf(w, "%-13s %s: %s\n", "error", it.ID, firstLine(it.Err.Error()))
		shown++
	}
	return s
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return s
}

// WritePerPage writes one line per page: id, the scorer's per-page kind and
// two figures (as score_extract.py --per-page writes them; "-" and empty
// without gold), then ms and input KB.
func (r ExtractRun) WritePerPage(path string, cases []score.ExtractCase) error {
	rows := map[string]score.PageRow{}
	if HasGold(cases) {
		for _, row := range r.Score(cases).Rows {
			rows[row.ID] = row
		}
	}
	var b strings.Builder
	for _, it := range r.Timing.Items {
		kind, a, bb := "-", "", ""
		if row, ok := rows[it.ID]; ok {
			kind = row.Kind
			a, bb = row.Figures()
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%.3f\t%.1f\n", it.ID, kind, a, bb, ms(it.Dur), float64(it.Bytes)/1024)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// Ratios prints how the first summary compares with the others: speed and
// allocation as multiples of each peer's.
func Ratios(w io.Writer, ours Summary, peers []Summary) {
	for _, p := range peers {
		speed, cpu, alloc := 0.0, 0.0, 0.0
		if p.PagesPerSec > 0 {
			speed = ours.PagesPerSec / p.PagesPerSec
		}
		if p.PagesPerCPU > 0 {
			cpu = ours.PagesPerCPU / p.PagesPerCPU
		}
		if p.AllocPerPage > 0 {
			alloc = ours.AllocPerPage / p.AllocPerPage
		}
		line := fmt.Sprintf("%s vs %-11s pages/s x%.2f (per CPU-s x%.2f)  alloc x%.2f", ours.Name, p.Name, speed, cpu, alloc)
		if ours.Score != nil && p.Score != nil {
			line += fmt.Sprintf("  score %+.3f", *ours.Score-*p.Score)
		}
		fmt.Fprintln(w, line)
	}
}
