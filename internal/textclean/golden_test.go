package textclean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
)

// goldenNow is the fixed reference time of the golden tests.
var goldenNow = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// TestGolden runs the text path on every testdata/*.txt article (synthetic
// articles written for these tests) and compares the record with its .json
// golden file. Run with -update to rewrite the golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("want at least 10 golden articles, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(string(in), Options{Now: goldenNow})
			if err != nil {
				t.Fatal(err)
			}
			a.Normalize()
			golden.JSON(t, strings.TrimSuffix(f, ".txt")+".json", a)
		})
	}
}

// TestGoldenCoverage checks that the golden articles together exercise every
// boilerplate kind and every embed shape, so the set cannot silently shrink.
func TestGoldenCoverage(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	kinds := map[string]bool{}
	platforms := map[string]bool{}
	bare := false
	for _, f := range files {
		in, _ := os.ReadFile(f)
		a, _ := Extract(string(in), Options{Now: goldenNow})
		for _, r := range a.Removed {
			kinds[r.Kind] = true
		}
		for _, e := range a.Embeds {
			platforms[e.Platform] = true
			if e.URL != "" && e.Text == "" {
				bare = true
			}
		}
	}
	for _, k := range []string{model.RemovedCallToAction, model.RemovedAppeal, model.RemovedImageCredit, model.RemovedNavigation,
		model.RemovedShare, model.RemovedRelated, model.RemovedNewsletter, model.RemovedComments, model.RemovedAd,
		model.RemovedCookieNotice, model.RemovedByline} {
		if !kinds[k] {
			t.Errorf("no golden article removes a %s block", k)
		}
	}
	for _, p := range []string{"twitter", "instagram", "facebook", "youtube", "tiktok", "bluesky", "mastodon"} {
		if !platforms[p] {
			t.Errorf("no golden article embeds a %s post", p)
		}
	}
	if !bare {
		t.Error("no golden article has a bare post URL")
	}
}
