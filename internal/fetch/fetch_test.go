package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// site is a small loopback web site with the awkward pages a crawler meets.
func site(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var flaky atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: LedeBot\nDisallow: /nolede\nDisallow: /private/\n")
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "LedeBot/") {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "<html><title>Page</title><p>Hello.</p></html>")
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) <= 2 {
			w.Header().Set("Retry-After", "0")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "finally")
	})
	mux.HandleFunc("/throttled", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "slow down", http.StatusTooManyRequests)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/private/x", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// 2 GB announced and streamed: the cap must stop reading early.
		w.Header().Set("Content-Length", fmt.Sprint(int64(2)<<30))
		stream(w, r)
	})
	mux.HandleFunc("/huge-chunked", stream)
	return httptest.NewServer(mux), &flaky
}

func stream(w http.ResponseWriter, r *http.Request) {
	chunk := []byte(strings.Repeat("<p>xxxxxxxxxxxxxx</p>\n", 2048))
	for i := 0; i < (2<<30)/len(chunk); i++ {
		if _, err := w.Write(chunk); err != nil || r.Context().Err() != nil {
			return
		}
	}
}

func testFetcher(o Options) *Fetcher {
	o.AllowPrivate = true
	if o.Delay == 0 {
		o.Delay = -1
	}
	if o.Backoff == 0 {
		o.Backoff = time.Millisecond
	}
	return New(o)
}

func TestFetch(t *testing.T) {
	srv, _ := site(t)
	defer srv.Close()
	f := testFetcher(Options{MaxBytes: 1 << 20, Timeout: 300 * time.Millisecond})
	ctx := context.Background()
	tests := []struct {
		path    string
		wantErr error
		want    string
	}{
		{"/page", nil, "<title>Page"},
		{"/old", nil, "<title>Page"},
		{"/flaky", nil, "finally"},
		{"/nolede", ErrRobots, ""},
		{"/private/doc", ErrRobots, ""},
		{"/to-private", ErrRobots, ""},
		{"/throttled", model.ErrFetch, ""},
		{"/missing", model.ErrFetch, ""},
		{"/loop", model.ErrFetch, ""},
		{"/slow", model.ErrFetch, ""},
		{"/huge", model.ErrTooLarge, ""},
		{"/huge-chunked", model.ErrTooLarge, ""},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			start := time.Now()
			r, err := f.Fetch(ctx, Request{URL: srv.URL + tc.path})
			if time.Since(start) > 3*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(r.Body), tc.want) {
				t.Errorf("body %q lacks %q", r.Body, tc.want)
			}
		})
	}
}

func TestConditionalGET(t *testing.T) {
	srv, _ := site(t)
	defer srv.Close()
	f := testFetcher(Options{})
	r, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/page"})
	if err != nil || r.ETag != `"v1"` || r.NotModified {
		t.Fatalf("first fetch: %+v %v", r, err)
	}
	r, err = f.Fetch(context.Background(), Request{URL: srv.URL + "/page", ETag: r.ETag})
	if err != nil || !r.NotModified || len(r.Body) != 0 {
		t.Fatalf("conditional fetch: %+v %v", r, err)
	}
}

func TestRefusesPrivate(t *testing.T) {
	srv, _ := site(t)
	defer srv.Close()
	f := New(Options{Delay: -1, Retries: -1})
	_, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/page"})
	if !errors.Is(err, ErrPrivate) || !errors.Is(err, model.ErrFetch) {
		t.Fatalf("loopback fetch: %v, want ErrPrivate", err)
	}
	// A name that resolves to loopback is refused too: the dialed IP counts.
	_, err = f.Fetch(context.Background(), Request{URL: strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/page"})
	if !errors.Is(err, ErrPrivate) {
		t.Fatalf("localhost fetch: %v, want ErrPrivate", err)
	}
	if _, err := f.Fetch(context.Background(), Request{URL: "file:///etc/passwd"}); !errors.Is(err, model.ErrUnsupportedScheme) {
		t.Errorf("file URL: %v", err)
	}
}

func TestIsPrivate(t *testing.T) {
	for _, s := range []string{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1", "fe80::1", "fc00::1", "0.0.0.0", "100.64.0.1", "::ffff:127.0.0.1"} {
		if !IsPrivate(net.ParseIP(s)) {
			t.Errorf("IsPrivate(%s) = false", s)
		}
	}
	for _, s := range []string{"93.184.216.34", "2606:2800:220:1::1", "8.8.8.8"} {
		if IsPrivate(net.ParseIP(s)) {
			t.Errorf("IsPrivate(%s) = true", s)
		}
	}
}

// TestPerHostPoliteness: one request at a time to a host (PerHost 1), and
// their starts as the server sees them spaced by the delay. The delay is
// long beside the jitter of a loaded machine: the fetcher spaces the starts
// it makes, and a request may reach the server late (at a 50 ms delay, load
// 5 on 2 cores, two requests reached it 21 ms apart), so no gap may be
// under half of it.
func TestPerHostPoliteness(t *testing.T) {
	var cur, peak atomic.Int32
	var mu sync.Mutex
	var starts []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		n := cur.Add(1)
		defer cur.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	const delay = 150 * time.Millisecond
	f := testFetcher(Options{Delay: delay, PerHost: 1})
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s/p%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if peak.Load() != 1 {
		t.Errorf("peak concurrency %d, want 1", peak.Load())
	}
	// Starts are seen by the server, after scheduling jitter: no gap may be
	// far under the delay, and the whole run must span the delays.
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < delay/2 {
			t.Errorf("requests %d and %d only %v apart", i-1, i, gap)
		}
	}
	if span := starts[len(starts)-1].Sub(starts[0]); span < 3*delay-10*time.Millisecond {
		t.Errorf("4 requests within %v, want at least 3 delays of %v", span, delay)
	}
}

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{{"", 0}, {"3", 3 * time.Second}, {"soon", 0}, {"-1", 0}}
	for _, tc := range tests {
		if got := retryAfter(tc.in); got != tc.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
