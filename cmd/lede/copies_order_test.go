package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/storetest"
)

// TestCopiesByDate: rule copies-by-date. lede copies lists the source,
// then its copies by publication date (a date of the day after a time of
// that day, the undated last), in text and in JSON, not in id order.
func TestCopiesByDate(t *testing.T) {
	text := "Workers at the Grenby steel plant voted on Thursday to accept a new pay deal, ending a three-week strike that had halted production at the second-largest mill of the valley.\n\n" +
		"The deal gives the plant's 2,400 workers a rise of 5.5 percent this year and 4 percent next year, the union said.\n\n" +
		"\"This is a fair result after a hard fight,\" said union official Marta Kowal. The company said production would resume on Monday."
	docs := []store.Doc{storetest.Doc(storetest.Article("https://wire.example/grenby", "Grenby steel workers accept pay deal", "Wire", "2026-03-05T09:12:00Z", text))}
	dates := []string{"2026-03-07T08:00:00Z", "", "2026-03-05T11:00:00Z", "2026-03-05", "2026-03-06T10:00:00Z", "2026-03-05T16:30:00Z"}
	for i, d := range dates {
		outlet := []string{"Echo", "Herald", "Post", "Times", "Courier", "Sentinel"}[i]
		docs = append(docs, storetest.Doc(storetest.Article("https://"+strings.ToLower(outlet)+".example/grenby", "Steel deal", outlet, d, text)))
	}
	want := []string{"Post", "Sentinel", "Times", "Courier", "Echo", "Herald"}
	db := storeOf(t, docs)
	out, stderr, code := extractTestRun(t, "copies", "--db", db, docs[3].Article.ID)
	if code != 0 || !strings.HasPrefix(out, "source  "+docs[0].Article.ID+"  Wire  ") {
		t.Fatalf("copies: exit %d, stderr %q, stdout:\n%s\nwant the wire's report as source", code, stderr, out)
	}
	var got []string
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 2 && f[0] == "copy" {
			got = append(got, f[2])
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("copies listed %q, want %q:\n%s", got, want, out)
	}
	out, _, _ = extractTestRun(t, "copies", "--db", db, "--json", docs[0].Article.ID)
	var rep query.CopiesReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, c := range rep.Copies {
		got = append(got, c.Outlet)
	}
	if !slices.Equal(got, want) {
		t.Errorf("--json copies %q, want %q", got, want)
	}
}
