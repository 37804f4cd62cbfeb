package server

import (
	"container/list"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"
)

// Limits on wrong tokens (rule failed-token-limit, see authorized).
const (
	// DefaultMaxFailedAuth is how many wrong tokens one client may send
	// within a window: the last of them, and every request after it until
	// the window closes, gets 429. Someone mistyping, or a script with a
	// stale token retrying a few times, sends a handful; a guesser sends
	// thousands. fail2ban's sshd default is 5 in 10 minutes; twice that
	// leaves room for a retrying script without helping a guesser (10 tries
	// per 10 minutes is 1,440 a day against 2^64 tokens at MinTokenLen).
	DefaultMaxFailedAuth = 10
	// DefaultFailedAuthWindow is the window, opened by a client's first
	// wrong token (fail2ban's findtime and bantime are both 10 minutes).
	DefaultFailedAuthWindow = 10 * time.Minute
	// maxTrackedClients caps the clients whose wrong tokens are counted,
	// so that a flood from many addresses takes bounded memory: an entry
	// (key, count, time, list element, map slot) takes 164 bytes with
	// IPv6 keys (`go test -run '^$' -bench FailLimiterMemory -benchtime 3x
	// ./internal/server`, B/client), so the cap is about 1.6 MB. Past it
	// the client whose window opened first is forgotten.
	maxTrackedClients = 10000
	// ipv6ClientBits is the prefix an IPv6 client is known by: one
	// subscriber (a home, a server) gets a whole /64 (RFC 6177), so
	// counting per address would give a guesser 2^64 fresh addresses.
	ipv6ClientBits = 64
)

// failLimiter counts wrong tokens per client within a window. Safe for
// concurrent use.
type failLimiter struct {
	max    int
	window time.Duration
	now    func() time.Time

	mu      sync.Mutex
	clients map[string]*list.Element // of *failCount
	// order holds the entries by the start of their window, oldest first
	// (a window opened again moves its entry to the back), so expired
	// entries and the one to evict are at the front.
	order list.List
}

type failCount struct {
	key   string
	start time.Time
	n     int
}

func newFailLimiter(max int, window time.Duration) *failLimiter {
	if max <= 0 {
		max = DefaultMaxFailedAuth
	}
	if window <= 0 {
		window = DefaultFailedAuthWindow
	}
	return &failLimiter{max: max, window: window, now: time.Now, clients: map[string]*list.Element{}}
}

// blocked returns how long the client is still refused (0: it is not).
func (l *failLimiter) blocked(key string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	e, now := l.lookup(key)
	if e == nil {
		return 0
	}
	return l.refused(e.Value.(*failCount), now)
}

// fail counts one wrong token of the client and returns how long it is
// refused from now on (0 while it is under the limit).
func (l *failLimiter) fail(key string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	e, now := l.lookup(key)
	if e == nil {
		for l.order.Len() >= maxTrackedClients {
			l.remove(l.order.Front())
		}
		e = l.order.PushBack(&failCount{key: key, start: now})
		l.clients[key] = e
	}
	c := e.Value.(*failCount)
	c.n++
	return l.refused(c, now)
}

// lookup drops the closed windows and returns the client's entry (nil
// when it has none open) and the time it was looked up at. l.mu is held.
func (l *failLimiter) lookup(key string) (*list.Element, time.Time) {
	now := l.now()
	l.prune(now)
	return l.clients[key], now
}

// refused is how long a client with count c is refused from now on: until
// its window closes once it reached the limit, 0 before.
func (l *failLimiter) refused(c *failCount, now time.Time) time.Duration {
	if c.n < l.max {
		return 0
	}
	return c.start.Add(l.window).Sub(now)
}

// prune drops the entries whose window has closed.
func (l *failLimiter) prune(now time.Time) {
	for e := l.order.Front(); e != nil; e = l.order.Front() {
		if now.Before(e.Value.(*failCount).start.Add(l.window)) {
			return
		}
		l.remove(e)
	}
}

func (l *failLimiter) remove(e *list.Element) {
	delete(l.clients, e.Value.(*failCount).key)
	l.order.Remove(e)
}

// tracked is the number of clients counted (for tests).
func (l *failLimiter) tracked() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}

// clientKey names the client a request comes from, for the failed-token
// limit: the host of RemoteAddr (an IPv6 client by its /64). Only when
// that host is one of the trusted proxies is X-Forwarded-For read: the
// client is then the last address in it that is not a trusted proxy
// itself (each proxy appends the address it was reached from, so entries
// left of it may be forged by the client). A header from anyone else is
// ignored: a client could otherwise give itself a new address on every
// try.
func clientKey(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return host // not an IP (a test's or a unix socket's address): as it is
	}
	addr = addr.Unmap().WithZone("")
	if isTrusted(addr, trusted) {
		if fwd := forwardedClient(r.Header.Values("X-Forwarded-For"), trusted); fwd.IsValid() {
			addr = fwd
		}
	}
	if addr.Is6() {
		p, _ := addr.Prefix(ipv6ClientBits)
		return p.String()
	}
	return addr.String()
}

// forwardedClient walks X-Forwarded-For from its right end past the
// trusted proxies; it returns the zero Addr when the header is absent or
// malformed before a client is found.
func forwardedClient(values []string, trusted []netip.Prefix) netip.Addr {
	var hops []string
	for _, v := range values {
		hops = append(hops, strings.Split(v, ",")...)
	}
	var last netip.Addr
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return last
		}
		a = a.Unmap().WithZone("")
		if !isTrusted(a, trusted) {
			return a
		}
		last = a
	}
	return last
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
