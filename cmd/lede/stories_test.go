package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/stories"
)

// Made-up articles: a wire report, a copy of it (byline added, last
// paragraph cut) and an unrelated report.
const (
	storiesWire = `Council votes to close Kelmouth harbour bridge for repairs

KELMOUTH — The city council voted on Tuesday to close the old harbour bridge for 18 months of repairs, ending weeks of debate among residents and shop owners.

"We cannot keep patching a structure that was built for horses and carts," said council leader Maria Okafor, who proposed the plan in January.

The repairs will cost 42 million pounds, paid in part by a grant from the national transport fund. A temporary ferry will carry pedestrians across the river during the works.

The council will publish a timetable for the closure next month. Work is expected to begin in the autumn.
`
	storiesOther = `Rovers lift the county cup after penalty shoot-out

Kelmouth Rovers won the county cup on Wednesday night, beating Ashford Town 4-3 on penalties after a goalless final in front of 3,000 supporters.

Goalkeeper Sam Ortiz saved two spot kicks before captain Dan Hale scored the winner.
`
)

func storiesCopyText() string {
	ps := strings.Split(storiesWire, "\n\n")
	return "Harbour bridge to shut\n\nBy Harbour Press Agency\n\n" + strings.Join(ps[1:len(ps)-1], "\n\n") + "\n"
}

func TestStoriesCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	src := filepath.Join(dir, "in")
	os.Mkdir(src, 0o755)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Undated articles: the first ingested is the source.
	write("a-wire.txt", storiesWire)
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-follow", "--no-analysis", src); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	list := func() []model.Story {
		out, _, err := runLede(t, "stories", "--db", db, "--json")
		if err != nil {
			t.Fatalf("stories: %v", err)
		}
		var sts []model.Story
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var s model.Story
			if err := json.Unmarshal([]byte(l), &s); err != nil {
				t.Fatalf("stories --json line %q: %v", l, err)
			}
			sts = append(sts, s)
		}
		return sts
	}
	sts := list()
	if len(sts) != 1 || len(sts[0].ArticleIDs) != 1 {
		t.Fatalf("stories = %+v, want one story of one article", sts)
	}
	// New articles are picked up: the links are refreshed.
	write("b-copy.txt", storiesCopyText())
	write("c-other.txt", storiesOther)
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-follow", "--no-analysis", src); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if sts = list(); len(sts) != 2 {
		t.Fatalf("after a new article: %d stories, want 2", len(sts))
	}
	var bridge model.Story
	for _, s := range sts {
		if len(s.ArticleIDs) == 2 {
			bridge = s
		}
	}
	out, _, err := runLede(t, "story", "--db", db, "--json", bridge.ID)
	if err != nil {
		t.Fatalf("story: %v", err)
	}
	var c stories.Comparison
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("story --json: %v", err)
	}
	if len(c.Outlets) != 1 || len(c.Outlets[0].Articles) != 1 || len(c.Outlets[0].Articles[0].Copies) != 1 {
		t.Fatalf("comparison outlets = %+v, want one article with one copy", c.Outlets)
	}
	srcID := c.Outlets[0].Articles[0].ID
	copyID := c.Outlets[0].Articles[0].Copies[0].ID
	// By article id too, as text.
	out, _, err = runLede(t, "story", "--db", db, copyID)
	if err != nil || !strings.Contains(out, "copied by") {
		t.Errorf("story by article id: %v\n%s", err, out)
	}
	out, _, err = runLede(t, "copies", "--db", db, copyID)
	if err != nil {
		t.Fatalf("copies: %v", err)
	}
	for _, want := range []string{"source  " + srcID, "copy    " + copyID, "headline: ", `removed: "The council will publish`} {
		if !strings.Contains(out, want) {
			t.Errorf("copies output lacks %q:\n%s", want, out)
		}
	}
	if _, _, err := runLede(t, "story", "--db", db, "nope"); err == nil {
		t.Error("story nope: no error")
	}
	if _, _, err := runLede(t, "stories", "--db", db, "--since", "yesterday"); err == nil {
		t.Error("stories --since yesterday: no error")
	}
}

// TestStoryOneArticle: the story of a lone article counts it in the
// singular ("1 articles" before).
func TestStoryOneArticle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "one.db")
	page := extractTestFile(t, "a.txt", []byte("Bakers close for a day\n\nBakers in Tollan closed their shops on Friday to protest against flour prices, which rose 30% in a year.\n"))
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", page); err != nil {
		t.Fatal(err)
	}
	rec, _, err := runLede(t, "export", "--db", db, "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(rec, "\n")
	if len(lines) < 2 {
		t.Fatalf("export: %q", rec)
	}
	id, _, _ := strings.Cut(lines[1], ",")
	out, _, err := runLede(t, "story", "--db", db, id)
	if err != nil || !strings.Contains(out, "\n1 article, ") {
		t.Errorf("lede story %s: %v\n%s", id, err, out)
	}
}

// TestStoriesWidths: rule count-width. The count columns of lede stories
// widen to the largest count, so a story of thousands of articles keeps
// its row in line; small corpora keep 3 and 2 digits.
func TestStoriesWidths(t *testing.T) {
	big := model.Story{ArticleIDs: make([]string, 20000), Outlets: []string{"A"}}
	small := model.Story{ArticleIDs: []string{"x"}}
	if a, o := storiesWidths([]model.Story{small, big}); a != 5 || o != 2 {
		t.Errorf("widths %d, %d; want 5, 2", a, o)
	}
	if a, o := storiesWidths([]model.Story{small}); a != 3 || o != 2 {
		t.Errorf("widths %d, %d; want 3, 2", a, o)
	}
	if got, want := storiesCount(1, "article", 5)+"|"+storiesCount(20000, "article", 5), "    1 article |20000 articles"; got != want {
		t.Errorf("counts %q, want %q", got, want)
	}
}

// TestCopiesCutSentence: rule cut-sentence-line in lede copies. A
// sentence the copy dropped reads "sentence removed:" with its text, not
// "reworded:" with the whole sentence struck out.
func TestCopiesCutSentence(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	src := filepath.Join(dir, "in")
	os.Mkdir(src, 0o755)
	cut := " A temporary ferry will carry pedestrians across the river during the works."
	// Undated articles: the first ingested is the source.
	for i, text := range []string{storiesWire, strings.Replace(storiesWire, cut, "", 1)} {
		f := filepath.Join(src, fmt.Sprintf("%d.txt", i))
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-follow", "--no-analysis", f); err != nil {
			t.Fatalf("ingest: %v", err)
		}
	}
	out, _, err := runLede(t, "stories", "--db", db, "--json")
	if err != nil {
		t.Fatalf("stories: %v", err)
	}
	var s model.Story
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &s); err != nil || len(s.ArticleIDs) != 2 {
		t.Fatalf("stories --json %q (%v), want one story of the two", out, err)
	}
	out, _, err = runLede(t, "copies", "--db", db, s.ArticleIDs[1])
	if err != nil {
		t.Fatalf("copies: %v", err)
	}
	if want := `sentence removed: "` + strings.TrimSpace(cut) + `"`; !strings.Contains(out, want) || strings.Contains(out, "reworded:") {
		t.Errorf("copies output lacks %q (or says reworded):\n%s", want, out)
	}
}
