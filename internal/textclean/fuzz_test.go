package textclean

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// FuzzExtract feeds arbitrary text to the text path: it must not panic, and
// the record must keep its invariants (text is the joined body, embeds point
// inside the body, no empty blocks, no date after Now).
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("T\n\n— (@a) April 31, 2016\nSupport usWe\n@x\n\n♬")
	f.Add("Read on...\nSupport us and go ad-freeWe need your support\nhttps://x.com/a/status/1")
	// rules post-in-paragraph, lead-not-headline, numbered-heading, agency-first-credit
	f.Add("A long lead. Then more text here is written as a sentence end:\n\nWe went. Wow pic.twitter.com/x — A (@a) May 3, 2021 After. — B (@b) May 4, 2021\n\n1. One\n\nAFP / Ada\n\nImage 1 of / 2")
	now := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Extract(s, Options{Now: now})
		if err != nil {
			return
		}
		if a.Text != model.JoinBlocks(a.Body) {
			t.Fatalf("Text is not the joined body")
		}
		for _, b := range a.Body {
			if b.Text == "" {
				t.Fatalf("empty %s block", b.Kind)
			}
		}
		for _, e := range a.Embeds {
			if e.Position < 0 || e.Position > len(a.Body) {
				t.Fatalf("embed position %d outside 0..%d", e.Position, len(a.Body))
			}
		}
		for _, d := range []*model.Date{a.Dates.Published, a.Dates.Modified, a.Dates.Event} {
			if d == nil {
				continue
			}
			v, err := time.Parse("2006-01-02", d.Value[:min(10, len(d.Value))])
			if err != nil || v.After(now) {
				t.Fatalf("date %+v invalid or after now", d)
			}
		}
	})
}

// BenchmarkExtract times the text path alone on the golden articles.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	for _, p := range files {
		data, _ := os.ReadFile(p)
		texts = append(texts, string(data))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Extract(texts[i%len(texts)], Options{})
	}
}

// BenchmarkSeedTextPath times the text path alone on the seed article
// (../shared, skipped when absent); BenchmarkExtractSeed in the root package
// times the whole pipeline.
func BenchmarkSeedTextPath(b *testing.B) {
	data, err := os.ReadFile("../../../shared/seed/000_8c39b9015587cd97.txt")
	if err != nil {
		b.Skipf("skipping: %v", err)
	}
	text := string(data)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Extract(text, Options{})
	}
}
