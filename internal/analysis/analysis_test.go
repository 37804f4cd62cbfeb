package analysis

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
)

// readArticle reads a test article: header lines ("title: ", "outlet: ",
// "embed: Author | handle | mention, mention"), a "---" line, then body
// paragraphs separated by blank lines.
func readArticle(t testing.TB, path string) *model.Article {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, ok := strings.Cut(string(raw), "\n---\n")
	if !ok {
		t.Fatalf("%s: no --- line", path)
	}
	a := &model.Article{}
	for _, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, ": ")
		switch k {
		case "title":
			a.Title = v
		case "outlet":
			a.Outlet = v
		case "embed":
			f := strings.Split(v, "|")
			for len(f) < 3 {
				f = append(f, "")
			}
			e := model.Embed{Kind: model.EmbedPost, Platform: "twitter", Author: strings.TrimSpace(f[0]), Handle: strings.TrimSpace(f[1])}
			for _, m := range strings.Split(f[2], ",") {
				if m = strings.TrimSpace(m); m != "" {
					e.Mentions = append(e.Mentions, m)
				}
			}
			a.Embeds = append(a.Embeds, e)
		}
	}
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		a.Body = append(a.Body, model.Block{Kind: model.KindParagraph, Text: strings.TrimSpace(p)})
	}
	a.Text = model.JoinBlocks(a.Body)
	return a
}

// goldenAnalysis is what the golden files pin: the analysis this package owns
// (organisations, places, claims, people's handles). Quotes, people's roles
// and mentions are pinned by the quotes and people packages' own tests.
type goldenAnalysis struct {
	Organizations []model.Entity      `json:"organizations"`
	Places        []model.Entity      `json:"places"`
	Claims        []model.Claim       `json:"claims"`
	Handles       map[string][]string `json:"handles"`
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no test articles")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			a := readArticle(t, f)
			Analyze(a)
			checkSpans(t, a)
			g := goldenAnalysis{Organizations: a.Organizations, Places: a.Places, Claims: a.Claims, Handles: map[string][]string{}}
			for _, p := range a.People {
				if len(p.Handles) > 0 {
					g.Handles[p.Name] = p.Handles
				}
			}
			golden.JSON(t, strings.TrimSuffix(f, ".txt")+".golden.json", g)
		})
	}
}

// checkSpans asserts the offsets of quotes and claims point into a.Text.
func checkSpans(t *testing.T, a *model.Article) {
	t.Helper()
	for _, q := range a.Quotes {
		if q.Start < 0 || q.End > len(a.Text) || q.Start > q.End || a.Text[q.Start:q.End] != q.Text {
			t.Errorf("quote %d:%d %q does not match the text", q.Start, q.End, q.Text)
		}
	}
	for _, c := range a.Claims {
		if c.Start < 0 || c.End > len(a.Text) || c.Start > c.End || a.Text[c.Start:c.End] != c.Text {
			t.Errorf("claim %d:%d %q does not match the text", c.Start, c.End, c.Text)
		}
	}
}

func TestHandles(t *testing.T) {
	tests := []struct {
		name   string
		person string
		embed  model.Embed
		want   []string
	}{
		{"author is the person", "Marcus Oyelaran", model.Embed{Author: "Marcus Oyelaran", Handle: "marcusoyelaran"}, []string{"marcusoyelaran"}},
		{"author with MP", "Marcus Oyelaran", model.Embed{Author: "Marcus Oyelaran MP", Handle: "marcusoyelaran"}, []string{"marcusoyelaran"}},
		{"other author", "Marcus Oyelaran", model.Embed{Author: "Save Our Ferries", Handle: "saveourferries"}, nil},
		{"mention spells the name", "Marcus Thwaite", model.Embed{Author: "Priya K", Handle: "priya_k", Mentions: []string{"Marcus_thwaite"}}, []string{"Marcus_thwaite"}},
		{"mention reversed", "Marcus Thwaite", model.Embed{Mentions: []string{"ThwaiteMarcus"}}, []string{"ThwaiteMarcus"}},
		{"mention of surname only is too weak", "Marcus Thwaite", model.Embed{Mentions: []string{"thwaite"}}, nil},
		{"first name is not enough", "Marcus Thwaite", model.Embed{Author: "Marcus", Handle: "marcus"}, nil},
		{"single-name person gets nothing", "Oyelaran", model.Embed{Author: "Oyelaran", Handle: "oyelaran"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := []model.Person{{Name: tt.person}}
			addHandles(ps, []model.Embed{tt.embed})
			if d := cmp.Diff(tt.want, ps[0].Handles); d != "" {
				t.Errorf("handles (-want +got):\n%s", d)
			}
		})
	}
}

