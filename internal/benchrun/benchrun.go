// Package benchrun holds the logic of the `lede bench ...` runners: loading a
// benchmark's inputs into memory before the clock starts, timing one item
// after another on one goroutine with allocation accounting, writing
// predictions, and printing the speed table next to the scorer's figures
// (package score).
//
// A runner follows one pattern:
//
//	items := ...                       // everything read and decoded up front
//	t := benchrun.Measure("lede", len(items), func(i int) benchrun.Item { ... })
//	benchrun.WriteJSONL(out, preds)    // predictions, also on stripped input
//	if gold { score.ScoreXxx(...).Format(w) }
//	t.Format(w)
//
// RunExtract is that pattern for extraction; bench/peers uses it too, so
// that Lede and its peers are timed by the same code.
package benchrun

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"time"
)

// Item is one measured unit of work: its id, input size, duration and error.
type Item struct {
	ID    string
	Bytes int
	Dur   time.Duration
	Err   error
}

// Timing is the measurement of one runner over a set of items.
type Timing struct {
	// Name labels the runner ("lede", "readeck", "trafilatura").
	Name  string
	Items []Item
	// Wall is the time of the whole sequential loop.
	Wall time.Duration
	// Alloc is the bytes allocated during the loop (runtime.MemStats.TotalAlloc delta).
	Alloc uint64
	// Mallocs is the number of heap objects allocated during the loop.
	Mallocs uint64
	// CPU is the process CPU time (user+system) used during the loop; on a
	// shared machine it is steadier than Wall. Zero where not measured.
	CPU time.Duration
	// Costliest is, among the slowest items timed again (see Retime), the
	// one with the highest time per byte, with its best time; zero Item
	// when Retime was not called.
	Costliest Item
}

// Retiming: a single timing inside a long loop also catches the garbage
// collection of earlier items' garbage and the machine's other load, so
// the slowest item of a run moves from run to run. Retime times the
// retimeItems slowest items retimeRuns times more each, each time after a
// garbage collection, and keeps each one's best, which is the item's own
// cost.
const (
	retimeItems = 5
	retimeRuns  = 5
)

// Retime sets t.Costliest: it calls fn again for the slowest items of the
// run (fn must be safe to call twice for one item) and keeps, of those,
// the highest best time per byte of input.
func (t *Timing) Retime(fn func(i int) Item) {
	idx := make([]int, len(t.Items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return t.Items[idx[a]].Dur > t.Items[idx[b]].Dur })
	t.Costliest = Item{}
	worst := -1.0
	for _, i := range idx[:min(retimeItems, len(idx))] {
		it := t.Items[i]
		if it.Err != nil || it.Bytes == 0 {
			continue
		}
		best := it.Dur
		for range retimeRuns {
			// Collect first, as testing.B does before it times: the
			// item then pays for its own garbage, not for the heap the
			// run's earlier items left behind.
			runtime.GC()
			t0 := time.Now()
			safeCall(fn, i)
			best = min(best, time.Since(t0))
		}
		if perByte := float64(best) / float64(it.Bytes); perByte > worst {
			worst = perByte
			t.Costliest = Item{ID: it.ID, Bytes: it.Bytes, Dur: best}
		}
	}
}

// Options tune Measure.
type Options struct {
	// CPUProfile, when set, is the file a CPU profile of the timed loop is written to.
	CPUProfile string
}

