package ingest_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/lede-news/lede/internal/ingest"
	"github.com/lede-news/lede/internal/model"
)

// TestErrorText: the line after "lede: NAME: " does not say NAME again.
func TestErrorText(t *testing.T) {
	const u = "https://news.example/a"
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("%s: %w: the page is 93.1 GiB, over the 16 MiB cap (--max-bytes raises it)", u, model.ErrTooLarge),
			"input too large: the page is 93.1 GiB, over the 16 MiB cap (--max-bytes raises it)"},
		{fmt.Errorf("%w: %s: HTTP 404 Not Found", model.ErrFetch, u), "HTTP 404 Not Found"},
		{fmt.Errorf("extract %s: %w", u, model.ErrEmpty), "empty input"},
		{errors.New("other: " + u + ": x"), "other: " + u + ": x"},
	}
	for _, tt := range tests {
		if got := ingest.ErrorText(u, tt.err); got != tt.want {
			t.Errorf("ErrorText(%q) = %q, want %q", tt.err, got, tt.want)
		}
	}
}