func TestAnalyzeReadsOnlyBody(t *testing.T) {
	a := &model.Article{
		Title:   "Nurses strike",
		Text:    "Nurses went on strike in Leeds.",
		Removed: []model.Removed{{Kind: model.RemovedAppeal, Text: "Our budget is 800 times smaller than the BBC's. Support the Lantern Party."}},
	}
	Analyze(a)
	if len(a.Claims) != 0 {
		t.Errorf("claims from removed boilerplate: %+v", a.Claims)
	}
	for _, o := range a.Organizations {
		t.Errorf("organisation from removed boilerplate: %+v", o)
	}
}

// benchArticle builds a synthetic article of about 1,000 words from the test
// articles' bodies.
func benchArticle(b *testing.B) *model.Article {
	files, _ := filepath.Glob("testdata/*.txt")
	var paras []model.Block
	words := 0
	// Paragraph by paragraph to 1,000 words: whole rounds of the files
	// made the article 1,008 words or 1,324 as a fixture lost five words,
	// and the figure moved by a third with no change in the code.
	for words < 1000 {
		for _, f := range files {
			for _, p := range readArticle(b, f).Body {
				if words >= 1000 {
					break
				}
				paras = append(paras, p)
				words += len(strings.Fields(p.Text))
			}
		}
	}
	a := &model.Article{Title: "Nurses march on Downing Street", Body: paras}
	a.Text = model.JoinBlocks(a.Body)
	return a
}

// BenchmarkAnalyze times the analysis of a 1,000-word article (target: at
// most 10 ms on one core). The speed-only series of 2026-11-27 (44879de to
// c36b866: oneLookup, clauseClassOnce, pooledScratch, pooledBuffers,
// spacedWordsOnce, markBytes, ...) took it from 1.754-1.902 to 1.486-1.670
// cpu-ms/op, 250,617 to 209,281 B/op and 3,116 to 2,686 allocs/op, six
// alternate runs each of -benchtime 200x -cpu 1 -benchmem, outputs
// byte-identical.
func BenchmarkAnalyze(b *testing.B) {
	src := benchArticle(b)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		a := *src
		Analyze(&a)
	}
	// cpu-ms/op is the CPU time per article (the figure the 10 ms target is
	// about), steadier than ns/op on a machine shared with other jobs.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1e3/float64(b.N), "cpu-ms/op")
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("Nurses march", "Okafor said “78% of nurses” struck at St Mary’s hospital.\n\nOne in five, said the RCN.", "Maria Okafor", "m_okafor")
	f.Add("", "£3m $ 1 in “ ” ‘", "", "")
	f.Fuzz(func(t *testing.T, title, text, author, handle string) {
		if !utf8.ValidString(text) {
			// The text path hands analysis valid UTF-8 only.
			return
		}
		a := &model.Article{Title: title, Text: text, Embeds: []model.Embed{{Kind: model.EmbedPost, Author: author, Handle: handle, Mentions: []string{handle}}}}
		Analyze(a)
		checkSpans(t, a)
	})
}

// TestAnalyzeUnresolvedPronoun: Analyze applies rule unresolvedPronoun to
// the speakers the quotes leave as pronouns ("It said", "You said"), keeping
// the quotes (TestUnresolvedPronoun has the rule's cases).
func TestAnalyzeUnresolvedPronoun(t *testing.T) {
	a := &model.Article{Text: "The harbour board cut two ferry routes on Monday.\n\n" +
		"It said: \"We had no choice but to cut the routes this winter.\"\n\n" +
		"You said that the crossing was too dear."}
	Analyze(a)
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Speaker)
	}
	if want := []string{"", ""}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

func TestUnresolvedPronoun(t *testing.T) {
	tests := []struct {
		speaker string
		group   bool
		authors []string
		want    string
	}{
		{"It", true, nil, ""},
		{"you’ll", false, nil, ""},
		{"They", true, nil, ""},
		{"I", false, []string{"Ann Lee"}, "Ann Lee"},
		{"I", false, []string{"Ann Lee", "Bo Lind"}, ""},
		{"Ana Ruiz", false, nil, "Ana Ruiz"},
		{"the union", true, nil, "the union"},
	}
	for _, tt := range tests {
		q := model.Quote{Speaker: tt.speaker, SpeakerIsGroup: tt.group}
		unresolvedPronoun(&q, tt.authors)
		if q.Speaker != tt.want || q.Speaker == "" && q.SpeakerIsGroup {
			t.Errorf("unresolvedPronoun(%q, %v) = %q (group %v), want %q", tt.speaker, tt.authors, q.Speaker, q.SpeakerIsGroup, tt.want)
		}
	}
}
