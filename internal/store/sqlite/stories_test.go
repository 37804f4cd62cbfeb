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
	if st, err := db.LinksState(ctx); err != nil || st != "" {
		t.Fatalf("LinksState on a new store = %q, %v", st, err)
	}
	if st, err := db.CorpusState(ctx); err != nil || st != "0|0|" {
		t.Fatalf("CorpusState on a new store = %q, %v", st, err)
	}
	d1 := time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)
	l := Links{
		SourceOf: map[string]string{"a": "a", "b": "a", "c": "a", "d": "d"},
		Stories: []model.Story{
			{ID: "s1", Title: "Bridge", ArticleIDs: []string{"a", "b", "c", "d"}, Outlets: []string{"X", "Y"}, First: d1, Last: d1.Add(time.Hour)},
			{ID: "s2", Title: "Undated", ArticleIDs: []string{"e"}, Outlets: []string{}},
		},
		State: "7|7|x",
	}
	for range 2 { // saving twice replaces
		if err := db.SaveLinks(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := db.LinksState(ctx); st != "7|7|x" {
		t.Errorf("LinksState = %q", st)
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

func TestDedupIndex(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	in := map[string]DedupEntry{"a": {"h1", []byte{1, 2}}, "b": {"h2", []byte{3}}}
	if err := db.SaveDedupIndex(ctx, in); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveDedupIndex(ctx, map[string]DedupEntry{"a": {"h3", []byte{9}}}); err != nil {
		t.Fatal(err)
	}
	got, err := db.DedupIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]DedupEntry{"a": {"h3", []byte{9}}, "b": {"h2", []byte{3}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DedupIndex (-want +got):\n%s", diff)
	}
	if hs, err := db.ArticleHashes(ctx); err != nil || len(hs) != 0 {
		t.Errorf("ArticleHashes = %v, %v", hs, err)
	}
}

// TestStoryListUndatedBySize: rule undated-by-size. Undated stories come
// after the dated ones, the largest first, then by id: by id alone a
// story of one article came before one of three.
func TestStoryListUndatedBySize(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d1 := time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)
	l := Links{
		SourceOf: map[string]string{},
		Stories: []model.Story{
			{ID: "s1", Title: "Lone report", ArticleIDs: []string{"a"}, Outlets: []string{}},
			{ID: "s2", Title: "Ferry strike", ArticleIDs: []string{"b", "c", "d"}, Outlets: []string{}},
			{ID: "s3", Title: "Quay fire", ArticleIDs: []string{"e"}, Outlets: []string{"X"}, First: d1, Last: d1},
			{ID: "s4", Title: "Harbour toll", ArticleIDs: []string{"f", "g"}, Outlets: []string{}},
		},
		State: "1|1|x",
	}
	if err := db.SaveLinks(ctx, l); err != nil {
		t.Fatal(err)
	}
	all, err := db.StoryList(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range all {
		ids = append(ids, s.ID)
	}
	if want := []string{"s3", "s2", "s4", "s1"}; !slices.Equal(ids, want) {
		t.Errorf("StoryList order %q, want %q", ids, want)
	}
}
