package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
)

func TestSaveLinks(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, err := db.LinksSeq(ctx); err != nil || n != 0 {
		t.Fatalf("LinksSeq on a new store = %d, %v", n, err)
	}
	d1 := time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)
	l := Links{
		SourceOf: map[string]string{"a": "a", "b": "a", "c": "a", "d": "d"},
		Stories: []model.Story{
			{ID: "s1", Title: "Bridge", ArticleIDs: []string{"a", "b", "c", "d"}, Outlets: []string{"X", "Y"}, First: d1, Last: d1.Add(time.Hour)},
			{ID: "s2", Title: "Undated", ArticleIDs: []string{"e"}, Outlets: []string{}},
		},
		Seq: 7,
	}
	for range 2 { // saving twice replaces
		if err := db.SaveLinks(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := db.LinksSeq(ctx); n != 7 {
		t.Errorf("LinksSeq = %d, want 7", n)
	}
	all, err := db.StoryList(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l.Stories, all); diff != "" {
		t.Errorf("StoryList (-want +got):\n%s", diff)
	}
	recent, _ := db.StoryList(ctx, d1)
	if len(recent) != 1 || recent[0].ID != "s1" {
		t.Errorf("StoryList(since) = %v", recent)
	}
	if s, err := db.Story(ctx, "s2"); err != nil || s.Title != "Undated" {
		t.Errorf("Story(s2) = %v, %v", s, err)
	}
	if _, err := db.Story(ctx, "nope"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Story(nope) err = %v", err)
	}
	if id, _ := db.StoryOf(ctx, "c"); id != "s1" {
		t.Errorf("StoryOf(c) = %q", id)
	}
	src, copies, err := db.CopyGroup(ctx, "c")
	if err != nil || src != "a" || !slices.Equal(copies, []string{"b", "c"}) {
		t.Errorf("CopyGroup(c) = %q %v %v", src, copies, err)
	}
	src, copies, _ = db.CopyGroup(ctx, "d")
	if src != "d" || len(copies) != 0 {
		t.Errorf("CopyGroup(d) = %q %v", src, copies)
	}
	m, _ := db.SourceMap(ctx)
	if diff := cmp.Diff(map[string]string{"b": "a", "c": "a"}, m); diff != "" {
		t.Errorf("SourceMap (-want +got):\n%s", diff)
	}
}
