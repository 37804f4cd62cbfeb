package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/benchrun"
	"github.com/lede-news/lede/internal/cluster"
	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/score"
	"github.com/lede-news/lede/internal/stories/synth"
)

// benchClusterDoc is what `bench cluster` reads of a document: never the
// gold `cluster` field.
type benchClusterDoc struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Text   string          `json:"text"`
	Source string          `json:"source"`
	Date   *string         `json:"date"`
	URL    string          `json:"url"`
}

func newBenchClusterCmd() *cobra.Command {
	var docsPath, outPath, mode string
	var generate int
	cmd := &cobra.Command{
		Use:   "cluster --docs docs.jsonl [--out pred.tsv] [--mode stories|copies]",
		Short: "Score story clustering or copy detection (../shared/bench/clusters format)",
		Long: `Cluster runs Lede's story clustering (--mode stories) or its syndicated-copy
detection (--mode copies) over the documents of --docs (a set folder of
../shared/bench/clusters or its docs.jsonl; the gold "cluster" field is never
read), writes id<TAB>label lines to --out (when given) and prints the
figures of score_clusters.py when the set has gold labels, then the speed.
--generate N instead times copies and stories on N generated articles and
prints the speed, the CPU time and the peak memory.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if generate > 0 {
				return benchClusterGenerated(cmd.OutOrStdout(), generate)
			}
			if docsPath == "" {
				return errUsage{errors.New("bench cluster: --docs (or --generate) is required")}
			}
			if outPath == "" { // scores only, as bench extract without --out
				outPath = os.DevNull
			}
			if mode != "stories" && mode != "copies" {
				return errUsage{fmt.Errorf("bench cluster: --mode %q: want stories or copies", mode)}
			}
			ids, docs, err := benchClusterRead(docsPath)
			if err != nil {
				return err
			}
			start := time.Now()
			labels := benchClusterPredict(docs, mode)
			el := time.Since(start)
			if err := benchClusterWrite(outPath, ids, labels); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if err := benchClusterScore(w, docsPath, ids, labels); err != nil {
				return err
			}
			fmt.Fprintf(w, "%s: %d documents in %.2fs, %.0f documents/s\n", mode, len(docs), el.Seconds(),
				float64(len(docs))/max(el.Seconds(), 1e-9))
			return nil
		},
	}
	cmd.Flags().StringVar(&docsPath, "docs", "", "documents, one JSON object per line (or a set directory)")
	cmd.Flags().StringVar(&outPath, "out", "", "where to write id<TAB>label predictions")
	cmd.Flags().StringVar(&mode, "mode", "stories", "stories or copies")
	cmd.Flags().IntVar(&generate, "generate", 0, "instead of --docs: time copies + stories on this many generated articles")
	return cmd
}

// benchClusterRead reads the documents; the id may be a string or a number.
func benchClusterRead(path string) ([]string, []cluster.Doc, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		path = filepath.Join(path, "docs.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var ids []string
	var docs []cluster.Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var d benchClusterDoc
		if err := json.Unmarshal(b, &d); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		id := strings.Trim(string(d.ID), `"`)
		if id == "" {
			return nil, nil, fmt.Errorf("%s:%d: document without id", path, line)
		}
		var t time.Time
		if d.Date != nil {
			t = benchClusterDate(*d.Date)
		}
		ids = append(ids, id)
		docs = append(docs, cluster.Doc{ID: id, Title: d.Title, Text: d.Text, Outlet: d.Source, URL: d.URL, Date: t})
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return ids, docs, nil
}

// benchClusterDate parses a YYYY-MM-DD or RFC 3339 date; anything else is unknown.
func benchClusterDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// benchClusterPredict labels every document with its copy group (copies)
// or story (stories). Stories are clustered over copy-group sources only,
// copies taking their source's story: wire copy must not outweigh the
// independent reports in a story's centroid.
func benchClusterPredict(docs []cluster.Doc, mode string) []string {
	order := cluster.Order(docs)
	prep := make([]dedup.Prepared, len(docs))
	cluster.Parallel(len(docs), func(i int) { prep[i] = dedup.Prepare(docs[i].Text) })
	ix := dedup.NewIndexSize(len(docs))
	for seq, i := range order {
		ix.AddPrepared(dedup.Doc{ID: docs[i].ID, Date: docs[i].Date, Seq: int64(seq)}, prep[i])
		prep[i] = dedup.Prepared{}
	}
	src := ix.SourceOf()
	labels := make([]string, len(docs))
	if mode == "copies" {
		for i, d := range docs {
			labels[i] = "g:" + src[d.ID]
		}
		return labels
	}
	var sources []cluster.Doc
	pos := map[string]int{}
	for _, d := range docs {
		if src[d.ID] == d.ID {
			pos[d.ID] = len(sources)
			sources = append(sources, d)
		}
	}
	sl := cluster.Cluster(sources)
	for i, d := range docs {
		labels[i] = fmt.Sprintf("s%d", sl[pos[src[d.ID]]])
	}
	return labels
}

func benchClusterWrite(path string, ids, labels []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for i := range ids {
		fmt.Fprintf(w, "%s\t%s\n", ids[i], labels[i])
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// benchClusterScore prints score_clusters.py's figures (Go port in
// internal/score) when gold labels exist: the documents' `cluster` fields,
// or a gold.tsv beside them. Otherwise it says so and scores nothing. It
// is only called after prediction.
func benchClusterScore(w io.Writer, docsPath string, ids, labels []string) error {
	gold, ok := benchClusterGold(docsPath)
	if !ok {
		fmt.Fprintln(w, "no gold labels: predicted, not scored")
		return nil
	}
	pred := score.Labels{}
	for i := range ids {
		pred.Add(ids[i], labels[i])
	}
	r, err := score.ScoreClusters(gold, pred, score.MissingSingleton)
	if err != nil {
		return err
	}
	r.Format(w)
	return nil
}

func benchClusterGold(docsPath string) (score.Labels, bool) {
	if fi, err := os.Stat(docsPath); err == nil && fi.IsDir() {
		docsPath = filepath.Join(docsPath, "docs.jsonl")
	}
	if l, err := score.LoadLabels(docsPath); err == nil && len(l.IDs) > 0 {
		return l, true
	}
	if l, err := score.LoadLabels(filepath.Join(filepath.Dir(docsPath), "gold.tsv")); err == nil && len(l.IDs) > 0 {
		return l, true
	}
	return score.Labels{}, false
}

// benchClusterGenerated times copy detection plus story clustering on a
// generated corpus (internal/stories/synth: events told by four outlets,
// each with two wire copies) and reports throughput and peak memory.
func benchClusterGenerated(w io.Writer, n int) error {
	const perEvent = 6
	// Ten paragraphs make articles of about 450 words (2,900 bytes), the
	// size of a short news report; the bench sets' full articles run
	// 4,500-5,200 bytes, their lead-only set 570.
	arts := synth.Generate(synth.Options{Events: (n + perEvent - 1) / perEvent, Reports: 4, Copies: 2, Paragraphs: 10, Seed: 1})
	arts = arts[:min(n, len(arts))]
	docs := make([]cluster.Doc, len(arts))
	bytes := 0
	for i, a := range arts {
		docs[i] = cluster.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Outlet: a.Outlet, URL: a.URL, Date: a.Date}
		bytes += len(a.Text)
	}
	arts = nil
	runtime.GC()
	cpu0 := benchrun.ProcessCPU()
	start := time.Now()
	labels := benchClusterPredict(docs, "stories")
	el := time.Since(start)
	cpu := benchrun.ProcessCPU() - cpu0
	stories := map[string]bool{}
	for _, l := range labels {
		stories[l] = true
	}
	fmt.Fprintf(w, "copies+stories: %d generated articles (%d bytes on average), %d stories in %.2fs, %.0f articles/s on %d CPUs, peak RSS %s\n",
		len(docs), bytes/max(len(docs), 1), len(stories), el.Seconds(), float64(len(docs))/max(el.Seconds(), 1e-9), runtime.GOMAXPROCS(0), benchClusterPeakRSS())
	// On a shared machine the wall clock counts other processes' turns;
	// CPU time says what the work itself costs.
	fmt.Fprintf(w, "CPU time %.2fs (%.0f articles per CPU-second)\n",
		cpu.Seconds(), float64(len(docs))/max(cpu.Seconds(), 1e-9))
	return nil
}

// benchClusterPeakRSS reads the process's peak resident set size.
func benchClusterPeakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "VmHWM:") {
				return strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return fmt.Sprintf("%d MB (Go heap, /proc unavailable)", ms.Sys>>20)
}
