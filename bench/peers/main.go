// Command peers runs Lede's peers, go-trafilatura and readeck's
// go-readability, on a cases file the way `lede bench extract` runs Lede:
// every page preloaded, then each extracted one after another on one
// goroutine with the same timing and allocation accounting (package
// benchrun), predictions written per peer, figures printed by the same
// scorer port (package score).
//
// It is a module of its own so that Lede's module never depends on the peers.
//
//	go run . --cases ../../../shared/bench/extract/cases.jsonl --out-dir /tmp/peers
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	nurl "net/url"
	"os"
	"path/filepath"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"

	"github.com/lede-news/lede/internal/benchrun"
)

// peers are the extractors this program knows, in run order.
var peers = []struct {
	name string
	ex   benchrun.Extractor
}{
	{"readeck", readeckExtract},
	{"trafilatura", trafilaturaExtract},
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "peers:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("peers", flag.ContinueOnError)
	cases := fs.String("cases", "", "cases file (jsonl; page paths relative to its folder)")
	outDir := fs.String("out-dir", "", "write each peer's predictions to DIR/PEER.jsonl")
	set := fs.String("set", "", "only the cases of this set")
	limit := fs.Int("limit", 0, "only the first N cases (after --set)")
	only := fs.String("peer", "", "run only these peers (comma-separated: readeck, trafilatura)")
	summary := fs.String("summary", "", "write the peers' summaries (JSON) here")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cases == "" {
		return errors.New("--cases is required")
	}
	cs, err := benchrun.LoadCases(*cases, *set, *limit)
	if err != nil {
		return err
	}
	pages := benchrun.LoadPages(*cases, cs)
	var sums []benchrun.Summary
	for _, p := range peers {
		if *only != "" && !strings.Contains(","+*only+",", ","+p.name+",") {
			continue
		}
		r, err := benchrun.RunExtract(p.name, pages, p.ex, benchrun.Options{})
		if err != nil {
			return err
		}
		if *outDir != "" {
			if err := benchrun.WriteJSONL(filepath.Join(*outDir, p.name+".jsonl"), r.Preds); err != nil {
				return err
			}
		}
		sums = append(sums, r.Report(stdout, cs))
	}
	if *summary != "" {
		return benchrun.WriteSummaries(*summary, sums)
	}
	return nil
}

func parseURL(u string) *nurl.URL {
	if u == "" {
		return nil
	}
	p, err := nurl.Parse(u)
	if err != nil {
		return nil
	}
	return p
}

// trafilaturaExtract runs go-trafilatura as a user would: default options
// with its fallback extractors (readability and dom-distiller) enabled.
func trafilaturaExtract(data []byte, url string) (benchrun.Extraction, error) {
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		OriginalURL:    parseURL(url),
		EnableFallback: true,
	})
	if err != nil {
		return benchrun.Extraction{}, err
	}
	e := benchrun.Extraction{Text: res.ContentText, Title: res.Metadata.Title, Author: res.Metadata.Author}
	if !res.Metadata.Date.IsZero() {
		e.Date = res.Metadata.Date.Format("2006-01-02")
	}
	return e, nil
}

// readeckExtract runs readeck's go-readability v2 with its default parser.
func readeckExtract(data []byte, url string) (benchrun.Extraction, error) {
	a, err := readability.FromReader(bytes.NewReader(data), parseURL(url))
	if err != nil {
		return benchrun.Extraction{}, err
	}
	var b strings.Builder
	if a.Node != nil {
		if err := a.RenderText(&b); err != nil {
			return benchrun.Extraction{}, err
		}
	}
	e := benchrun.Extraction{Text: b.String(), Title: a.Title(), Author: a.Byline()}
	if t, err := a.PublishedTime(); err == nil && !t.IsZero() {
		e.Date = t.Format("2006-01-02")
	}
	return e, nil
}
