package htmlextract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExtractBytes: a page read from its bytes gives the article Extract
// gives from the same page as a string, for a parsed page and for one the
// parser refuses (too deeply nested: the token fallback).
func TestExtractBytes(t *testing.T) {
	article := `<html lang="en"><head><title>Ferry fares held | Eastbay Ledger</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry fares held</h1><p class="byline">By Mira Holt</p>
<p>The Eastbay harbor council voted on Tuesday to keep ferry fares where they are for another year, after islanders filled the hall.</p>
<p>“We heard the islanders,” Councillor Dara Venn said, before the chair closed a session that ran past midnight.</p></article>
<footer>© 2025 Eastbay Ledger</footer></body></html>`
	deep := "<html><body>" + strings.Repeat("<div>", 600) + "<p>Deep in the nest, the tide tables for the outer islands were printed.</p>" + strings.Repeat("</div>", 600) + "</body></html>"
	for name, page := range map[string]string{"article": article, "deeply nested": deep} {
		t.Run(name, func(t *testing.T) {
			opts := Options{URL: "https://eastbay.example/news/ferry"}
			want, werr := Extract(page, opts)
			got, gerr := ExtractBytes([]byte(page), opts)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("errors differ: %v vs %v", gerr, werr)
			}
			if want == nil || len(want.Body) == 0 {
				t.Fatalf("Extract found no body in the test page")
			}
			if name == "deeply nested" && !strings.Contains(strings.Join(want.Warnings, "\n"), "without structure") {
				t.Fatalf("the deep page did not take the token fallback: %q", want.Warnings)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("ExtractBytes differs from Extract (-want +got):\n%s", d)
			}
		})
	}
}
