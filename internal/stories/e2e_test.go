package stories_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/pipeline"
	"github.com/lede-news/lede/internal/stories"
)

// The bundled example pages of one event (examples/story: a wire report,
// its copy, a rewrite and a local report, plus unrelated news) go through
// the whole pipeline — extraction, analysis, copies, stories — and the
// comparison is what a user of `lede story` reads. Unlike the harbour
// golden test, whose quotes and claims are given, every quote, speaker and
// figure here is found by the analysis.
func TestExampleStoryEndToEnd(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "story", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example pages: %v", err)
	}
	var arts []*model.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := pipeline.Extract(context.Background(), model.Input{Data: data, Name: f}, pipeline.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		a.ID = strings.TrimSuffix(filepath.Base(f), ".html")
		arts = append(arts, a)
	}
	ix := stories.Build(arts)
	var story model.Story
	for _, s := range ix.Stories {
		if len(s.ArticleIDs) > len(story.ArticleIDs) {
			story = s
		}
	}
	if len(story.ArticleIDs) != 4 {
		t.Fatalf("largest story has %d articles (%v), want the four bridge reports", len(story.ArticleIDs), story.ArticleIDs)
	}
	var members []*model.Article
	for _, a := range arts {
		if slices.Contains(story.ArticleIDs, a.ID) {
			members = append(members, a)
		}
	}
	var txt bytes.Buffer
	if err := stories.Compare(story, members, ix.SourceOf).WriteText(&txt); err != nil {
		t.Fatal(err)
	}
	golden.Bytes(t, filepath.Join("testdata", "example-story.golden.txt"), txt.Bytes())
}
