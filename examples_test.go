package lede_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/golden"
)

// The README's first command runs Lede on the bundled examples: their whole
// records are pinned here, so any change to what a new user first sees
// shows up as a diff to read (go test -run Bundled . -update).
func TestBundledExamples(t *testing.T) {
	for _, name := range []string{"article.txt", "article.html"} {
		t.Run(name, func(t *testing.T) {
			a, err := lede.ExtractFrom(context.Background(), filepath.Join("examples", name),
				lede.Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			golden.JSON(t, filepath.Join("testdata", "examples", name+".golden.json"), a)
		})
	}
}
