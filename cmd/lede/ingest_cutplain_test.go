package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestCutPlainHTML: `lede ingest` twice into one store, a plain
// .html page and a copy of it cut short (rule cut-plain-html: no gzip
// trailer tells it), in both orders, with the page's canonical link and
// without any address (rule cut-matches-stored): one article is stored,
// and export gives the whole text, never the cut one; lede extract marks
// the cut copy source.cut.
func TestIngestCutPlainHTML(t *testing.T) {
	withLink := ingestCutPage()
	noAddress := bytes.Replace(withLink, []byte(`<link rel="canonical" href="https://valley-courier.example/tram-line">`), nil, 1)
	for name, page := range map[string][]byte{"canonical": withLink, "no address": noAddress} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			whole, cut := filepath.Join(dir, "tram.html"), filepath.Join(dir, "tram-part.html")
			if err := os.WriteFile(whole, page, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(cut, page[:bytes.Index(page, []byte("Tanners Yard"))+4], 0o644); err != nil {
				t.Fatal(err)
			}
			out, _, err := runLede(t, "extract", cut)
			if err != nil || !strings.Contains(out, `"cut": true`) || !strings.Contains(out, "page cut short: ") {
				t.Errorf("lede extract of the cut copy: %v, want it marked cut with a warning:\n%.300s", err, out)
			}
			for _, order := range [][]string{{whole, cut}, {cut, whole}} {
				db := filepath.Join(dir, filepath.Base(order[0])+".db")
				for i, src := range order {
					out, errOut, err := runLede(t, "ingest", "--db", db, src)
					if err != nil {
						t.Fatalf("ingest %s: %v\n%s", src, err, errOut)
					}
					if i == 1 && src == cut && !strings.Contains(out, "kept 1") {
						t.Errorf("the cut copy after the whole one: %s, want kept 1", out)
					}
				}
				out, _, err := runLede(t, "export", "--db", db)
				if n := strings.Count(strings.TrimSpace(out), "\n") + 1; err != nil || n != 1 || !strings.Contains(out, ingestCutWord) || strings.Contains(out, `"cut":true`) {
					t.Errorf("%s then %s: export %v, %d records, whole text %v; want the one whole record", filepath.Base(order[0]), filepath.Base(order[1]), err, n, strings.Contains(out, ingestCutWord))
				}
			}
		})
	}
}
