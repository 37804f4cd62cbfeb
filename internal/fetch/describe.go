package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/url"
	"syscall"
)

// Describe says in a few words why a fetch failed when the cause is the
// network, for the one line a person reads: "cannot reach news.example:
// host not found (no network, or no such name)" instead of Go's
// `Get "https://news.example/a": dial tcp: lookup news.example on
// 10.0.0.53:53: no such host` behind the layers that wrapped it. It returns
// "" when err holds no network cause it knows; callers then print err.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	host := ""
	var ue *url.Error
	if errors.As(err, &ue) {
		if u, perr := url.Parse(ue.URL); perr == nil {
			host = u.Host
		}
	}
	reach := "cannot reach " + host + ": "
	if host == "" {
		reach = "cannot reach the host: "
	}
	var dns *net.DNSError
	var unknownCA x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	var recordHeader tls.RecordHeaderError
	switch {
	case errors.Is(err, errRedirects):
		return "too many redirects (a redirect loop?)"
	case errors.Is(err, ErrPrivate):
		return "private, loopback or link-local address refused (--allow-private lets it through)"
	case errors.As(err, &dns):
		name := dns.Name
		if name == "" {
			name = host
		}
		switch {
		case dns.IsNotFound:
			return "cannot reach " + name + ": host not found (no network, or no such name)"
		case dns.IsTimeout:
			return "cannot reach " + name + ": name lookup timed out (no network?)"
		}
		return "cannot reach " + name + ": name lookup failed (" + dns.Err + ")"
	case errors.Is(err, syscall.ECONNREFUSED):
		return reach + "connection refused"
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return reach + "network unreachable (no network?)"
	case errors.Is(err, syscall.ECONNRESET):
		return reach + "connection reset"
	case errors.As(err, &unknownCA), errors.As(err, &hostname), errors.As(err, &invalid):
		return reach + "its TLS certificate is not valid"
	case errors.As(err, &recordHeader):
		return reach + "TLS handshake failed (an http:// address given as https://?)"
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		// Rule timeout-stage: where the time ran out says what went wrong.
		// A server that took the connection but never answered, or sent
		// its page a byte a second, was reported as "cannot reach", which
		// sent the user checking the network.
		var op *net.OpError
		var body bodyStage
		name := host
		if name == "" {
			name = "the host"
		}
		switch {
		case errors.As(err, &op) && op.Op == "dial":
			return reach + "timed out"
		case errors.As(err, &body):
			if host == "" && body.BodyHost() != "" {
				name = body.BodyHost()
			}
			return name + " sent the page too slowly: timed out"
		}
		return name + " did not answer in time: timed out"
	}
	return ""
}

// bodyStage is an error met while reading a response's body, after its
// headers came: Describe tells a slow page from a host that never answers.
// BodyHost is the URL's host. fetch's bodyError and input.Fetch's
// implement it: input does not import fetch, which would bring robots.txt
// and the crawler's client to every user of the lede package (lede.go
// imports input).
type bodyStage interface {
	error
	BodyHost() string
}

// bodyError is fetch's bodyStage.
type bodyError struct {
	host string // the URL's host, for the message
	err  error
}

func (e *bodyError) Error() string    { return "reading body: " + e.err.Error() }
func (e *bodyError) Unwrap() error    { return e.err }
func (e *bodyError) BodyHost() string { return e.host }

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
