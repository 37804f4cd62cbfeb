// Package golden compares what a test produced with a golden file under
// testdata/, and rewrites the file instead when the test runs with -update.
// Every package's golden tests share it, so the flag and the diff read the
// same everywhere: go test ./internal/textclean -update.
package golden

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ instead of comparing")

// Updating reports whether the tests run with -update.
func Updating() bool { return *update }

// JSON compares got, as indented JSON with a final newline, with the golden file at path.
func JSON(tb testing.TB, path string, got any) {
	tb.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		tb.Fatalf("golden: marshal %s: %v", path, err)
	}
	Bytes(tb, path, append(data, '\n'))
}

// Bytes compares got with the golden file at path, or writes it with -update.
func Bytes(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		tb.Errorf("%s mismatch (-want +got):\n%s", path, d)
	}
}
