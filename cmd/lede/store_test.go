package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store/sqlite"
)

// TestEmptyStoreAndBadStores: on an empty store every reading command exits
// 0 with nothing on stdout (or an empty JSON list) and says so in text; an
// unknown id, a folder or a file that is no store given as --db, or a
// folder that does not exist, is one plain line and a non-zero exit; so is
// an ingest --quiet that stored nothing (it exited 1 without a word).
func TestEmptyStoreAndBadStores(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "empty.db")
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	notStore := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notStore, []byte("just some notes, long enough to be no SQLite header at all\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	ok := []struct {
		args           []string
		stdout, stderr string
	}{
		{[]string{"search", "harbour"}, "", "no matches\n"},
		{[]string{"search", "--json", "harbour"}, "{\n  \"hits\": []\n}\n", ""},
		{[]string{"quotes"}, "", "no quotes\n"},
		{[]string{"quotes", "--json"}, "", ""},
		{[]string{"stories"}, "", "no stories\n"},
		{[]string{"stories", "--json"}, "", ""},
		{[]string{"export"}, "", ""},
	}
	for _, tt := range ok {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := extractTestRun(t, append(tt.args, "--db", db)...)
			if code != 0 || stdout != tt.stdout || stderr != tt.stderr {
				t.Errorf("exit %d, stdout %q, stderr %q; want 0, %q, %q", code, stdout, stderr, tt.stdout, tt.stderr)
			}
		})
	}

	bad := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"show", "abc", "--db", db}, 1, "lede: no article abc in " + db + "\n"},
		{[]string{"copies", "abc", "--db", db}, 1, "lede: no article abc in " + db + "\n"},
		{[]string{"story", "abc", "--db", db}, 1, "lede: no story or article abc in " + db + " (lede stories lists the stories)\n"},
		{[]string{"story", "abc", "--json", "--db", db}, 1, "lede: no story or article abc in " + db + " (lede stories lists the stories)\n"},
		{[]string{"search", "--db", db, "AND"}, 2, "lede: search: the query has no word to look for (an excluded -word, OR, NOT or punctuation alone finds nothing)\n"},
		{[]string{"search", "--db", db, "-harbour"}, 2, "lede: search: the query has no word to look for (an excluded -word, OR, NOT or punctuation alone finds nothing)\n"},
		{[]string{"quotes", "--db", db, "--limit", "-1"}, 2, "lede: --limit -1: want 0 (all) or more\n"},
		{[]string{"stats", "--db", dir}, 1, "lede: store " + dir + " is a directory (give --db a file, e.g. " + filepath.Join(dir, "lede.db") + ")\n"},
		{[]string{"ingest", "--db", dir, notStore}, 1, "lede: store " + dir + " is a directory (give --db a file, e.g. " + filepath.Join(dir, "lede.db") + ")\n"},
		{[]string{"ingest", "--db", filepath.Join(dir, "no", "x.db"), notStore}, 1, "lede: store " + filepath.Join(dir, "no", "x.db") + ": directory " + filepath.Join(dir, "no") + " does not exist\n"},
		{[]string{"ingest", "--quiet", "--db", filepath.Join(dir, "q.db"), filepath.Join(dir, "missing.html")}, 1, "lede: nothing ingested: 1 item failed (1 unreadable)\n"},
		{[]string{"stats", "--db", notStore}, 1, "lede: store " + notStore + ": not a Lede store (not an SQLite file)\n"},
	}
	for _, tt := range bad {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := extractTestRun(t, tt.args...)
			if code != tt.code || stdout != "" || stderr != tt.want {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, nothing, %q", code, stdout, stderr, tt.code, tt.want)
			}
		})
	}
}

