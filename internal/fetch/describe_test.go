package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"syscall"
	"testing"

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
		{"deadline", wrap(context.DeadlineExceeded), "cannot reach news.example:8443: timed out"},
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
