package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"

	"github.com/lede-news/lede/internal/ingest"
	"github.com/lede-news/lede/internal/pipeline"
	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/stories"
)

// analyseBatch is how many analysed articles one transaction writes: the
// ingest writer's batch (ingest.DefaultBatch, measured there), so that a
// kill -9 loses at most that much work and memory stays bounded.
const analyseBatch = ingest.DefaultBatch

// analyseBatchWait flushes a partial batch when articles come slowly, as
// ingest does (ingest.DefaultBatchWait).
const analyseBatchWait = ingest.DefaultBatchWait

// analyseSummary is the outcome of a run (printed as one line, or as JSON).
type analyseSummary struct {
	// Marked is how many analysed articles --all marked for analysis again.
	Marked int64 `json:"marked"`
	// Pending is how many articles waited for analysis at the start.
	Pending int64 `json:"pending"`
	// Analysed is how many got their analysis written; Skipped how many
	// changed or were analysed by another process meanwhile.
	Analysed int `json:"analysed"`
	Skipped  int `json:"skipped"`
	// Left is how many still wait (after an interruption).
	Left int64 `json:"left"`
	// Stories says the saved stories were computed again.
	Stories bool          `json:"stories_refreshed"`
	Elapsed time.Duration `json:"elapsed_ns"`
}

