package server_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/server"
)

// fakeClock is a settable clock for the failed-token limit.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// from runs one request from the client address remote (host:port) with
// the given Authorization header ("" sends none) and X-Forwarded-For.
func from(h http.Handler, remote, path, auth, xff string) response {
	req := httptest.NewRequest("GET", path, nil)
	req.RemoteAddr = remote
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

const (
	wrongAuth = "Bearer not-the-token-0123456789"
	rightAuth = "Bearer " + testToken
)

// TestFailedTokenLimit: the Nth wrong token from one address gets 429 with
// Retry-After, and so does everything that address asks until the window
// closes (the right token too, so a guess cannot be told right); another
// address with the right token, and the health check, pass; requests with
// no token are not counted; once the window has passed the address starts
// afresh.
func TestFailedTokenLimit(t *testing.T) {
	f := newFixture(t, server.Options{Token: testToken, MaxFailedAuth: 3, FailedAuthWindow: time.Minute})
	clock := &fakeClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	server.SetClock(f.h, clock.now)
	const guesser, other = "192.0.2.1:40000", "198.51.100.7:40000"
	step := func(name, remote, path, auth string, code int, retry string) {
		t.Helper()
		r := from(f.h, remote, path, auth, "")
		if r.code != code || r.header.Get("Retry-After") != retry {
			t.Errorf("%s: status %d, Retry-After %q, body %s; want %d, %q", name, r.code, r.header.Get("Retry-After"), r.body, code, retry)
		}
		if code == 429 && !strings.Contains(r.body, "too many wrong tokens") {
			t.Errorf("%s: 429 body %s", name, r.body)
		}
	}
	for i := range 5 {
		step(fmt.Sprintf("no token %d", i+1), guesser, "/api/stats", "", 401, "")
	}
	step("wrong 1", guesser, "/api/stats", wrongAuth, 401, "")
	clock.add(10 * time.Second)
	step("wrong 2", guesser, "/api/stats", wrongAuth, 401, "")
	step("wrong 3: the limit", guesser, "/api/stats", wrongAuth, 429, "50")
	step("right token, same address", guesser, "/api/stats", rightAuth, 429, "50")
	step("no token, same address", guesser, "/api/stats", "", 429, "50")
	step("right token, other address", other, "/api/stats", rightAuth, 200, "")
	step("health, same address", guesser, "/healthz", "", 200, "")
	step("same host, other port", "192.0.2.1:40001", "/api/stats", rightAuth, 429, "50")
	clock.add(49*time.Second + 500*time.Millisecond)
	step("half a second left", guesser, "/api/stats", rightAuth, 429, "1")
	clock.add(500 * time.Millisecond)
	step("window passed, right token", guesser, "/api/stats", rightAuth, 200, "")
	step("window passed, wrong token", guesser, "/api/stats", wrongAuth, 401, "")
}

// TestFailedTokenDefault: without options the limit is
// DefaultMaxFailedAuth wrong tokens in DefaultFailedAuthWindow.
func TestFailedTokenDefault(t *testing.T) {
	f := newFixture(t, server.Options{Token: testToken})
	clock := &fakeClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	server.SetClock(f.h, clock.now)
	for i := 1; i < server.DefaultMaxFailedAuth; i++ {
		if r := from(f.h, "192.0.2.1:1", "/api/stats", wrongAuth, ""); r.code != 401 {
			t.Fatalf("wrong token %d: %d, want 401", i, r.code)
		}
	}
	r := from(f.h, "192.0.2.1:1", "/api/stats", wrongAuth, "")
	if want := fmt.Sprint(int(server.DefaultFailedAuthWindow / time.Second)); r.code != 429 || r.header.Get("Retry-After") != want {
		t.Errorf("wrong token %d: %d, Retry-After %q; want 429, %s", server.DefaultMaxFailedAuth, r.code, r.header.Get("Retry-After"), want)
	}
}

// TestFailedTokenBounded: a flood of wrong tokens from ever new addresses
// keeps at most MaxTrackedClients counted, the oldest forgotten first;
// expired windows are dropped.
func TestFailedTokenBounded(t *testing.T) {
	f := newFixture(t, server.Options{Token: testToken, MaxFailedAuth: 2, FailedAuthWindow: time.Hour})
	clock := &fakeClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	server.SetClock(f.h, clock.now)
	first, last := "10.0.0.0:1", ""
	from(f.h, first, "/api/stats", wrongAuth, "")
	for i := 1; i <= server.MaxTrackedClients+50; i++ {
		clock.add(time.Millisecond)
		last = fmt.Sprintf("10.%d.%d.%d:1", i>>16&255, i>>8&255, i&255)
		from(f.h, last, "/api/stats", wrongAuth, "")
	}
	if n := server.TrackedClients(f.h); n != server.MaxTrackedClients {
		t.Errorf("%d clients tracked, want the cap %d", n, server.MaxTrackedClients)
	}
	if r := from(f.h, first, "/api/stats", wrongAuth, ""); r.code != 401 {
		t.Errorf("the oldest client's second wrong token: %d, want 401 (forgotten)", r.code)
	}
	if r := from(f.h, last, "/api/stats", wrongAuth, ""); r.code != 429 {
		t.Errorf("the newest client's second wrong token: %d, want 429 (still counted)", r.code)
	}
	clock.add(time.Hour)
	from(f.h, "192.0.2.1:1", "/api/stats", wrongAuth, "")
	if n := server.TrackedClients(f.h); n != 1 {
		t.Errorf("after the windows passed: %d clients tracked, want 1", n)
	}
}

// TestFailedTokenClient: who counts as the client. X-Forwarded-For is read
// only from a trusted proxy, and then its last address that is not a
// trusted proxy; an IPv6 client is its /64.
func TestFailedTokenClient(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("10.1.0.0/16")}
	type req struct{ remote, xff string }
	tests := []struct {
		name   string
		guess  []req // wrong tokens: the last must get 429
		passes req   // the right token from here must pass
	}{
		{"forged header ignored",
			[]req{{"192.0.2.9:1", "203.0.113.1"}, {"192.0.2.9:2", "203.0.113.2"}, {"192.0.2.9:3", "203.0.113.3"}},
			req{"192.0.2.10:1", "203.0.113.3"}},
		{"client behind a trusted proxy",
			[]req{{"127.0.0.1:1", "203.0.113.5"}, {"127.0.0.1:2", "203.0.113.5"}, {"127.0.0.1:3", "203.0.113.5"}},
			req{"127.0.0.1:4", "203.0.113.6"}},
		{"forged entries left of the proxy's",
			[]req{{"127.0.0.1:1", "1.1.1.1, 203.0.113.7"}, {"127.0.0.1:2", "2.2.2.2, 203.0.113.7"}, {"127.0.0.1:3", "3.3.3.3,203.0.113.7"}},
			req{"127.0.0.1:4", "1.1.1.1, 203.0.113.8"}},
		{"two trusted proxies",
			[]req{{"127.0.0.1:1", "203.0.113.9, 10.1.2.3"}, {"127.0.0.1:2", "203.0.113.9, 10.1.4.4"}, {"127.0.0.1:3", "203.0.113.9, 10.1.2.3"}},
			req{"127.0.0.1:4", "203.0.113.10, 10.1.2.3"}},
		{"malformed entry: the nearest trusted proxy is the client",
			[]req{{"127.0.0.1:1", "junk, 10.1.2.3"}, {"127.0.0.1:2", "junk, 10.1.2.3"}, {"127.0.0.1:3", "not-an-ip,10.1.2.3"}},
			req{"127.0.0.1:4", "junk, 10.1.4.4"}},
		{"ipv6 by /64",
			[]req{{"[2001:db8:0:1::1]:1", ""}, {"[2001:db8:0:1::2]:1", ""}, {"[2001:db8:0:1:ffff::3]:1", ""}},
			req{"[2001:db8:0:2::1]:1", ""}},
		{"ipv4-mapped ipv6 is the ipv4",
			[]req{{"[::ffff:192.0.2.77]:1", ""}, {"192.0.2.77:1", ""}, {"[::ffff:192.0.2.77]:2", ""}},
			req{"192.0.2.78:1", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, server.Options{Token: testToken, MaxFailedAuth: 3, TrustedProxies: proxies})
			for i, g := range tt.guess {
				want := 401
				if i == len(tt.guess)-1 {
					want = 429
				}
				if r := from(f.h, g.remote, "/api/stats", wrongAuth, g.xff); r.code != want {
					t.Errorf("wrong token %d from %s (X-Forwarded-For %q): %d, want %d", i+1, g.remote, g.xff, r.code, want)
				}
			}
			if r := from(f.h, tt.passes.remote, "/api/stats", rightAuth, tt.passes.xff); r.code != 200 {
				t.Errorf("right token from %s (X-Forwarded-For %q): %d, want 200", tt.passes.remote, tt.passes.xff, r.code)
			}
		})
	}
}
