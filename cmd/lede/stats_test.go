package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestStatsColumns: lede stats writes its labels in one column and the
// values in the next, "unanalysed" and "published" included (their values
// stood one column left and right of the others').
func TestStatsColumns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	page := extractTestFile(t, "a.html", []byte(`<html><head><title>Ferry fares rise</title>
<meta property="article:published_time" content="2025-05-04T10:00:00Z"></head><body><article>
<h1>Ferry fares rise</h1><p>Ferry fares on the island routes will rise by 5% from July, the operator
said on Tuesday, blaming the price of fuel, which has doubled in two years.</p></article></body></html>`))
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-analysis", page); err != nil {
		t.Fatal(err)
	}
	out, _, err := runLede(t, "stats", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	head, _, _ := strings.Cut(out, "top outlets")
	labels := 0
	for _, line := range strings.Split(strings.TrimSpace(head), "\n") {
		label, _, _ := strings.Cut(line, " ")
		labels++
		if len(line) <= statsTestColumn || line[statsTestColumn-1] != ' ' || line[statsTestColumn] == ' ' {
			t.Errorf("%q: want its value at column %d", line, statsTestColumn+1)
		}
		if label == "" {
			t.Errorf("%q: no label", line)
		}
	}
	for _, want := range []string{"unanalysed", "published", "size"} {
		if !strings.Contains(head, "\n"+want+" ") {
			t.Errorf("no %s line in\n%s", want, out)
		}
	}
	if labels < 10 {
		t.Errorf("%d lines before the outlets, want 10\n%s", labels, out)
	}
}

// statsTestColumn is where stats' values start: the longest label,
// "unanalysed", and a space.
const statsTestColumn = len("unanalysed ")

// TestSearchNoTitle: a hit whose article has no title says so instead of
// printing "1. " and nothing.
func TestSearchNoTitle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "n.db")
	page := extractTestFile(t, "one.txt", []byte("The council voted on Monday to close the old harbour bridge for eighteen months of repairs, ending weeks of debate among residents and shop owners in the town.\n"))
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", "--no-analysis", page); err != nil {
		t.Fatal(err)
	}
	out, _, err := runLede(t, "search", "--db", db, "bridge")
	if err != nil || !strings.HasPrefix(out, "1. "+searchNoTitle+"\n") {
		t.Errorf("lede search: %v\n%s", err, out)
	}
}