// TestSavedPagesKeepTheirAddress: a page read from a file is known by the
// canonical link it declares (the store keys it so, search shows it); lede
// copies, lede story and the CSV export give that address too.
func TestSavedPagesKeepTheirAddress(t *testing.T) {
	db := filepath.Join(t.TempDir(), "story.db")
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-analysis", filepath.Join("..", "..", "examples", "story")); err != nil {
		t.Fatal(err)
	}
	const wire = "https://hpa.example/wire/kelmouth-bridge"
	out, _, err := runLede(t, "copies", "--db", db, "--json", wire)
	var rep query.CopiesReport
	if err != nil || json.Unmarshal([]byte(out), &rep) != nil {
		t.Fatalf("copies: %v\n%s", err, out)
	}
	if rep.Source.URL != wire || len(rep.Copies) == 0 {
		t.Errorf("copies: source url %q, %d copies; want %s and its copy", rep.Source.URL, len(rep.Copies), wire)
	}
	for _, c := range rep.Copies {
		if !strings.HasPrefix(c.URL, "https://") {
			t.Errorf("copy %s: url %q", c.ID, c.URL)
		}
	}
	out, _, err = runLede(t, "story", "--db", db, "--json", wire)
	if err != nil || strings.Count(out, `"url": "https://`) < 4 {
		t.Errorf("story --json: %v; want the urls of its 4 articles\n%.600s", err, out)
	}
	out, _, err = runLede(t, "stories", "--db", db, "--json", "--min", "2")
	var st model.Story
	if err != nil || json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &st) != nil {
		t.Fatalf("stories: %v\n%s", err, out)
	}
	if _, stderr, code := extractTestRun(t, "copies", "--db", db, st.ID); code != 1 ||
		stderr != "lede: "+st.ID+" is a story, not an article: lede story "+st.ID+" shows its copies\n" {
		t.Errorf("copies STORY-ID: exit %d, stderr %q", code, stderr)
	}
	out, _, err = runLede(t, "export", "--db", db, "--format", "csv")
	rows, cerr := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || cerr != nil || len(rows) != 9 {
		t.Fatalf("export csv: %v %v, %d rows", err, cerr, len(rows))
	}
	for _, r := range rows[1:] {
		if !strings.HasPrefix(r[1], "https://") {
			t.Errorf("export csv: article %s has url %q", r[0], r[1])
		}
	}
}

// TestSearchExcludedWords: "-word" may stand anywhere among the query's
// words, before or after the flags, as the help says; it is not a flag.
func TestSearchExcludedWords(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-follow", "--no-analysis", filepath.Join("..", "..", "examples", "corpus")); err != nil {
		t.Fatal(err)
	}
	titles := func(args ...string) []string {
		t.Helper()
		out, errOut, err := runLede(t, append([]string{"search", "--db", db}, args...)...)
		if err != nil {
			t.Fatalf("search %q: %v %s", args, err, errOut)
		}
		var res struct{ Hits []struct{ Title string } }
		if json.Unmarshal([]byte(out), &res) != nil {
			t.Fatalf("search %q: not JSON: %s", args, out)
		}
		var ts []string
		for _, h := range res.Hits {
			ts = append(ts, h.Title)
		}
		slices.Sort(ts)
		return ts
	}
	quoted := titles("--json", "harbour -strike")
	if len(quoted) == 0 || len(quoted) >= len(titles("--json", "harbour")) {
		t.Fatalf("'harbour -strike' found %d of the harbour articles: the exclusion does nothing", len(quoted))
	}
	for _, args := range [][]string{
		{"--json", "harbour", "-strike"},
		{"harbour", "-strike", "--json"},
		{"-strike", "--limit", "20", "harbour", "--json"},
		{"--json", "--", "-strike", "harbour"},
	} {
		if got := titles(args...); !slices.Equal(got, quoted) {
			t.Errorf("search %q = %q, want %q as for the quoted query", args, got, quoted)
		}
	}
}

// TestStoriesLimit: --limit keeps the newest stories, as search's and
// quotes' --limit do.
func TestStoriesLimit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "story.db")
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-analysis", filepath.Join("..", "..", "examples", "story")); err != nil {
		t.Fatal(err)
	}
	all, _, err := runLede(t, "stories", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	two, _, err := runLede(t, "stories", "--db", db, "--limit", "2")
	lines := strings.SplitAfter(all, "\n")
	if err != nil || len(lines) < 4 || two != lines[0]+lines[1] {
		t.Errorf("stories --limit 2: %v\n%s\nwant the first two of\n%s", err, two, all)
	}
}

