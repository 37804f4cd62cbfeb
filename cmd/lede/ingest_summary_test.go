package main

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/ingest"
)

// TestIngestSummaryReasons: a failure's line says its reason once ("1
// malformed source: feed.xml: malformed source: feed entry ..." said it
// twice).
func TestIngestSummaryReasons(t *testing.T) {
	s := &ingest.Summary{Failed: 2, Reasons: map[string]int{"malformed source": 1, "fetch failed": 1}, Failures: []ingest.Failure{
		{Name: "feed.xml", Reason: "malformed source", Error: "malformed source: feed entry has no content"},
		{Name: "https://a.example/x", Reason: "fetch failed", Error: "cannot reach a.example"},
	}}
	var b strings.Builder
	ingestPrintSummary(&b, s)
	for _, want := range []string{"  1 malformed source: feed.xml: feed entry has no content\n", "  1 fetch failed: https://a.example/x: cannot reach a.example\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, b.String())
		}
	}
}
