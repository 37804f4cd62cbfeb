package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ingestCutPage is a made-up article page whose last paragraph holds a
// word (ingestCutWord) that a copy cut half-way does not reach.
func ingestCutPage() []byte {
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html><head><meta charset="utf-8"><title>Tram line reopens after repairs</title>
<link rel="canonical" href="https://valley-courier.example/tram-line"></head><body><article><h1>Tram line reopens after repairs</h1>`)
	for i, stop := range []string{"Larch Street", "Mill Lane", "the Exchange", "Orchard Row", "Quarry Hill", "the Foundry", "Belvedere", "Canal Wharf", "Tanners Yard", "Weir End"} {
		fmt.Fprintf(&b, "<p>Engineers replaced %d metres of rail near %s, where cracks found in stop number %d had closed the line for %d days last winter.</p>\n", 40+i*9, stop, i+1, 3+i*2)
	}
	b.WriteString("<p>Passengers can ride free on the first weekend, the quillfeather operator said.</p></article></body></html>")
	return b.Bytes()
}

const ingestCutWord = "quillfeather"

// TestIngestCutKeepsWhole: `lede ingest` of a gzipped copy cut short of a
// page stored whole says it kept the whole one, and show, search and
// export still give the whole text.
func TestIngestCutKeepsWhole(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	whole := filepath.Join(dir, "tram.html")
	if err := os.WriteFile(whole, ingestCutPage(), 0o644); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(ingestCutPage())
	zw.Close()
	cut := filepath.Join(dir, "tram.html.gz")
	if err := os.WriteFile(cut, z.Bytes()[:z.Len()/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", whole); err != nil {
		t.Fatalf("ingest the whole page: %v", err)
	}
	out, errOut, err := runLede(t, "ingest", "--db", db, cut)
	if err != nil || !strings.Contains(out, "kept 1") || !strings.Contains(errOut, cut+": not stored: the source is cut short") {
		t.Errorf("ingest the cut copy: %v\nstdout %s\nstderr %s\nwant kept 1 and the reason", err, out, errOut)
	}
	// A cut copy kept counts as gone in: with a failing item beside it,
	// the exit status is still 0 (1 only when nothing went in).
	empty := filepath.Join(dir, "empty.html")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, err := runLede(t, "ingest", "--db", db, "--quiet", cut, empty); err != nil {
		t.Errorf("ingest the cut copy and an empty page: %v (stderr %s), want exit status 0", err, errOut)
	}
	for _, args := range [][]string{
		{"show", "--db", db, "https://valley-courier.example/tram-line"},
		{"search", "--db", db, ingestCutWord},
		{"export", "--db", db},
	} {
		out, _, err := runLede(t, args...)
		if err != nil || !strings.Contains(out, ingestCutWord) {
			t.Errorf("lede %s: %v, output lacks %q:\n%.300s", strings.Join(args, " "), err, ingestCutWord, out)
		}
	}
}
