package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportOutput: --output writes what stdout would get; a file that
// cannot be made is one line naming --output and the file, exit status 1
// (it read "open x/y.jsonl: no such file or directory").
func TestExportOutput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.db")
	page := extractTestFile(t, "a.txt", []byte("Ferry fares rise\n\nFerry fares on the island routes will rise by 5% from July, the operator said on Tuesday.\n"))
	if _, _, err := runLede(t, "ingest", "--db", db, "--quiet", page); err != nil {
		t.Fatal(err)
	}
	want, _, err := runLede(t, "export", "--db", db)
	if err != nil || !strings.Contains(want, "Ferry fares") {
		t.Fatalf("export to stdout: %v\n%s", err, want)
	}
	out := filepath.Join(dir, "out.jsonl")
	if stdout, _, err := runLede(t, "export", "--db", db, "--output", out); err != nil || stdout != "" {
		t.Fatalf("export --output: %v, stdout %q", err, stdout)
	}
	if got, err := os.ReadFile(out); err != nil || string(got) != want {
		t.Errorf("--output wrote %q (%v), want what stdout gets, %q", got, err, want)
	}

	missing := filepath.Join(dir, "no-such-dir", "x.jsonl")
	stdout, stderr, code := extractTestRun(t, "export", "--db", db, "-o", missing)
	if code != 1 || stdout != "" || stderr != "lede: export: --output "+missing+": no such file or directory\n" {
		t.Errorf("export -o %s: exit %d, stdout %q, stderr %q", missing, code, stdout, stderr)
	}
}