func newAnalyseCmd() *cobra.Command {
	var (
		dbPath  string
		all     bool
		since   string
		workers int
		quiet   bool
		jsonOut bool
		cpuProf string
	)
	cmd := &cobra.Command{
		Use:     "analyse",
		Aliases: []string{"analyze"},
		Short:   "Analyse stored articles: quotes, people, organisations, places, claims",
		Long: `Analyse runs the analysis stage (quotes with their speakers, people with their
roles, organisations, places, numeric claims) over the articles of the store
(./lede.db or --db) that have none: those ingested with --no-analysis. With
--all it analyses every article again (after an upgrade of Lede's rules),
replacing its quotes, people, organisations, places and claims; --since D keeps
articles published on or after D (YYYY-MM-DD or RFC 3339).
The results are written in place: no new version, text, metadata and ids
untouched; the search index and the stories follow. Batches are committed as
they go: after an interruption (Ctrl-C, a crash) run lede analyse again and it
goes on where it stopped (with --all too: run it without --all to finish).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
			workers, err := workersFlag(workers)
			if err != nil {
				return err
			}
			var from time.Time
			if since != "" {
				var err error
				if from, err = searchDay("--since", since, false); err != nil {
					return err
				}
			}
			defer ingest.TuneGC()()
			stopProfile, err := ingestCPUProfile(cpuProf)
			if err != nil {
				return err
			}
			defer stopProfile()
			db, err := searchOpenStore(ctx, dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			unlock, err := analyseLock(dbPath)
			if err != nil {
				return err
			}
			defer unlock()
			sum, runErr := analyseRun(ctx, db, analyseOptions{all: all, since: from, workers: workers, quiet: quiet, jsonOut: jsonOut, stderr: stderr})
			// --json asked for the summary: --quiet silences the rest.
			if sum != nil && (jsonOut || !quiet) {
				if jsonOut {
					if err := query.WriteJSON(stdout, sum); err != nil {
						return err
					}
				} else {
					analysePrintSummary(stdout, sum, all, since)
				}
			}
			return analyseError(runErr, all)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.BoolVar(&all, "all", false, "analyse every article again, not only those without analysis")
	f.StringVar(&since, "since", "", "only articles published on or after this date")
	f.IntVar(&workers, "workers", 0, "parallel analyses (0: the number of CPUs)")
	f.BoolVar(&quiet, "quiet", false, "print nothing but errors that stop the run (and the summary --json asks for)")
	f.BoolVar(&jsonOut, "json", false, "print the summary as JSON")
	f.StringVar(&cpuProf, "cpuprofile", "", "write a CPU profile here (for go tool pprof)")
	f.MarkHidden("cpuprofile")
	return cmd
}

// analyseError is the run's error as the user reads it: an interruption
// says how to finish, which after --all is the command without --all (with
// it, every article would be marked again and all would start over).
func analyseError(runErr error, all bool) error {
	if errors.Is(runErr, context.Canceled) {
		again := "run the same command again"
		if all {
			again = "run it again without --all"
		}
		return fmt.Errorf("analyse interrupted; what was analysed is stored: %s to finish", again)
	}
	if runErr != nil {
		return fmt.Errorf("analyse: %w", runErr)
	}
	return nil
}

type analyseOptions struct {
	all     bool
	since   time.Time
	workers int
	quiet   bool
	jsonOut bool
	stderr  io.Writer
}

// analyseRun analyses the pending articles: one reader (pages of the store's
// Unanalysed iterator), workers running pipeline.Analyze, one writer
// committing batches with SetAnalysis. On cancellation it stops reading and
// writes what was analysed. The stories are computed again at the end if the
// store had them (they cluster on people, places and quotes).
func analyseRun(ctx context.Context, db *sqlite.DB, o analyseOptions) (*analyseSummary, error) {
	start := time.Now()
	sum := &analyseSummary{}
	if o.all {
		n, err := db.ResetAnalysis(ctx, o.since)
		if err != nil {
			return nil, err
		}
		sum.Marked = n
	}
	pending, err := db.PendingAnalysis(ctx, o.since)
	if err != nil {
		return nil, err
	}
	sum.Pending = pending
	hadStories, err := db.LinksState(ctx)
	if err != nil {
		return nil, err
	}
	prog := analyseNewProgress(ctx, o.stderr, o.quiet, pending)

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	recs := make(chan *store.Record, o.workers*2)
	done := make(chan store.Analysis, analyseBatch)
	var readErr error
	go func() {
		defer close(recs)
		for r, err := range db.Unanalysed(ctx, o.since) {
			if err != nil {
				if ctx.Err() == nil {
					readErr = err
				}
				return
			}
			select {
			case recs <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	var work sync.WaitGroup
	for range o.workers {
		work.Add(1)
		go func() {
			defer work.Done()
			for r := range recs {
				if ctx.Err() != nil {
					continue // drain: the reader stops soon
				}
				pipeline.Analyze(r.Article)
				done <- store.Analysis{ID: r.Article.ID, ContentHash: r.ContentHash, Article: r.Article}
			}
		}()
	}
	go func() {
		work.Wait()
		close(done)
	}()

	// The writer: what was analysed is written even when the run is being
	// cancelled (context.WithoutCancel), as ingest does.
	var writeErr error
	buf := make([]store.Analysis, 0, analyseBatch)
	flush := func() {
		if len(buf) == 0 || writeErr != nil {
			buf = buf[:0]
			return
		}
		n, err := db.SetAnalysis(context.WithoutCancel(ctx), buf)
		if err != nil {
			writeErr = err
			cancel(err)
		} else {
			sum.Analysed += n
			sum.Skipped += len(buf) - n
			prog.add(len(buf))
		}
		clear(buf) // drop the records
		buf = buf[:0]
	}
	timer := time.NewTicker(analyseBatchWait)
	defer timer.Stop()
loop:
	for {
		select {
		case a, ok := <-done:
			if !ok {
				break loop
			}
			buf = append(buf, a)
			if len(buf) >= analyseBatch {
				flush()
			}
		case <-timer.C:
			flush()
		}
	}
	flush()
	prog.finish()
	sum.Left, _ = db.PendingAnalysis(context.WithoutCancel(ctx), o.since)
	cause := context.Cause(ctx)
	if writeErr != nil {
		cause = writeErr
	} else if cause == nil {
		cause = readErr
	}
	if cause == nil && hadStories != "" && sum.Analysed > 0 {
		// Rule analyse-stories: the store keeps stories, and they were
		// computed from the analysis just replaced; compute them now, as
		// lede stories would at its next run (SetAnalysis marked them stale).
		if err := stories.Refresh(ctx, db); err != nil {
			cause = fmt.Errorf("stories: %w", err)
		} else {
			sum.Stories = true
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, cause
}

// analysePrintSummary writes the outcome in one line; all and since are
// the flags, to say why there was nothing to do.
func analysePrintSummary(w io.Writer, s *analyseSummary, all bool, since string) {
	if s.Pending == 0 {
		which := ""
		if since != "" {
			which = " published since " + since
		}
		if all {
			fmt.Fprintf(w, "nothing to analyse: no stored article%s\n", which)
		} else {
			fmt.Fprintf(w, "nothing to analyse: every article%s has its analysis (--all analyses them again)\n", which)
		}
		return
	}
	secs := s.Elapsed.Seconds()
	rate := ""
	if secs >= ingestMinRateSecs {
		rate = fmt.Sprintf(" (%.0f articles/s)", float64(s.Analysed+s.Skipped)/secs)
	}
	noun := "articles"
	if s.Analysed == 1 {
		noun = "article"
	}
	line := fmt.Sprintf("analysed %d %s in %.1fs%s", s.Analysed, noun, secs, rate)
	if s.Skipped > 0 {
		line += fmt.Sprintf(", %d skipped (changed or analysed meanwhile)", s.Skipped)
	}
	if s.Left > 0 {
		line += fmt.Sprintf(", %d left", s.Left)
	}
	if s.Stories {
		line += ", stories updated"
	}
	fmt.Fprintln(w, line)
}

// analyseProgress shows the run as ingest does: a bar on a terminal, a plain
// line every ingestLogEvery otherwise, nothing with --quiet.
type analyseProgress struct {
	log     io.Writer
	p       *mpb.Progress
	bar     *mpb.Bar
	start   time.Time
	total   int64
	done    atomic.Int64
	lastLog time.Time
}

func analyseNewProgress(ctx context.Context, w io.Writer, quiet bool, total int64) *analyseProgress {
	pr := &analyseProgress{start: time.Now(), lastLog: time.Now(), total: total}
	if quiet || total == 0 {
		return pr
	}
	if pr.p, pr.bar = ingestTerminalBar(ctx, w, "analyse", total, pr.status); pr.bar == nil {
		pr.log = w
	}
	return pr
}

// status is the rate and ETA.
func (pr *analyseProgress) status() string {
	done := pr.done.Load()
	el := time.Since(pr.start).Seconds()
	rate := float64(done) / max(el, 1e-3)
	eta := "?"
	if done > 0 {
		eta = (time.Duration(float64(pr.total-done)/rate) * time.Second).Round(time.Second).String()
	}
	return fmt.Sprintf("%.0f/s ETA %s", rate, eta)
}

func (pr *analyseProgress) add(n int) {
	pr.done.Add(int64(n))
	if pr.bar != nil {
		pr.bar.IncrBy(n)
	}
	if pr.log != nil && time.Since(pr.lastLog) >= ingestLogEvery {
		pr.lastLog = time.Now()
		fmt.Fprintf(pr.log, "lede: analyse: %d of %d, %s\n", pr.done.Load(), pr.total, pr.status())
	}
}

func (pr *analyseProgress) finish() {
	if pr.bar != nil {
		pr.bar.SetTotal(-1, true)
		pr.p.Wait()
	}
}
