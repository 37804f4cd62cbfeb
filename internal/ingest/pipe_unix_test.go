//go:build unix

package ingest_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/ingest"
)

// TestRunFolderWithPipe: a named pipe in a folder is reported and skipped,
// with a symlink to it; opening it blocked until a writer came, so the
// ingest hung for good. The pages beside it are stored.
func TestRunFolderWithPipe(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.html"), page(1))
	pipe := filepath.Join(dir, "pipe.html")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := os.Symlink(pipe, filepath.Join(dir, "to-pipe.html")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	done := make(chan struct{})
	var got map[string]string
	go func() {
		defer close(done)
		got, _ = outcomes(t, openStore(t), []string{dir}, &ingest.Reader{NoFollow: true})
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		// Unblock the reader so the test ends.
		if f, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("ingest of a folder with a named pipe hangs")
	}
	want := map[string]string{
		filepath.Join(dir, "a.html"):       "ingested",
		filepath.Join(dir, "pipe.html"):    "failed: malformed source",
		filepath.Join(dir, "to-pipe.html"): "failed: malformed source",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
}
