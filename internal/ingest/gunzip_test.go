package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"testing"
)

// TestGunzipCut: a gzip stream cut short gives what came before the cut
// (rule cut-gzip-page), but one that is cut and already past the cap
// fails, and is no short page of cap+1 bytes.
func TestGunzipCut(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	text := bytes.Repeat([]byte("The ferry to Port Alder runs twice a day. "), 400)
	zw.Write(text)
	zw.Close()
	cut := buf.Bytes()[:buf.Len()/2]
	out, err := gunzip(cut, 1<<20)
	if !errors.Is(err, errGzipCut) || len(out) == 0 || !bytes.HasPrefix(text, out) {
		t.Errorf("cut under the cap: %d bytes, %v; want its first part and errGzipCut", len(out), err)
	}
	// A cap one byte under what the cut stream holds: the read that
	// crosses it also meets the cut.
	if _, err := gunzip(cut, int64(len(out))-1); err == nil || errors.Is(err, errGzipCut) {
		t.Errorf("cut over the cap: %v, want a failure, not errGzipCut", err)
	}
	if out, err := gunzip(buf.Bytes(), 1<<20); err != nil || !bytes.Equal(out, text) {
		t.Errorf("whole stream: %d bytes, %v", len(out), err)
	}
}
