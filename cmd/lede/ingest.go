package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"runtime/trace"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/lede-news/lede/internal/fetch"
	"github.com/lede-news/lede/internal/ingest"
	"github.com/lede-news/lede/internal/query"
)

// ingestDefaultDB is the store used when --db is not given.
const ingestDefaultDB = "lede.db"

// ingestMinRateSecs is the shortest run whose rate the summary prints: below
// it the rate measures start-up, not throughput ("1 item in 0.0s (1000
// items/s)" for one missing file).
const ingestMinRateSecs = 0.1

// ingestLogEvery is how often plain progress lines are written when stderr
// is not a terminal.
const ingestLogEvery = 5 * time.Second

func newIngestCmd() *cobra.Command {
	var (
		dbPath       string
		workers      int
		noAnalysis   bool
		allowPrivate bool
		quiet        bool
		noFollow     bool
		jsonOut      bool
		maxBytes     int64
		delay        time.Duration
		cpuProfile   string
		traceOut     string
	)
	cmd := &cobra.Command{
		Use:   "ingest SOURCE...",
		Short: "Ingest files, folders, WARCs, feeds, sitemaps or URLs into the store",
		Long: `Ingest reads each SOURCE into the corpus store (./lede.db or --db):
  a file or folder of HTML pages and plain texts; JSON lines of
  {url, html|text} (title, author, date, source or outlet read too); a
  WARC or WARC.gz archive (its HTML responses); an RSS,
  Atom or JSON feed and a sitemap (XML, gzipped, indexes), whose pages are
  fetched (a feed's entries are stored from their own content with
  --no-follow); a file of URLs; or an http(s) URL of a page, feed or
  sitemap; - reads any of these from stdin.
Fetching is polite (robots.txt, a delay and a concurrency limit per host,
retries, a size cap) and refuses private addresses unless --allow-private.
Ingest is idempotent: a page already stored with the same content is skipped,
changed content under the same URL becomes a new version. Batches are committed
as they go; after a crash, run the same command again. Items that fail are
counted and named in the summary; the exit status is 1 only when nothing
went in.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
			workers, err := workersFlag(workers)
			switch {
			case err != nil:
				return err
			case maxBytes <= 0: // 0 read as the default cap
				return errUsage{fmt.Errorf("--max-bytes %d: want a positive number of bytes", maxBytes)}
			case delay < 0:
				return errUsage{fmt.Errorf("--delay %s: want 0 or more", delay)}
			}
			defer ingest.TuneGC()()
			stopProfile, err := ingestCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			defer stopProfile()
			if traceOut != "" {
				tf, err := os.Create(traceOut)
				if err != nil {
					return err
				}
				defer tf.Close()
				if err := trace.Start(tf); err != nil {
					return err
				}
				defer trace.Stop()
			}
			if err := ingestCheckWritable(dbPath); err != nil {
				return err
			}
			db, err := searchOpenAny(ctx, dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			fetcher := fetch.New(fetch.Options{AllowPrivate: allowPrivate, Delay: ingestFetchDelay(delay), MaxBytes: maxBytes})
			reader := &ingest.Reader{Fetcher: fetcher, MaxBytes: maxBytes, NoFollow: noFollow, Stdin: cmd.InOrStdin()}
			prog := ingestNewProgress(ctx, stderr, quiet)
			prog.bytes = reader.Progress
			sum, runErr := ingest.Run(ctx, args, ingest.Config{
				Store:      db,
				Reader:     reader,
				Workers:    workers,
				NoAnalysis: noAnalysis,
				OnEvent:    prog.event,
			})
			prog.finish()
			// --json asked for the summary: --quiet silences the rest.
			if sum != nil && (jsonOut || !quiet) {
				if jsonOut {
					if err := query.WriteJSON(stdout, sum); err != nil {
						return err
					}
				} else {
					ingestPrintSummary(stdout, sum)
				}
			}
			if errors.Is(runErr, context.Canceled) {
				return fmt.Errorf("ingest interrupted; what was extracted is stored: run the same command again to finish")
			}
			if runErr != nil {
				return fmt.Errorf("ingest: %w", runErr)
			}
			if sum.Failed > 0 && sum.Succeeded() == 0 {
				if quiet { // nothing else says why the exit status is 1
					return fmt.Errorf("nothing ingested: %s", ingestReasons(sum))
				}
				return errSilent // nothing went in: a script should notice
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.IntVar(&workers, "workers", 0, "parallel extractions (0: the number of CPUs)")
	f.BoolVar(&noAnalysis, "no-analysis", false, "skip quotes, people, organisations, places and claims")
	f.BoolVar(&allowPrivate, "allow-private", false, "allow fetching private, loopback and link-local addresses")
	f.BoolVar(&quiet, "quiet", false, "print nothing but errors that stop the run (and the summary --json asks for)")
	f.BoolVar(&noFollow, "no-follow", false, "ingest feed entries from their own content instead of fetching their pages")
	f.BoolVar(&jsonOut, "json", false, "print the summary as JSON")
	f.Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxBytes, "refuse pages, records and responses larger than this")
	f.DurationVar(&delay, "delay", fetch.DefaultDelay, "pause between two requests to one host")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile here (for go tool pprof)")
	f.MarkHidden("cpuprofile")
	f.StringVar(&traceOut, "trace", "", "write an execution trace here (for go tool trace: where goroutines wait)")
	f.MarkHidden("trace")
	return cmd
}

// ingestCheckWritable fails when the store at path exists and cannot be
// written: SQLite opens such a file for reading without a word, so ingest
// read and extracted every page and then failed each batch ("store batch
// of 57: attempt to write a readonly database (8)") with exit status 0.
func ingestCheckWritable(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	switch {
	case err == nil:
		return f.Close()
	case errors.Is(err, os.ErrNotExist):
		return nil // created by the open
	case errors.Is(err, os.ErrPermission), errors.Is(err, syscall.EROFS):
		return fmt.Errorf("store %s is read-only (%v): lede ingest must write it; give --db a store you can write", path, errors.Unwrap(err))
	}
	return nil // other troubles: the open says them
}

// ingestFetchDelay is the fetcher's Delay for --delay d: fetch.Options reads
// 0 as "the default" and a negative delay as none, so --delay 0, which asks
// for no pause, is passed as -1 (it gave the default second between two
// requests to a host: a local URL list of 4 pages took 4 s).
func ingestFetchDelay(d time.Duration) time.Duration {
	if d == 0 {
		return -1
	}
	return d
}

// ingestCPUProfile starts a CPU profile written to path (the hidden
// --cpuprofile of ingest and analyse); stop ends it. "" profiles nothing.
func ingestCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	pf, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(pf); err != nil {
		pf.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		pf.Close()
	}, nil
}

// ingestProgress shows the run: a progress bar on a terminal, plain lines
// otherwise ("lede: NAME: error" for a failed item, as lede extract prints
// it, and a progress line every ingestLogEvery), nothing with --quiet.
type ingestProgress struct {
	quiet      bool
	log        io.Writer // plain lines when stderr is not a terminal
	p          *mpb.Progress
	bar        *mpb.Bar
	start      time.Time
	found      atomic.Int64
	done, fail atomic.Int64
	lastLog    time.Time
	// bytes reports how far the reading of local sources is, which gives
	// the ETA (the number of items is not known in advance).
	bytes func() (done, total int64)
}

func ingestNewProgress(ctx context.Context, w io.Writer, quiet bool) *ingestProgress {
	pr := &ingestProgress{quiet: quiet, start: time.Now(), lastLog: time.Now()}
	if quiet {
		return pr
	}
	if pr.p, pr.bar = ingestTerminalBar(ctx, w, "ingest", 0, pr.status); pr.bar == nil {
		pr.log = w
	}
	return pr
}

// ingestTerminalBar is the progress bar of ingest and analyse on w when w
// is a terminal ("NAME done/total" then status()), nil otherwise.
func ingestTerminalBar(ctx context.Context, w io.Writer, name string, total int64, status func() string) (*mpb.Progress, *mpb.Bar) {
	f, ok := w.(*os.File)
	if !ok || !isatty.IsTerminal(f.Fd()) {
		return nil, nil
	}
	p := mpb.NewWithContext(ctx, mpb.WithOutput(w), mpb.WithWidth(32), mpb.WithRefreshRate(200*time.Millisecond))
	bar := p.AddBar(total,
		mpb.PrependDecorators(decor.Name(name+" "), decor.CountersNoUnit("%d/%d")),
		mpb.AppendDecorators(decor.Any(func(decor.Statistics) string { return status() })),
	)
	return p, bar
}

// status is the rate, ETA and error count.
func (pr *ingestProgress) status() string {
	done, found := pr.done.Load(), pr.found.Load()
	el := time.Since(pr.start).Seconds()
	rate := float64(done) / max(el, 1e-3)
	eta := "?"
	if pr.bytes != nil {
		if bd, bt := pr.bytes(); bt > 0 && bd > 0 && done > 0 {
			// Reading runs a little ahead of extraction; items pending count too.
			left := el*float64(bt-bd)/float64(bd) + float64(found-done)/rate
			eta = (time.Duration(left) * time.Second).Round(time.Second).String()
		}
	}
	return fmt.Sprintf("%.0f/s ETA %s errors %d", rate, eta, pr.fail.Load())
}

func (pr *ingestProgress) event(ev ingest.Event) {
	if ev.Kind == ingest.Found {
		n := pr.found.Add(1)
		if pr.bar != nil {
			pr.bar.SetTotal(n, false)
		}
		return
	}
	pr.done.Add(1)
	if ev.Kind == ingest.Failed {
		pr.fail.Add(1)
	}
	if ev.Kind == ingest.Failed || ev.Kind == ingest.Kept { // a line says why
		if pr.log != nil {
			fmt.Fprintf(pr.log, "lede: %s: %s\n", ev.Name, ingest.ErrorText(ev.Name, ev.Err))
		} else if pr.p != nil {
			fmt.Fprintf(pr.p, "lede: %s: %s\n", ev.Name, ingest.ErrorText(ev.Name, ev.Err))
		}
	}
	if pr.bar != nil {
		pr.bar.Increment()
	}
	if pr.log != nil && time.Since(pr.lastLog) >= ingestLogEvery {
		pr.lastLog = time.Now()
		fmt.Fprintf(pr.log, "lede: ingest: %d done of %d found, %s\n", pr.done.Load(), pr.found.Load(), pr.status())
	}
}

func (pr *ingestProgress) finish() {
	if pr.bar != nil {
		pr.bar.SetTotal(-1, true)
		pr.p.Wait()
	}
}

// ingestReasons is the failures in a few words: "2 items failed (1 fetch
// failed, 1 unreadable)".
func ingestReasons(s *ingest.Summary) string {
	var parts []string
	for _, r := range s.SortedReasons() {
		parts = append(parts, fmt.Sprintf("%d %s", s.Reasons[r], r))
	}
	noun := "items"
	if s.Failed == 1 {
		noun = "item"
	}
	return fmt.Sprintf("%d %s failed (%s)", s.Failed, noun, strings.Join(parts, ", "))
}

// ingestPrintSummary writes the outcome: counts, rate, failures by reason.
func ingestPrintSummary(w io.Writer, s *ingest.Summary) {
	secs := s.Elapsed.Seconds()
	n := s.Succeeded() + s.Failed
	rate := ""
	if secs >= ingestMinRateSecs {
		rate = fmt.Sprintf(" (%.0f items/s)", float64(n)/secs)
	}
	// rare: the counts said only when not 0.
	rare := ""
	if s.Analysed > 0 { // pages stored with --no-analysis, analysed now
		rare = fmt.Sprintf(", analysed %d", s.Analysed)
	}
	if s.Kept > 0 { // cut copies or older captures of stored articles: not stored
		rare += fmt.Sprintf(", kept %d (cut copies or older captures not stored over the current ones)", s.Kept)
	}
	fmt.Fprintf(w, "ingested %d, updated %d, unchanged %d%s, failed %d in %.1fs%s\n",
		s.Ingested, s.Updated, s.Unchanged, rare, s.Failed, secs, rate)
	const examples = 3
	for _, r := range s.SortedReasons() {
		fmt.Fprintf(w, "  %d %s", s.Reasons[r], r)
		shown := 0
		for _, f := range s.Failures {
			if f.Reason == r && shown < examples {
				sep := ": "
				if shown > 0 {
					sep = "; "
				}
				// The error may open with its reason, said just before:
				// "1 malformed source: feed.xml: malformed source: ...".
				fmt.Fprintf(w, "%s%s: %s", sep, f.Name, strings.TrimPrefix(f.Error, r+": "))
				shown++
			}
		}
		fmt.Fprintln(w)
	}
}
