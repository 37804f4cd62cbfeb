package htmlextract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
)

// forumPage is what the golden files under testdata/appforum pin.
type forumPage struct {
	appStatePage
	Comments []model.Comment `json:"comments,omitempty"`
}

// TestForumPages extracts the synthetic Discourse shells under
// testdata/appforum (a splash, an empty main section, the thread in
// data-preloaded; and the same shell with an empty preload), by default
// and with Options.Comments. Run with -update to rewrite the goldens.
func TestForumPages(t *testing.T) {
	pages, _ := filepath.Glob("testdata/appforum/*.html")
	if len(pages) < 2 {
		t.Fatalf("%d pages under testdata/appforum, 2 expected", len(pages))
	}
	for _, p := range pages {
		for _, comments := range []bool{false, true} {
			name := strings.TrimSuffix(filepath.Base(p), ".html")
			if comments {
				name += "-comments"
			}
			t.Run(name, func(t *testing.T) {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				a, err := Extract(string(b), Options{URL: "https://forum.example.org/t/" + name, Now: testNow, Comments: comments})
				got := forumPage{appStateGot(a, err), a.Comments}
				golden.JSON(t, filepath.Join("testdata", "appforum", name+".golden.json"), got)
			})
		}
	}
}

// TestForumThread pins what the thread page must show whatever the
// goldens say: every readable post in order with its author and date,
// none of the whisper, the deleted post, the small action or the splash;
// with Comments, the first post as body and the two replies as comments.
func TestForumThread(t *testing.T) {
	b, err := os.ReadFile("testdata/appforum/thread.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(string(b), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	order := []string{"marrowfield", "cellar shelf", "tobin_oakes", "March 14, 2025, 11:40am", "Below fifteen degrees", "doubled again before lunch"}
	at := -1
	for _, s := range order {
		i := strings.Index(a.Text, s)
		if i <= at {
			t.Fatalf("%q missing or out of order in %q", s, a.Text)
		}
		at = i
	}
	for _, s := range []string{"whisper", "flour sacks", "closed", "Loading the forum", "Crumb Talk"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("text holds %q: %q", s, a.Text)
		}
	}
	if !strings.Contains(strings.Join(a.Warnings, "\n"), "discourse") {
		t.Errorf("no discourse warning: %q", a.Warnings)
	}
	if want := []string{"marrowfield"}; !cmp.Equal(a.Authors, want) {
		t.Errorf("authors %q, want %q", a.Authors, want)
	}

	c, err := Extract(string(b), Options{Now: testNow, Comments: true})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(c.Text, "tobin_oakes") || !strings.Contains(c.Text, "cellar shelf") {
		t.Errorf("with comments, body is not the first post: %q", c.Text)
	}
	var authors []string
	for _, cm := range c.Comments {
		authors = append(authors, cm.Author+" "+cm.Date)
	}
	want := []string{"tobin_oakes 2025-03-14T11:40:00Z", "marrowfield 2025-03-16T18:22:00Z"}
	if d := cmp.Diff(want, authors); d != "" {
		t.Errorf("comments (-want +got):\n%s", d)
	}
}

// FuzzDiscourseThread: any data-preloaded value is read without
// panicking, and every post kept has text.
func FuzzDiscourseThread(f *testing.F) {
	f.Add(`{"topic_1":"{\"title\":\"T\",\"post_stream\":{\"posts\":[{\"username\":\"a\",\"created_at\":\"2025-01-02T03:04:05Z\",\"cooked\":\"<p>x</p>\",\"post_type\":1}]}}"}`)
	f.Add(`{"topic_1":"{\"post_stream\":{\"posts\":[{\"cooked\":\"\",\"post_type\":3},{\"cooked\":\"<p>y\",\"post_type\":4}]}}"}`)
	f.Add(`{"topic_1":{"post_stream":{}}}`)
	f.Add(`{"topic_1":"not json post_stream"}`)
	f.Add(`post_stream`)
	f.Fuzz(func(t *testing.T, v string) {
		doc := &html.Node{Type: html.DocumentNode}
		doc.AppendChild(&html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "id", Val: "data-preloaded"}, {Key: "data-preloaded", Val: v}}})
		_, posts := discourseThread(doc)
		for _, p := range posts {
			if strings.TrimSpace(p.html) == "" {
				t.Fatalf("empty post kept: %+v", p)
			}
		}
		_ = threadHTML(posts)
	})
}
