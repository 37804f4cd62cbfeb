package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/storetest"
)

// TestCopiesNoTitle: rule story-title's text views. lede copies writes
// "(no title)" for a source or copy without a headline, as lede list and
// lede search do, rather than a blank between two spaces.
func TestCopiesNoTitle(t *testing.T) {
	text := "Workers at the Grenby steel plant voted on Thursday to accept a new pay deal, ending a three-week strike that had halted production at the second-largest mill of the valley.\n\n" +
		"The deal gives the plant's 2,400 workers a rise of 5.5 percent this year and 4 percent next year, the union said.\n\n" +
		"\"This is a fair result after a hard fight,\" said union official Marta Kowal. The company said production would resume on Monday."
	docs := []store.Doc{
		storetest.Doc(storetest.Article("https://wire.example/grenby", "Grenby steel workers accept pay deal", "Wire", "2026-03-05T09:12:00Z", text)),
		storetest.Doc(storetest.Article("https://paper.example/grenby", "", "Paper", "2026-03-05T11:00:00Z", text)),
	}
	out, stderr, code := extractTestRun(t, "copies", "--db", storeOf(t, docs), docs[0].Article.ID)
	if code != 0 || !strings.Contains(out, "copy    "+docs[1].Article.ID+"  Paper  (no title)") {
		t.Errorf("copies: exit %d, stderr %q, stdout:\n%s\nwant the untitled copy as (no title)", code, stderr, out)
	}
}

// TestCopiesNoOutlet: lede copies writes "(unknown outlet)" for a source
// or copy of no outlet (a saved text), as lede story does, rather than a
// blank between two spaces.
func TestCopiesNoOutlet(t *testing.T) {
	text := "Workers at the Grenby steel plant voted on Thursday to accept a new pay deal, ending a three-week strike that had halted production at the second-largest mill of the valley.\n\n" +
		"The deal gives the plant's 2,400 workers a rise of 5.5 percent this year and 4 percent next year, the union said.\n\n" +
		"\"This is a fair result after a hard fight,\" said union official Marta Kowal. The company said production would resume on Monday."
	docs := []store.Doc{
		storetest.Doc(storetest.Article("https://wire.example/grenby", "Grenby steel workers accept pay deal", "Wire", "2026-03-05T09:12:00Z", text)),
		storetest.Doc(storetest.Article("", "Steel workers accept deal", "", "2026-03-05T11:00:00Z", text)),
	}
	out, stderr, code := extractTestRun(t, "copies", "--db", storeOf(t, docs), docs[0].Article.ID)
	if code != 0 || !strings.Contains(out, "copy    "+docs[1].Article.ID+"  (unknown outlet)  Steel workers accept deal") {
		t.Errorf("copies: exit %d, stderr %q, stdout:\n%s\nwant the copy of no outlet as (unknown outlet)", code, stderr, out)
	}
}

// TestCopiesOwnUpdate: rule own-update in lede copies. The wire's later
// version of its own report is listed as its update, the paper's copy as
// a copy.
func TestCopiesOwnUpdate(t *testing.T) {
	text := "Workers at the Grenby steel plant voted on Thursday to accept a new pay deal, ending a three-week strike that had halted production at the second-largest mill of the valley.\n\n" +
		"The deal gives the plant's 2,400 workers a rise of 5.5 percent this year and 4 percent next year, the union said."
	docs := []store.Doc{
		storetest.Doc(storetest.Article("https://wire.example/grenby", "Grenby steel workers accept pay deal", "Wire", "2026-03-05T09:12:00Z", text)),
		storetest.Doc(storetest.Article("https://wire.example/grenby-update-1", "UPDATE 1-Grenby steel workers accept pay deal", "Wire", "2026-03-05T10:30:00Z", text)),
		storetest.Doc(storetest.Article("https://paper.example/grenby", "Grenby steel workers accept pay deal", "Paper", "2026-03-05T11:00:00Z", text)),
	}
	out, stderr, code := extractTestRun(t, "copies", "--db", storeOf(t, docs), docs[0].Article.ID)
	if code != 0 || !strings.Contains(out, "update  "+docs[1].Article.ID+"  Wire  ") || !strings.Contains(out, "copy    "+docs[2].Article.ID+"  Paper  ") {
		t.Errorf("copies: exit %d, stderr %q, stdout:\n%s\nwant the wire's own later version as its update, the paper's as a copy", code, stderr, out)
	}
	// --json marks the update as lede story --json does.
	out, stderr, code = extractTestRun(t, "copies", "--db", storeOf(t, docs), "--json", docs[0].Article.ID)
	var rep query.CopiesReport
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil {
		t.Fatalf("copies --json: exit %d, stderr %q, %v", code, stderr, err)
	}
	updates := map[string]bool{}
	for _, c := range rep.Copies {
		updates[c.ID] = c.Update
	}
	if !updates[docs[1].Article.ID] || updates[docs[2].Article.ID] || len(updates) != 2 {
		t.Errorf("copies --json: updates %v, want only %s", updates, docs[1].Article.ID)
	}
}
