// Command genstore fills a corpus store with synthetic articles (without
// HTML extraction, for speed) and measures search latency on it:
//
//	go run ./internal/ingest/gen/genstore -db /tmp/100k.db -n 100000
//	go run ./internal/ingest/gen/genstore -db /tmp/100k.db -bench
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"sort"
	"time"

	"github.com/lede-news/lede/internal/benchrun"
	"github.com/lede-news/lede/internal/ingest/gen"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
)

func main() {
	path := flag.String("db", "bench.db", "store file")
	n := flag.Int("n", 0, "articles to add (numbered from the store's current count)")
	bench := flag.Bool("bench", false, "measure search latency")
	rounds := flag.Int("rounds", 5, "times each benchmark query runs")
	prof := flag.String("cpuprofile", "", "write a CPU profile of the benchmark here")
	flag.Parse()
	if *prof != "" {
		f, err := os.Create(*prof)
		if err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, *path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genstore:", err)
		return
	}
	defer db.Close()
	if *n > 0 {
		if err := fill(ctx, db, *n); err != nil {
			fmt.Fprintln(os.Stderr, "genstore:", err)
			os.Exit(1)
		}
	}
	if *bench {
		if err := runBench(ctx, db, *rounds); err != nil {
			fmt.Fprintln(os.Stderr, "genstore:", err)
			os.Exit(1)
		}
	}
}

func fill(ctx context.Context, db *sqlite.DB, n int) error {
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	start := time.Now()
	base := int(st.Articles)
	const batch = 500
	for i := 0; i < n; i += batch {
		var docs []store.Doc
		for j := i; j < min(i+batch, n); j++ {
			a := gen.Article(base+j, gen.Options{})
			h := store.ContentHash([]byte(a.Title + "\x00" + a.Text))
			a.ID = store.ArticleID(a.URL, h)
			docs = append(docs, store.Doc{Article: a, ContentHash: h, Source: "genstore"})
		}
		if _, err := db.Put(ctx, docs); err != nil {
			return err
		}
		if (i/batch)%20 == 0 {
			fmt.Fprintf(os.Stderr, "genstore: %d/%d\n", i+len(docs), n)
		}
	}
	st, err = db.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("filled %d articles in %.0fs; store %d articles, %.1f MB (%.2f MB per 1,000 articles)\n",
		n, time.Since(start).Seconds(), st.Articles, float64(st.SizeBytes)/1e6, float64(st.SizeBytes)/1e6/float64(st.Articles)*1000)
	return nil
}

// benchQueries mix what users type: a frequent word, a rare name, two words,
// a phrase, an exclusion, a prefix, and the filters.
func benchQueries() []store.Query {
	since := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	return []store.Query{
		{Text: "council"},
		{Text: "harbour"},
		{Text: "Kowalski"},
		{Text: "strike budget"},
		{Text: `"national wage"`},
		{Text: "hospital -strike"},
		{Text: "elect*"},
		{Text: "flood", Outlet: "Valley Courier"},
		{Text: "bridge", Since: since, Until: since.AddDate(0, 1, 0)},
		{Text: "survey", Person: "Grace Osei"},
		{Text: "Riverton OR Westmoor"},
		{Text: "Central Bank approved"},
	}
}

func runBench(ctx context.Context, db *sqlite.DB, rounds int) error {
	var all, allCPU []time.Duration
	for _, q := range benchQueries() {
		var ds, cs []time.Duration
		hits := 0
		for r := 0; r < rounds; r++ {
			t, c := time.Now(), benchrun.ProcessCPU() // CPU: on a shared machine wall time measures the queue too
			h, err := db.Search(ctx, q)
			if err != nil {
				return fmt.Errorf("%q: %w", q.Text, err)
			}
			ds = append(ds, time.Since(t))
			allCPU = append(allCPU, benchrun.ProcessCPU()-c)
			cs = append(cs, allCPU[len(allCPU)-1])
			hits = len(h)
		}
		all = append(all, ds...)
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
		fmt.Printf("%-28q outlet=%-15q person=%-10q hits=%2d  median %6.1f ms  max %6.1f ms  CPU median %5.1f ms\n", q.Text, q.Outlet, q.Person, hits, ms(ds[len(ds)/2]), ms(ds[len(ds)-1]), ms(cs[len(cs)/2]))
	}
	pct := func(xs []time.Duration, f float64) time.Duration {
		sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
		return xs[min(len(xs)-1, int(f*float64(len(xs))))]
	}
	fmt.Printf("all %d searches: p50 %.1f ms, p95 %.1f ms, max %.1f ms (wall); CPU p50 %.1f ms, p95 %.1f ms\n", len(all),
		ms(pct(all, 0.5)), ms(pct(all, 0.95)), ms(pct(all, 1)), ms(pct(allCPU, 0.5)), ms(pct(allCPU, 0.95)))
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
