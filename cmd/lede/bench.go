package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/score"
)

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure Lede on the shared benchmark sets (extract, quotes, cluster)",
		Long: `Bench measures Lede on the benchmark sets of ../shared/bench: bench extract
(pages), bench quotes (attributed quotations) and bench cluster (stories and
syndicated copies) run Lede and print the reference scorers' figures and the
speed; bench score runs those scorers alone on any predictions file. Input
stripped of its gold fields is predicted and not scored. The README's
"Figures" section gives the command of each published figure.`,
	}
	cmd.AddCommand(newBenchExtractCmd(), newBenchQuotesCmd(), newBenchClusterCmd(), newBenchScoreCmd())
	return cmd
}

// newBenchScoreCmd scores prediction files made by any tool with the Go ports
// of the reference scorers: same arguments and printed lines as
// ../shared/bench/score_*.py, no Python needed.
func newBenchScoreCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "score",
		Short: "Score a predictions file like ../shared/bench/score_*.py (Go ports, same output)",
		Long: `Score runs the reference scorers of ../shared/bench, ported to Go, on a
predictions file made by any tool: bench score extract, quotes and clusters
take the same arguments as score_extract.py, score_quotes.py and
score_clusters.py and print the same lines (with --json, the same JSON), so
no Python is needed.`,
	}
	var perPage string
	var jsonOut bool // one flag shared by the three subcommands: only one runs
	extract := &cobra.Command{
		Use:   "extract CASES.jsonl PRED.jsonl",
		Short: "Score extraction predictions as score_extract.py does",
		Long: `Score extraction predictions as score_extract.py does: CASES.jsonl is a
cases file of ../shared/bench/extract or extract-wcxb (with its gold fields),
PRED.jsonl one {"id", "text", "title", "author", "date"} line per page (what
lede bench extract --out and bench/peers write). It prints the body's and
the snippets' precision, recall and F1, and title, author and date accuracy.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			cases, err := score.LoadExtractCases(args[0])
			if err != nil {
				return fmt.Errorf("bench score extract: %w", err)
			}
			preds, err := score.LoadExtractPreds(args[1])
			if err != nil {
				return fmt.Errorf("bench score extract: %w", err)
			}
			r := score.ScoreExtract(cases, preds)
			if perPage != "" {
				if err := benchScoreWriteFile(perPage, r.WritePerPage); err != nil {
					return fmt.Errorf("bench score extract: %w", err)
				}
			}
			if jsonOut {
				fmt.Fprintln(cmd.OutOrStdout(), r.JSON())
				return nil
			}
			r.Format(cmd.OutOrStdout())
			return nil
		},
	}
	extract.Flags().StringVar(&perPage, "per-page", "", "write id, kind and two figures per page here (tsv)")

	var directOnly bool
	quotes := &cobra.Command{
		Use:   "quotes GOLD.jsonl PRED.jsonl",
		Short: "Score quote predictions as score_quotes.py does",
		Long: `Score quote predictions as score_quotes.py does: GOLD.jsonl holds documents
with their gold quotes (../shared/bench/quotes), PRED.jsonl one {"id",
"quotes": [{"start", "end", "speaker_start", "speaker_end", "speaker"}]}
line per document (what lede bench quotes --out writes). It prints quote
span precision, recall and F1 (also under the Gender Gap Tracker's 30%
rule, and end to end with the speaker), speaker mention accuracy and
speaker name accuracy.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			gold, err := score.LoadQuoteDocs(args[0])
			if err != nil {
				return fmt.Errorf("bench score quotes: %w", err)
			}
			preds, err := score.LoadQuotePreds(args[1])
			if err != nil {
				return fmt.Errorf("bench score quotes: %w", err)
			}
			r := score.ScoreQuotes(gold, preds, directOnly)
			if jsonOut {
				fmt.Fprintln(cmd.OutOrStdout(), r.JSON())
				return nil
			}
			r.Format(cmd.OutOrStdout())
			return nil
		},
	}
	quotes.Flags().BoolVar(&directOnly, "direct-only", false, "leave out gold quotes without a quotation mark")

	var missing string
	clusters := &cobra.Command{
		Use:   "clusters GOLD PRED.tsv",
		Short: "Score a clustering as score_clusters.py does (GOLD: set folder, docs.jsonl or id<TAB>label)",
		Long: `Score a clustering as score_clusters.py does: GOLD is a set folder of
../shared/bench/clusters, its docs.jsonl (with the "cluster" field) or an
id<TAB>label file; PRED.tsv is id<TAB>label (what lede bench cluster --out
writes). It prints BCubed and pairwise precision, recall and F1, ARI, NMI,
homogeneity, completeness and V-measure. --missing says what a gold id
without a prediction counts as.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			m := score.Missing(missing)
			switch m {
			case score.MissingSingleton, score.MissingError, score.MissingDrop:
			default:
				return errUsage{fmt.Errorf("--missing %q: want singleton, error or drop", missing)}
			}
			gold, err := score.LoadLabels(args[0])
			if err != nil {
				return fmt.Errorf("bench score clusters: %w", err)
			}
			pred, err := score.LoadLabels(args[1])
			if err != nil {
				return fmt.Errorf("bench score clusters: %w", err)
			}
			r, err := score.ScoreClusters(gold, pred, m)
			for _, w := range r.Warnings(gold, pred, m) {
				fmt.Fprintln(cmd.ErrOrStderr(), w)
			}
			if errors.Is(err, score.ErrUnpredicted) {
				fmt.Fprintln(cmd.ErrOrStderr(), "error:", err)
				return errSilent
			}
			if err != nil {
				return fmt.Errorf("bench score clusters: %w", err)
			}
			if jsonOut {
				fmt.Fprintln(cmd.OutOrStdout(), r.JSON())
				return nil
			}
			r.Format(cmd.OutOrStdout())
			return nil
		},
	}
	clusters.Flags().StringVar(&missing, "missing", string(score.MissingSingleton), "gold ids without a prediction: singleton, error or drop")

	for _, c := range []*cobra.Command{extract, quotes, clusters} {
		c.Flags().BoolVar(&jsonOut, "json", false, "print the figures as JSON, as the script's --json does")
	}
	cmd.AddCommand(extract, quotes, clusters)
	return cmd
}

// benchScoreWriteFile creates path and lets write fill it.
func benchScoreWriteFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
