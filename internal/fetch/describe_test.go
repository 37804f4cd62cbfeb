package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/input"
	"github.com/lede-news/lede/internal/model"
)

func TestDescribe(t *testing.T) {
	wrap := func(err error) error { // as input and fetch wrap a client error
		ue := &url.Error{Op: "Get", URL: "https://news.example:8443/a", Err: err}
		return fmt.Errorf("%w: https://news.example:8443/a: %w", model.ErrFetch, ue)
	}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"nil", nil, ""},
		{"not network", errors.New("HTTP 404 Not Found"), ""},
		{"no such host", wrap(&net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "news.example", IsNotFound: true}}),
			"cannot reach news.example: host not found (no network, or no such name)"},
		{"lookup timeout", wrap(&net.DNSError{Err: "i/o timeout", Name: "news.example", IsTimeout: true}),
			"cannot reach news.example: name lookup timed out (no network?)"},
		{"refused", wrap(&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}),
			"cannot reach news.example:8443: connection refused"},
		{"unreachable", wrap(&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ENETUNREACH}),
			"cannot reach news.example:8443: network unreachable (no network?)"},
		{"deadline", wrap(context.DeadlineExceeded), "news.example:8443 did not answer in time: timed out"},
		{"dial timeout", wrap(&net.OpError{Op: "dial", Net: "tcp", Err: timeoutError{}}), "cannot reach news.example:8443: timed out"},
		{"slow body", fmt.Errorf("%w: https://news.example:8443/a: %w", model.ErrFetch, &url.Error{Op: "Get", URL: "https://news.example:8443/a", Err: &bodyError{err: context.DeadlineExceeded}}),
			"news.example:8443 sent the page too slowly: timed out"},
		{"slow body, no URL", &bodyError{err: &net.OpError{Op: "read", Net: "tcp", Err: timeoutError{}}}, "the host sent the page too slowly: timed out"},
		{"slow body, its host", fmt.Errorf("%w: https://news.example/a: %w", model.ErrFetch, &bodyError{host: "news.example", err: context.DeadlineExceeded}), "news.example sent the page too slowly: timed out"},
		{"lookup failed", wrap(&net.DNSError{Err: "server misbehaving", Name: "news.example"}),
			"cannot reach news.example: name lookup failed (server misbehaving)"},
		{"lookup, no name", wrap(&net.DNSError{Err: "no such host", IsNotFound: true}),
			"cannot reach news.example:8443: host not found (no network, or no such name)"},
		{"reset", wrap(&net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}),
			"cannot reach news.example:8443: connection reset"},
		{"bad certificate", wrap(x509.UnknownAuthorityError{}), "cannot reach news.example:8443: its TLS certificate is not valid"},
		{"plain http as https", wrap(tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}),
			"cannot reach news.example:8443: TLS handshake failed (an http:// address given as https://?)"},
		{"io timeout", wrap(&net.OpError{Op: "read", Net: "tcp", Err: timeoutError{}}), "news.example:8443 did not answer in time: timed out"},
		{"no URL", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, "cannot reach the host: connection refused"},
		{"private", wrap(&net.OpError{Op: "dial", Net: "tcp", Err: ErrPrivate}),
			"private, loopback or link-local address refused (--allow-private lets it through)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Describe(tt.err); got != tt.want {
				t.Errorf("Describe = %q, want %q", got, tt.want)
			}
		})
	}
}

// timeoutError is a net.Error that timed out, as a read deadline gives.
type timeoutError struct{}

func (timeoutError) Error() string   { return "i/o timeout" }
func (timeoutError) Timeout() bool   { return true }
func (timeoutError) Temporary() bool { return true }

// TestFetchCanceledWhileRobotsHangs: a host whose robots.txt never answers
// holds a fetch only as long as its context lasts (Ctrl-C in lede ingest
// waited out the whole robots.txt timeout).
func TestFetchCanceledWhileRobotsHangs(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			select {
			case <-release:
			case <-r.Context().Done():
			}
			return
		}
		io.WriteString(w, "<p>page</p>")
	}))
	defer srv.Close()
	defer close(release)
	f := New(Options{AllowPrivate: true, Delay: time.Millisecond, Timeout: 20 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := f.Fetch(ctx, Request{URL: srv.URL + "/a"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the context's deadline", err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("Fetch returned after %v, its context ended after 200ms", el)
	}
}

// TestDescribeSlowServer: a server that takes the connection but never
// answers, and one that sends its page a byte at a time, time out with
// words saying so, not "cannot reach" (which sent users checking their
// network).
func TestDescribeSlowServer(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/trickle" {
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<p>")
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	host := srv.Listener.Addr().String()
	f := New(Options{AllowPrivate: true, Delay: -1, Timeout: 300 * time.Millisecond, Retries: 1, Backoff: time.Millisecond})
	for path, want := range map[string]string{
		"/silent":  host + " did not answer in time: timed out",
		"/trickle": host + " sent the page too slowly: timed out",
	} {
		_, err := f.Fetch(context.Background(), Request{URL: srv.URL + path})
		if got := Describe(err); got != want {
			t.Errorf("%s: Describe(%v) = %q, want %q", path, err, got, want)
		}
		// lede extract URL reads through input.Fetch: the same words.
		_, err = input.Fetch(context.Background(), srv.URL+path, input.Options{Timeout: 300 * time.Millisecond, Client: Client(true)})
		if got := Describe(err); got != want {
			t.Errorf("%s via input.Fetch: Describe(%v) = %q, want %q", path, err, got, want)
		}
	}
}

// TestFetchRedirectLoop: a redirect loop fails at once, without the
// retries a transient failure gets (4 attempts took 9 s), and is called
// one.
func TestFetchRedirectLoop(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		hits.Add(1)
		http.Redirect(w, r, map[string]string{"/a": "/b", "/b": "/a"}[r.URL.Path], http.StatusFound)
	}))
	defer srv.Close()
	f := New(Options{AllowPrivate: true, Delay: -1, Retries: 3, Backoff: 50 * time.Millisecond})
	_, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/a"})
	if got, want := Describe(err), "too many redirects (a redirect loop?)"; got != want {
		t.Errorf("Describe(%v) = %q, want %q", err, got, want)
	}
	if n := hits.Load(); n > 11 {
		t.Errorf("%d requests: the loop was retried", n)
	}
}

func TestByteSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 100: "100 bytes", 1023: "1023 bytes", 1536: "1.5 KiB", 16 << 20: "16 MiB", 50 << 20: "50 MiB", 64<<20 + 512<<10: "64.5 MiB", 99999999999: "93.1 GiB"} {
		if got := ByteSize(n); got != want {
			t.Errorf("ByteSize(%d) = %q, want %q", n, got, want)
		}
	}
}