// Measure calls fn for i = 0..n-1 one after another on the calling goroutine
// (GOMAXPROCS untouched: the collector still runs beside it, as it would for
// a user) and records each call's duration, plus the loop's wall time and
// allocations. fn fills the Item's ID, Bytes and Err; a panic in fn is
// recovered and recorded as the item's error, so one bad input cannot stop a
// benchmark.
func Measure(name string, n int, opts Options, fn func(i int) Item) (Timing, error) {
	t := Timing{Name: name, Items: make([]Item, n)}
	if opts.CPUProfile != "" {
		f, err := os.Create(opts.CPUProfile)
		if err != nil {
			return t, fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return t, fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := ProcessCPU()
	start := time.Now()
	for i := 0; i < n; i++ {
		t0 := time.Now()
		it := safeCall(fn, i)
		it.Dur = time.Since(t0)
		t.Items[i] = it
	}
	t.Wall = time.Since(start)
	t.CPU = ProcessCPU() - cpu0
	runtime.ReadMemStats(&after)
	t.Alloc = after.TotalAlloc - before.TotalAlloc
	t.Mallocs = after.Mallocs - before.Mallocs
	return t, nil
}

func safeCall(fn func(int) Item, i int) (it Item) {
	defer func() {
		if r := recover(); r != nil {
			it.Err = fmt.Errorf("panic: %v", r)
		}
	}()
	return fn(i)
}

// Errors counts the items that failed.
func (t Timing) Errors() int {
	n := 0
	for _, it := range t.Items {
		if it.Err != nil {
			n++
		}
	}
	return n
}

// PerSecond is items per second of wall time.
func (t Timing) PerSecond() float64 {
	if t.Wall <= 0 {
		return 0
	}
	return float64(len(t.Items)) / t.Wall.Seconds()
}

// PerCPUSecond is items per second of process CPU time (0 when not measured).
func (t Timing) PerCPUSecond() float64 {
	if t.CPU <= 0 {
		return 0
	}
	return float64(len(t.Items)) / t.CPU.Seconds()
}

// AllocPerItem is the bytes allocated per item.
func (t Timing) AllocPerItem() float64 {
	if len(t.Items) == 0 {
		return 0
	}
	return float64(t.Alloc) / float64(len(t.Items))
}

// InputBytes is the total size of the items' inputs.
func (t Timing) InputBytes() int64 {
	var n int64
	for _, it := range t.Items {
		n += int64(it.Bytes)
	}
	return n
}

// Slowest returns the item that took longest (zero Item when none).
func (t Timing) Slowest() Item {
	var s Item
	for _, it := range t.Items {
		if it.Dur > s.Dur {
			s = it
		}
	}
	return s
}

// Percentile returns the duration below which the fraction q of items ran.
func (t Timing) Percentile(q float64) time.Duration {
	if len(t.Items) == 0 {
		return 0
	}
	ds := make([]time.Duration, len(t.Items))
	for i, it := range t.Items {
		ds[i] = it.Dur
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	k := int(q * float64(len(ds)-1))
	return ds[k]
}

const mb = 1 << 20

// Format prints the speed table: items, errors, items per second, allocation
// per item, input size, median and slowest item (with its ms per MB of input,
// which tells a slow page from a big one), and the costliest item when
// Retime ran.
func (t Timing) Format(w io.Writer) {
	in := 0.0
	if len(t.Items) > 0 {
		in = float64(t.InputBytes()) / float64(len(t.Items)) / 1024
	}
	fmt.Fprintf(w, "%-13s pages=%4d  errors=%d  %.1f pages/s (%.1f per CPU-s)  alloc %.2f MB/page  input %.0f KB/page  p50 %.2f ms\n",
		t.Name, len(t.Items), t.Errors(), t.PerSecond(), t.PerCPUSecond(), t.AllocPerItem()/mb, in, ms(t.Percentile(0.5)))
	if s := t.Slowest(); s.ID != "" {
		perMB := 0.0
		if s.Bytes > 0 {
			perMB = ms(s.Dur) / (float64(s.Bytes) / mb)
		}
		fmt.Fprintf(w, "%-13s %s  %.1f ms  %.0f KB  %.1f ms/MB\n", "slowest", s.ID, ms(s.Dur), float64(s.Bytes)/1024, perMB)
	}
	if c := t.Costliest; c.ID != "" {
		fmt.Fprintf(w, "%-13s %s  %.1f ms  %.0f KB  %.1f ms/MB  (of the %d slowest, the most per MB, best of %d)\n",
			"costliest", c.ID, ms(c.Dur), float64(c.Bytes)/1024, ms(c.Dur)/(float64(c.Bytes)/mb), retimeItems, retimeRuns+1)
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// Summary is the machine-readable gist of a Timing, exchanged between
// `lede bench extract --peers` and the peers program.
type Summary struct {
	Name         string  `json:"name"`
	Pages        int     `json:"pages"`
	Errors       int     `json:"errors"`
	PagesPerSec  float64 `json:"pages_per_sec"`
	PagesPerCPU  float64 `json:"pages_per_cpu_sec"`
	AllocPerPage float64 `json:"alloc_per_page"`
	// Score is the headline figure of the set (body F1, snippets F1 or words F1), when scored.
	Score *float64 `json:"score,omitempty"`
}

// Summary returns the gist of the timing.
func (t Timing) Summary() Summary {
	return Summary{Name: t.Name, Pages: len(t.Items), Errors: t.Errors(), PagesPerSec: t.PerSecond(), PagesPerCPU: t.PerCPUSecond(), AllocPerPage: t.AllocPerItem()}
}

// WriteSummaries writes summaries as a JSON array.
func WriteSummaries(path string, s []Summary) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// ReadSummaries reads what WriteSummaries wrote.
func ReadSummaries(path string) ([]Summary, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s []Summary
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// WriteJSONL writes one JSON value per line to path (creating its folder).
func WriteJSONL[T any](path string, rows []T) (err error) {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return bw.Flush()
}
