package main

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/storetest"
)

// TestCopiesOpeningTitle: rule opening-title in lede copies. A copy saved
// without a headline whose text opens with one is labelled with it, as
// lede story labels it, not "(no title)".
func TestCopiesOpeningTitle(t *testing.T) {
	text := "Dockers at the Velmar container port voted on Friday to end a nine-day stoppage, after the port authority agreed to hire forty more crane operators before the spring.\n\n" +
		"The agreement also caps night shifts at four a week, the dockers' union said.\n\n" +
		"\"The cranes will be moving again by Monday,\" said port director Ilse Marr."
	docs := []store.Doc{
		storetest.Doc(storetest.Article("https://wire.example/velmar-port", "Velmar dockers end stoppage", "Wire", "2026-04-10T08:00:00Z", text)),
		storetest.Doc(storetest.Article("https://paper.example/velmar-port", "", "Paper", "2026-04-10T10:00:00Z", "Velmar dockers end port stoppage\n\n"+text)),
	}
	out, stderr, code := extractTestRun(t, "copies", "--db", storeOf(t, docs), docs[0].Article.ID)
	if code != 0 || !strings.Contains(out, "copy    "+docs[1].Article.ID+"  Paper  Velmar dockers end port stoppage") {
		t.Errorf("copies: exit %d, stderr %q, stdout:\n%s\nwant the copy labelled with its opening headline", code, stderr, out)
	}
}