// TestQuotesListing: a split quotation is printed as its passages joined by
// an ellipsis, without the attribution between them; reported speech
// without quotation marks.
func TestQuotesListing(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "bakery.txt")
	text := "Bakery reopens after flood\n\n" +
		"\"We lost everything in one night,\" said Nadia Berg, who owns the bakery. \"Now we start again.\"\n\n" +
		"The council said repairs to the street would take a month.\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "q.db")
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", src); err != nil {
		t.Fatal(err)
	}
	out, _, err := runLede(t, "quotes", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\u201cWe lost everything in one night \u2026 Now we start again.\u201d \u2014 Nadia Berg\n",
		"repairs to the street would take a month (reported) \u2014 the council\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lede quotes lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "said Nadia") {
		t.Errorf("the attribution is printed as part of the quotation:\n%s", out)
	}
	// The store keeps each passage's span (quotes.parts): --json gives
	// them as lede extract does.
	js, _, err := runLede(t, "quotes", "--db", db, "--json", "--speaker", "Nadia Berg")
	if err != nil {
		t.Fatal(err)
	}
	var row struct {
		Text  string
		Start int
		Parts []model.Span
	}
	if err := json.Unmarshal([]byte(js), &row); err != nil {
		t.Fatalf("lede quotes --json: %v\n%s", err, js)
	}
	var got []string
	for _, p := range row.Parts {
		if p.Start < row.Start || p.End-row.Start > len(row.Text) || p.End < p.Start {
			t.Fatalf("part %v outside the quote at %d: %s", p, row.Start, js)
		}
		got = append(got, row.Text[p.Start-row.Start:p.End-row.Start])
	}
	if want := []string{"We lost everything in one night,", "Now we start again."}; !slices.Equal(got, want) {
		t.Errorf("lede quotes --json parts = %q, want %q\n%s", got, want, js)
	}
}

// TestQuotesSource: the line naming a quotation's article.
func TestQuotesSource(t *testing.T) {
	for _, tt := range []struct{ title, outlet, date, url, want string }{
		{"Bridge closes", "Kelmouth Gazette", "2024-03-05", "https://k.example/a", "Bridge closes, Kelmouth Gazette, 2024-03-05 <https://k.example/a>"},
		{"Bridge closes", "", "2024-03-05", "", "Bridge closes, 2024-03-05"},
		{"", "Kelmouth Gazette", "", "", "(no title), Kelmouth Gazette"},
		{"", "", "", "", "(no title)"},
	} {
		if got := quotesSource(tt.title, tt.outlet, tt.date, tt.url); got != tt.want {
			t.Errorf("quotesSource(%q, %q, %q, %q) = %q, want %q", tt.title, tt.outlet, tt.date, tt.url, got, tt.want)
		}
	}
}

// TestQuotesNoneText: why lede quotes listed nothing, its nouns and verbs
// agreeing with the counts.
func TestQuotesNoneText(t *testing.T) {
	for _, tt := range []struct {
		articles, quotes, unanalysed int64
		want                         string
	}{
		{0, 0, 0, "no quotes"},
		{3, 5, 1, "no quotes"},
		{1, 0, 0, "no quotes in the one article stored"},
		{1, 0, 1, "no quotes in the one article stored: it was stored with --no-analysis (run lede analyse --db x.db)"},
		{4, 0, 4, "no quotes in any of the 4 articles stored: they were stored with --no-analysis (run lede analyse --db x.db)"},
		{4, 0, 1, "no quotes in any of the 4 articles stored (1 was stored with --no-analysis: run lede analyse --db x.db)"},
		{4, 0, 2, "no quotes in any of the 4 articles stored (2 were stored with --no-analysis: run lede analyse --db x.db)"},
		{4, 0, 0, "no quotes in any of the 4 articles stored"},
	} {
		if got := quotesNoneText("no quotes", tt.articles, tt.quotes, tt.unanalysed, "x.db"); got != tt.want {
			t.Errorf("%d articles, %d quotes, %d unanalysed: %q, want %q", tt.articles, tt.quotes, tt.unanalysed, got, tt.want)
		}
	}
}

// TestQuotesNoAnalysis: a store ingested with --no-analysis says why it has
// no quotes, and points to lede analyse.
func TestQuotesNoAnalysis(t *testing.T) {
	db := filepath.Join(t.TempDir(), "na.db")
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-follow", "--no-analysis", filepath.Join("..", "..", "examples", "corpus")); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := extractTestRun(t, "quotes", "--db", db)
	if want := "no quotes in any of the 7 articles stored: they were stored with --no-analysis (run lede analyse --db " + db + ")\n"; code != 0 || stderr != want {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
	}
}
