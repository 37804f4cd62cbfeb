// Command genwarc writes a WARC(.gz) of synthetic news pages for the ingest
// benchmark: go run ./internal/ingest/gen/genwarc -n 10000 -o /tmp/bench.warc.gz
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/lede-news/lede/internal/ingest/gen"
)

func main() {
	n := flag.Int("n", 10000, "number of pages")
	out := flag.String("o", "bench.warc.gz", "output file (.warc or .warc.gz)")
	words := flag.Int("words", 700, "words per article")
	pad := flag.Int("bytes", 60000, "HTML bytes per page, about")
	seed := flag.Uint64("seed", 1, "seed")
	flag.Parse()
	if err := run(*n, *out, gen.Options{Words: *words, PadBytes: *pad, Seed: *seed}); err != nil {
		fmt.Fprintln(os.Stderr, "genwarc:", err)
		os.Exit(1)
	}
}

func run(n int, out string, o gen.Options) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := gen.NewWARCWriter(bw, strings.HasSuffix(out, ".gz"))
	var total int64
	for i := 0; i < n; i++ {
		p := gen.Make(i, o)
		total += int64(len(p.HTML))
		if err := w.Page(p); err != nil {
			f.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "genwarc: %d pages, %.1f KB of HTML each on average, in %s\n", n, float64(total)/float64(n)/1000, out)
	return nil
}
