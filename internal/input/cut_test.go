package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// cutTestPage is a made-up article page whose complete form closes its
// body and html, nested in a few divisions as real pages are.
const cutTestPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry timetable redrawn</title></head>
<body><div class="wrap"><div class="main"><div class="story"><article>
<h1>Ferry timetable redrawn</h1>
<p>The Wexmoor ferry will sail every forty minutes from May, the operator said.</p>
<p>Harbourmaster Ilse Darrow said the quay at Plenth could not take more berths.</p>
</article></div></div></div>
<script>window.tally = 3;</script>
</body>
</html>
`

func TestCutHTML(t *testing.T) {
	idx := func(s string) int {
		i := strings.Index(cutTestPage, s)
		if i < 0 {
			t.Fatalf("%q not in the page", s)
		}
		return i
	}
	tests := []struct {
		name string
		page string
		want string // the reason, "" for whole
	}{
		{"whole", cutTestPage, ""},
		{"whole, upper-case end tags", strings.ToUpper(cutTestPage), ""},
		{"whole without its last newline", strings.TrimSpace(cutTestPage), ""},
		{"after </body>, before </html>", cutTestPage[:idx("</html>")], ""},
		{"no end tags, ends with </script>", `<!doctype html><html><head><title>Tern count</title></head><body><div><p>Forty terns nested on Skellow.</p></div><script>x()</script>`, ""},
		{"no end tags, one div left open", `<html><body><div class="page"><p>Forty terns nested on Skellow.</p>`, ""},
		// Complete pages of shapes a crawl meets (review of rule
		// cut-plain-html): none may be called cut.
		{"HTML5, optional end tags left out", "<!doctype html>\n<html lang=en>\n<title>Tern count</title>\n<div class=story><p>Forty terns nested on Skellow.</p></div>\n", ""},
		{"no end tags, ends in a comment", "<!doctype html><html><body><div><div><p>Forty terns nested on Skellow.</p></div></div>\n<!-- served by node 4 in 12 ms -->\n", ""},
		{"no end tags, ends in two comments", "<!doctype html><html><body><div><p>Forty terns.</p></div><!-- a --><!-- cache: hit -->", ""},
		{"no end tags, ends in a processing instruction", "<!doctype html><html><body><div><p>Forty terns.</p></div><?php /* footer */ ?>", ""},
		{"no end tags, ends in a script", "<!doctype html><html><body><div><p>Forty terns.</p></div><script>if (a < b) { tally(); }</script>\n", ""},
		{"no end tags, trailing JSON", "<!doctype html><html><body><div><p>Forty terns.</p></div>\n{\"took\": 12, \"node\": [\"b4\"]}\n", ""},
		{"no end tags, trailing NULs", "<!doctype html><html><body><div><p>Forty terns.</p></div>\x00\x00\x00\x00", ""},
		{"no end tags, BOM first and last", "\ufeff<!doctype html><html><body><div><p>Forty terns.</p></div>\ufeff", ""},
		{"XHTML, self-closing last tag", `<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body><div><p>Forty terns.</p></div><br />`, ""},
		{"XHTML, self-closing last tag not void", `<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><div><p>Forty terns.</p></div><a id="tally-end"/>`, ""},
		{"XHTML, whole", `<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Forty terns.</p></body></html>`, ""},
		{"AMP, whole", `<!doctype html><html ⚡ lang="en"><head><script async src="v0.js"></script></head><body><amp-img src="t.jpg" layout="fill"></amp-img><p>Forty terns.</p></body></html>`, ""},
		{"AMP, no end tags, ends with a component", `<!doctype html><html amp><body><div><p>Forty terns.</p></div><amp-analytics><script type="application/json">{"vars": {}}</script></amp-analytics>`, ""},
		{"newsletter export, tracking pixel last", `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><body><table><tr><td><p>Forty terns nested on Skellow.</p></td></tr></table><img src="https://mail.example/o.gif" width="1" height="1" alt="">`, ""},
		{"newsletter export, last <br>", `<html><body><table><tr><td>Forty terns nested on Skellow.<br>`, ""},
		{"fragment without <html>, ends mid-text", `<div class="story"><p>Forty terns nested on Skellow`, ""},
		{"fragment, cut", `<p>Forty terns nested on Skel`, ""},
		// Still cut: a page cut right after a comment, a JSON value
		// inside a script, or a head <img>-like tag is judged on what
		// came before.
		{"cut after a comment, mid-text before it", "<!doctype html><html><body><div><p>Forty terns nes<!-- x -->", "mid-text"},
		{"cut after JSON in a script", `<!doctype html><html><body><div><p>Forty terns.</p></div><script type="application/ld+json">{"a": 1}`, "after a start tag"},
		{"cut after a start tag that merely starts like a void one", `<!doctype html><html><body><div><p>Forty terns.</p></div><brief>`, "after a start tag"},
		{"plain text, cut", "Forty terns nested on Skel", ""},
		{"empty", "", ""},
		{"mid-tag", cutTestPage[:idx(`="story"`)], "inside a tag"},
		{"mid-text", cutTestPage[:idx("could not")], "mid-text"},
		{"mid-text with trailing space", cutTestPage[:idx("could not")] + " \n", "mid-text"},
		{"after a start tag", cutTestPage[:idx("The Wexmoor")], "after a start tag"},
		{"after an end tag, deep", cutTestPage[:idx("<p>Harbourmaster")], "<div> elements left open"},
		{"inside the head", cutTestPage[:idx("<title>")+10], "mid-text"},
		{"mid-tag, BOM and comment first", "\ufeff<!-- saved -->\n" + cutTestPage[:idx(`="story"`)], "inside a tag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cut, why := CutHTML([]byte(tt.page))
			if cut != (tt.want != "") || !strings.Contains(why, tt.want) {
				t.Errorf("CutHTML = %v, %q; want cut %v (%q)", cut, why, tt.want != "", tt.want)
			}
		})
	}
}

// TestCutHTMLEveryPoint: the page cut at every byte from its <body> to
// its </body> is called cut, except just after an end tag (the divisions
// then closed) and in white space after one.
func TestCutHTMLEveryPoint(t *testing.T) {
	from, to := strings.Index(cutTestPage, "<body>")+len("<body>"), strings.Index(cutTestPage, "</body>")
	missed := 0
	for i := from; i < to; i++ {
		if cut, _ := CutHTML([]byte(cutTestPage[:i])); !cut {
			missed++
			end := strings.TrimRight(cutTestPage[:i], " \n")
			if !strings.HasSuffix(end, ">") || strings.Count(end, "<div")-strings.Count(end, "</div") >= cutOpenDivs {
				t.Errorf("cut at %d (…%q) not called cut", i, cutTestPage[max(from, i-20):i])
			}
		}
	}
	if missed > 6 {
		t.Errorf("%d of %d cut points missed, want at most 6 (after </div>s and </script>)", missed, to-from)
	}
}

func FuzzCutHTML(f *testing.F) {
	f.Add([]byte(cutTestPage))
	f.Add([]byte(cutTestPage[:200]))
	f.Add([]byte("<html><div><div><div></p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cut, why := CutHTML(data)
		if cut == (why == "") {
			t.Fatalf("cut %v with reason %q", cut, why)
		}
		// Rule: a page holding </html> is never called cut.
		if cut, _ := CutHTML(append(data, "</html>"...)); cut {
			t.Fatalf("a page ending in </html> called cut")
		}
	})
}

// TestReadCutHTML: Read marks a page file or stdin cut short (rule
// cut-plain-html) with a warning, a whole one not; a gzip stream that is
// whole but holds a cut page is marked too, a cut gzip stream once.
func TestReadCutHTML(t *testing.T) {
	cutPage := cutTestPage[:strings.Index(cutTestPage, "could not")]
	gzOf := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	cutGz := gzOf(cutTestPage)
	dir := t.TempDir()
	for _, tc := range []struct {
		name, file string
		data       []byte
		warnings   []string
	}{
		{"whole", "whole.html", []byte(cutTestPage), nil},
		{"cut", "cut.html", []byte(cutPage), []string{"page cut short: the page ends in mid-text, with no </body> nor </html>"}},
		{"cut, gzipped whole", "cut.html.gz", gzOf(cutPage), []string{"page cut short: the page ends in mid-text, with no </body> nor </html>"}},
		{"stdin", "-", []byte(cutPage), []string{"page cut short: the page ends in mid-text, with no </body> nor </html>"}},
		{"gzip stream cut", "part.html.gz", cutGz[:len(cutGz)*3/4], nil}, // its own warning, checked by prefix below
	} {
		t.Run(tc.name, func(t *testing.T) {
			name, opts := tc.file, Options{}
			if name == "-" {
				opts.Stdin = bytes.NewReader(tc.data)
			} else {
				name = filepath.Join(dir, tc.file)
				if err := os.WriteFile(name, tc.data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			in, err := Read(context.Background(), name, opts)
			if err != nil {
				t.Fatal(err)
			}
			if tc.name == "gzip stream cut" {
				if !in.Cut || len(in.Warnings) != 1 || !strings.HasPrefix(in.Warnings[0], "gzip stream cut short") {
					t.Errorf("cut %v, warnings %q; want one gzip warning", in.Cut, in.Warnings)
				}
				return
			}
			if in.Cut != (tc.warnings != nil) || !slices.Equal(in.Warnings, tc.warnings) {
				t.Errorf("cut %v, warnings %q; want %q", in.Cut, in.Warnings, tc.warnings)
			}
		})
	}
}

// BenchmarkCutHTML: rule cut-plain-html on a whole page of about 200 KB
// (cutTestPage with a long article) and on that page cut in the middle;
// `go test ./internal/input -run '^$' -bench CutHTML`.
func BenchmarkCutHTML(b *testing.B) {
	i := strings.Index(cutTestPage, "</article>")
	whole := []byte(cutTestPage[:i] + strings.Repeat("<div class=\"para\"><p>The Wexmoor ferry <b>will</b> sail every forty minutes from May.</p></div>\n", 2500) + cutTestPage[i:])
	for _, bc := range []struct {
		name string
		page []byte
	}{{"whole", whole}, {"cut", whole[:len(whole)/2]}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.page)))
			for b.Loop() {
				CutHTML(bc.page)
			}
		})
	}
}
