package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/benchrun"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/pipeline"
	"github.com/lede-news/lede/internal/score"
)

func newBenchExtractCmd() *cobra.Command {
	var (
		casesPath, outPath, set, perPage, cpuProfile string
		peersDir, peersOut, textFrom                 string
		limit                                        int
		peers, halves                                bool
	)
	cmd := &cobra.Command{
		Use:   "extract --cases FILE [--out PRED.jsonl] [--text-from OTHER.jsonl [--halves]]",
		Short: "Score extraction on a cases file (../shared/bench/extract format)",
		Long: `Extract runs Lede's extraction (no analysis) on every page of a cases file
(../shared/bench/extract or extract-wcxb format). All pages are read and
gunzipped into memory first; then each page is decoded, parsed and extracted
one after another on one goroutine while the clock runs. It writes one
{"id","text","title","author","date"} line per page to --out and prints the
scorer's figures (when the cases carry gold), pages per second, allocation per
page and the slowest page.

With --peers it also builds bench/peers (its own Go module) and runs
go-trafilatura and readeck's go-readability on the same pages in the same run,
then prints Lede's speed and allocation as multiples of theirs.

With --text-from PRED.jsonl it measures Lede's text path instead: each case's
input is the "text" another extractor wrote for it in PRED.jsonl (the format
this command and bench/peers write), run through the same pipeline call as
"lede extract file.txt" (no analysis); title, author and date come from the
text path too. A case PRED.jsonl lacks is scored as empty. The input's own
figures are printed next to Lede's, then one line per figure: "input F1 ->
after Lede's text path F1". --halves also prints that line for each half of
the cases, split by a hash of their id.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if casesPath == "" {
				return errUsage{errors.New("bench extract: --cases is required")}
			}
			return benchExtractRun(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), benchExtractOpts{
				cases: casesPath, out: outPath, set: set, limit: limit, perPage: perPage, cpuProfile: cpuProfile,
				peers: peers, peersDir: peersDir, peersOut: peersOut, textFrom: textFrom, halves: halves,
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&casesPath, "cases", "", "cases file (jsonl; page paths relative to its folder)")
	f.StringVar(&outPath, "out", "", "write predictions here (jsonl)")
	f.StringVar(&set, "set", "", "only the cases of this set (scrapinghub, trafilatura, wcxb)")
	f.IntVar(&limit, "limit", 0, "only the first N cases (after --set)")
	f.StringVar(&perPage, "per-page", "", "write a per-page table here: id, kind, two figures, ms, KB")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of Lede's timed loop here")
	f.BoolVar(&peers, "peers", false, "also run go-trafilatura and readeck go-readability (bench/peers)")
	f.StringVar(&peersDir, "peers-dir", "", "the bench/peers module (default: found from the working directory up)")
	f.StringVar(&peersOut, "peers-out", "", "folder for the peers' predictions (default: next to --out, or a temporary folder)")
	f.StringVar(&textFrom, "text-from", "", "run Lede's text path on the texts of this predictions file (jsonl) instead of the pages")
	f.BoolVar(&halves, "halves", false, "with --text-from: also compare on each half of the cases (split by a hash of the id)")
	return cmd
}

type benchExtractOpts struct {
	cases, out, set, perPage, cpuProfile string
	limit                                int
	peers                                bool
	peersDir, peersOut                   string
	textFrom                             string
	halves                               bool
}

func benchExtractRun(ctx context.Context, stdout, stderr io.Writer, o benchExtractOpts) error {
	cases, err := benchrun.LoadCases(o.cases, o.set, o.limit)
	if err != nil {
		return fmt.Errorf("bench extract: %w", err)
	}
	if len(cases) == 0 {
		return fmt.Errorf("bench extract: no cases in %s (set %q)", o.cases, o.set)
	}
	if o.textFrom != "" {
		return benchExtractTextRun(ctx, stdout, cases, o)
	}
	if o.halves {
		return errUsage{errors.New("bench extract: --halves goes with --text-from")}
	}
	pages := benchrun.LoadPages(o.cases, cases)
	run, err := benchrun.RunExtract("lede", pages, benchExtractLede(ctx), benchrun.Options{CPUProfile: o.cpuProfile})
	if err != nil {
		return fmt.Errorf("bench extract: %w", err)
	}
	if err := benchExtractSave(run, cases, o); err != nil {
		return err
	}
	ours := run.Report(stdout, cases)
	benchExtractNoGold(stdout, cases, o)
	if !o.peers {
		return nil
	}
	summaries, err := benchExtractPeers(ctx, stdout, stderr, o)
	if err != nil {
		return fmt.Errorf("bench extract --peers: %w", err)
	}
	fmt.Fprintln(stdout, "== ratios (same run)")
	benchrun.Ratios(stdout, ours, summaries)
	return nil
}

// benchExtractNoGold says so when the cases carry no gold (a held-out set):
// the run wrote its predictions and printed no scores.
func benchExtractNoGold(w io.Writer, cases []score.ExtractCase, o benchExtractOpts) {
	if !benchrun.HasGold(cases) {
		fmt.Fprintf(w, "no gold in %s: predicted, not scored\n", o.cases)
	}
}

// benchExtractSave writes a run's predictions (--out) and its per-page
// figures (--per-page), when asked for.
func benchExtractSave(run benchrun.ExtractRun, cases []score.ExtractCase, o benchExtractOpts) error {
	if o.out != "" {
		if err := benchrun.WriteJSONL(o.out, run.Preds); err != nil {
			return fmt.Errorf("bench extract: %w", err)
		}
	}
	if o.perPage != "" {
		if err := run.WritePerPage(o.perPage, cases); err != nil {
			return fmt.Errorf("bench extract: %w", err)
		}
	}
	return nil
}

// benchExtractLede is the extractor under test: the pipeline without analysis.
func benchExtractLede(ctx context.Context) benchrun.Extractor {
	return func(data []byte, url string) (benchrun.Extraction, error) {
		a, err := pipeline.Extract(ctx, model.Input{Data: data, URL: url}, pipeline.Options{NoAnalysis: true, URL: url})
		if a == nil {
			return benchrun.Extraction{}, err
		}
		// A page without content still has its metadata.
		e := benchrun.Extraction{Text: a.Text, Title: a.Title, Author: strings.Join(a.Authors, "; ")}
		if p := a.Dates.Published; p != nil {
			e.Date = benchExtractDay(p.Value)
		}
		return e, err
	}
}

// benchExtractDay keeps the YYYY-MM-DD of a date value, "" when it has none.
func benchExtractDay(v string) string {
	if len(v) < 10 {
		return ""
	}
	for i, c := range v[:10] {
		if i == 4 || i == 7 {
			if c != '-' {
				return ""
			}
		} else if c < '0' || c > '9' {
			return ""
		}
	}
	return v[:10]
}

// benchExtractPeers builds bench/peers into a temporary folder, runs it on the
// same cases and returns its summaries (its figures go straight to stdout).
func benchExtractPeers(ctx context.Context, stdout, stderr io.Writer, o benchExtractOpts) ([]benchrun.Summary, error) {
	dir := o.peersDir
	if dir == "" {
		var err error
		if dir, err = benchExtractFindPeers(); err != nil {
			return nil, err
		}
	}
	tmp, err := os.MkdirTemp("", "lede-peers-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "peers")
	build := exec.CommandContext(ctx, "go", "build", "-mod=mod", "-o", bin, ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOWORK=off")
	build.Stdout, build.Stderr = stderr, stderr
	if err := build.Run(); err != nil {
		return nil, fmt.Errorf("build %s: %w", dir, err)
	}
	out := o.peersOut
	switch {
	case out != "":
	case o.out != "":
		out = strings.TrimSuffix(o.out, filepath.Ext(o.out)) + ".peers"
	default:
		out = filepath.Join(tmp, "preds")
	}
	casesAbs, err := filepath.Abs(o.cases)
	if err != nil {
		return nil, err
	}
	summary := filepath.Join(tmp, "summary.json")
	args := []string{"--cases", casesAbs, "--out-dir", out, "--summary", summary}
	if o.set != "" {
		args = append(args, "--set", o.set)
	}
	if o.limit > 0 {
		args = append(args, "--limit", strconv.Itoa(o.limit))
	}
	run := exec.CommandContext(ctx, bin, args...)
	run.Stdout, run.Stderr = stdout, stderr
	if err := run.Run(); err != nil {
		return nil, fmt.Errorf("run peers: %w", err)
	}
	return benchrun.ReadSummaries(summary)
}

// benchExtractFindPeers looks for bench/peers/go.mod from the working directory up.
func benchExtractFindPeers() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(d, "bench", "peers")
		if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
			return p, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("bench/peers not found from the working directory up; give --peers-dir")
		}
		d = parent
	}
}

// benchExtractTextRun is bench extract --text-from: Lede's text path on
// another extractor's texts, scored beside those texts as they are.
func benchExtractTextRun(ctx context.Context, stdout io.Writer, cases []score.ExtractCase, o benchExtractOpts) error {
	if o.peers {
		return errUsage{errors.New("bench extract: --peers and --text-from do not go together (run bench/peers first, then --text-from its output)")}
	}
	preds, err := score.LoadExtractPreds(o.textFrom)
	if err != nil {
		return fmt.Errorf("bench extract: --text-from: %w", err)
	}
	pages, missing := benchrun.TextPages(cases, preds)
	name := strings.TrimSuffix(filepath.Base(o.textFrom), filepath.Ext(o.textFrom))
	input := benchrun.InputRun(name, cases, preds)
	run, err := benchrun.RunExtract("lede-text", pages, benchExtractText(ctx), benchrun.Options{CPUProfile: o.cpuProfile})
	if err != nil {
		return fmt.Errorf("bench extract: %w", err)
	}
	if err := benchExtractSave(run, cases, o); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "== input %s (%d pages, %d missing from it, scored as empty)\n", o.textFrom, len(cases), missing)
	gold := benchrun.HasGold(cases)
	if gold {
		input.Score(cases).Format(stdout)
	}
	run.Report(stdout, cases)
	if !gold {
		benchExtractNoGold(stdout, cases, o)
		return nil
	}
	fmt.Fprintln(stdout, "== text path (input -> after Lede's text path)")
	benchExtractCompare(stdout, "all", name, input, run, cases)
	if o.halves {
		for h, half := range benchrun.SplitHalves(cases) {
			benchExtractCompare(stdout, fmt.Sprintf("half %d", h), name, input, run, half)
		}
	}
	return nil
}

// benchExtractCompare prints, for each figure the cases score, the input's
// F1 (P, R) and Lede's after its text path.
func benchExtractCompare(w io.Writer, label, name string, input, lede benchrun.ExtractRun, cases []score.ExtractCase) {
	if !benchrun.HasGold(cases) {
		return
	}
	in, out := input.Score(cases), lede.Score(cases)
	for _, b := range []struct {
		fig     string
		in, out *score.Figures
	}{{"body", in.Body, out.Body}, {"snippets", in.Snippets, out.Snippets}, {"words", in.Words, out.Words}, {"words_article", in.WordsArticle, out.WordsArticle}} {
		if b.in == nil || b.out == nil {
			continue
		}
		fmt.Fprintf(w, "%-8s %-13s pages=%4d  %s's text F1 %.3f (P %.3f R %.3f) -> after Lede's text path %.3f (P %.3f R %.3f)  %+.3f\n",
			label, b.fig, b.in.Pages, name, b.in.F1, b.in.Precision, b.in.Recall, b.out.F1, b.out.Precision, b.out.Recall, b.out.F1-b.in.F1)
	}
	// Titles: a text that does not start with its headline should give
	// none, so the wrong ones are counted beside the right ones.
	for i, m := range out.Meta {
		if m.Field != "title" || m.Pages == 0 || i >= len(in.Meta) {
			continue
		}
		right := func(m score.MetaFigure) int { return int(math.Round(*m.Correct * float64(m.Pages))) }
		fmt.Fprintf(w, "%-8s %-13s pages=%4d  %s's text given %d, right %d, wrong %d -> after Lede's text path given %d, right %d, wrong %d\n",
			label, "titles", m.Pages, name, in.Meta[i].Given, right(in.Meta[i]), in.Meta[i].Given-right(in.Meta[i]), m.Given, right(m), m.Given-right(m))
	}
}

// benchExtractText is the text path under test: the pipeline call of
// "lede extract file.txt" without analysis. An empty text (the other
// extractor found nothing) is an empty extraction, not an error.
func benchExtractText(ctx context.Context) benchrun.Extractor {
	ex := benchExtractLede(ctx)
	return func(data []byte, url string) (benchrun.Extraction, error) {
		e, err := ex(data, url)
		if errors.Is(err, model.ErrEmpty) {
			return benchrun.Extraction{}, nil
		}
		return e, err
	}
}
