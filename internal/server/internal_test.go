package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
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

// TestPanicAnswered: a bug that panics in a handler is a JSON 500, and the
// server goes on.
func TestPanicAnswered(t *testing.T) {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := New(db, Options{}).(*api)
	h.mux.Handle("GET /api/bug", h.handle(func(http.ResponseWriter, *http.Request) error { panic("a bug") }))
	for _, target := range []string{"/api/bug", "/healthz"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		if want := map[string]int{"/api/bug": 500, "/healthz": 200}[target]; rec.Code != want || !json.Valid(rec.Body.Bytes()) {
			t.Errorf("GET %s: status %d, body %q; want %d and JSON", target, rec.Code, rec.Body, want)
		}
	}
}

// TestDeclaredOverCapNotQueued: a body declared over the cap is refused
// (413) at once, not after waiting for an extraction slot; others wait.
func TestDeclaredOverCapNotQueued(t *testing.T) {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := New(db, Options{MaxBody: 10, MaxExtracts: 1}).(*api)
	h.extracts <- struct{}{} // the one slot taken by a long extraction
	defer func() { <-h.extracts }()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req := httptest.NewRequest("POST", "/api/extract", strings.NewReader(strings.Repeat("x", 11))).WithContext(ctx)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413 without waiting for a slot", rec.Code)
	}
	// A body within the cap waits for the slot, here until its client
	// gives up.
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	req = httptest.NewRequest("POST", "/api/extract", strings.NewReader("Pier")).WithContext(ctx)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503 after waiting for the slot", rec.Code)
	}
}
