package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/store/sqlite"
)

// TestRefreshWaitBounded: a story request waiting behind a refresh in
// progress (the slot held here) stops waiting when its client gives up,
// and answers 503 rather than hanging until the refresh ends.
func TestRefreshWaitBounded(t *testing.T) {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := New(db, Options{}).(*api)
	h.refresh <- struct{}{} // a long refresh in progress
	defer func() { <-h.refresh }()
	for _, target := range []string{"/api/stories", "/api/stories/abc", "/api/articles/abc/copies"} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		rec := httptest.NewRecorder()
		done := make(chan struct{})
		go func() {
			h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil).WithContext(ctx))
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("GET %s still waiting for the refresh 5 s after its client gave up", target)
		}
		cancel()
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("GET %s: status %d, want 503", target, rec.Code)
		}
	}
}
