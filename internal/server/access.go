package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// MinTokenLen is the shortest bearer token accepted: 16 random characters
// of hex are 64 bits, beyond guessing over the network even at thousands
// of tries a second for centuries; `openssl rand -hex 32` gives 64.
const MinTokenLen = 16

// corsMaxAge is how long (seconds) a browser may reuse a preflight answer:
// ten minutes, so a changed --cors-origin list is seen soon (browsers cap
// it anyway: Chromium at two hours).
const corsMaxAge = "600"

// healthPath is the one path answered without the token: a load balancer
// or a container probe checks it, and it tells nothing of the corpus.
const healthPath = "/healthz"

// Validate reports options New cannot serve: a token too short or holding
// characters a bearer token cannot (RFC 6750: letters, digits and
// -._~+/ with trailing =), a CORS origin that is not an exact origin
// (scheme://host[:port]) or "*", and "*" with a token (any web page could
// then drive the API with a token it tricked out of a user).
// Its errors are *OptionError.
func (o Options) Validate() error {
	if o.Token != "" {
		if len(o.Token) < MinTokenLen {
			return &OptionError{Option: OptionToken, Problem: fmt.Sprintf("%d characters, want at least %d (e.g. openssl rand -hex 32)", len(o.Token), MinTokenLen)}
		}
		if !isToken(o.Token) {
			return &OptionError{Option: OptionToken, Problem: "want letters, digits and -._~+/ only (a bearer token), with no spaces"}
		}
	}
	for _, origin := range o.CORSOrigins {
		if origin == "*" {
			if o.Token != "" {
				return &OptionError{Option: OptionCORS, Value: origin, Problem: "with a token, name the origins allowed (any page on the web could otherwise call the API with the token)"}
			}
			continue
		}
		if !isOrigin(origin) {
			return &OptionError{Option: OptionCORS, Value: origin, Problem: "want an exact origin such as https://app.example or http://localhost:3000 (scheme, host and port only), or *"}
		}
	}
	return nil
}

// The options an OptionError names.
const (
	OptionToken = "token"
	OptionCORS  = "CORS origin"
)

// OptionError is an option Validate refuses: which (OptionToken or
// OptionCORS), the value at fault where telling it helps (an origin,
// never the token), and what is wrong, so that a caller can name the
// option its own way (the CLI says --cors-origin, or where the token
// came from).
type OptionError struct {
	Option, Value, Problem string
}

func (e *OptionError) Error() string {
	if e.Value == "" {
		return e.Option + ": " + e.Problem
	}
	return fmt.Sprintf("%s %q: %s", e.Option, e.Value, e.Problem)
}

// isToken reports whether s is an RFC 6750 b64token.
func isToken(s string) bool {
	body := strings.TrimRight(s, "=")
	if body == "" {
		return false
	}
	for _, c := range []byte(body) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~+/", c) >= 0) {
			return false
		}
	}
	return true
}

// isOrigin accepts an origin as browsers send it: scheme://host[:port],
// lower case, no path, query or user. Written so, an origin is its URL's
// scheme and host exactly: a path, a query or fragment (even an empty "?"),
// user info or an upper-case scheme all make them differ, and isHostname
// refuses an upper-case host.
func isOrigin(origin string) bool {
	u, err := url.Parse(origin)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Scheme+"://"+u.Host == origin && isHostname(u.Hostname())
}

// isHostname reports whether h is a host name (letters, digits, dots and
// hyphens: no wildcard, which browsers never send) or an IP address.
func isHostname(h string) bool {
	if net.ParseIP(h) != nil {
		return true
	}
	if h == "" {
		return false
	}
	for _, c := range []byte(h) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// access is the API's gate: CORS headers and preflights, then the token.
type access struct {
	tokenSum  *[sha256.Size]byte // nil: no token asked
	anyOrigin bool
	origins   map[string]bool
	// failures counts wrong tokens per client (nil: no token asked).
	failures *failLimiter
	trusted  []netip.Prefix
	log      *slog.Logger
}

func newAccess(o Options, log *slog.Logger) access {
	ac := access{origins: map[string]bool{}, trusted: o.TrustedProxies, log: log}
	if o.Token != "" {
		sum := sha256.Sum256([]byte(o.Token))
		ac.tokenSum = &sum
		ac.failures = newFailLimiter(o.MaxFailedAuth, o.FailedAuthWindow)
	}
	for _, origin := range o.CORSOrigins {
		if origin == "*" {
			ac.anyOrigin = true
		} else {
			ac.origins[origin] = true
		}
	}
	return ac
}

func (ac access) cors() bool { return ac.anyOrigin || len(ac.origins) > 0 }

// corsMethods and corsHeaders are what a cross-origin page may use: the
// API's methods, the token's header and a body's type.
const (
	corsMethods = "GET, HEAD, POST"
	corsHeaders = "Authorization, Content-Type"
	// corsExpose are the API's own headers a page may read.
	corsExpose = WarningHeader + ", WWW-Authenticate, Retry-After"
)

// corsAnswer sets the CORS headers of an allowed origin and answers a
// preflight (OPTIONS with Access-Control-Request-Method) itself: 204 for
// an allowed origin, 403 for another. It reports whether it answered.
// Without --cors-origin it does nothing: browsers then keep other
// origins' pages from reading the answers.
func (ac access) corsAnswer(w http.ResponseWriter, r *http.Request) bool {
	if !ac.cors() {
		return false
	}
	h := w.Header()
	h.Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	allowed := origin != "" && (ac.anyOrigin || ac.origins[origin])
	if allowed {
		if ac.anyOrigin {
			h.Set("Access-Control-Allow-Origin", "*")
		} else {
			h.Set("Access-Control-Allow-Origin", origin)
		}
	}
	if r.Method != http.MethodOptions || origin == "" || r.Header.Get("Access-Control-Request-Method") == "" {
		if allowed { // not on a preflight, whose answer no page reads
			h.Set("Access-Control-Expose-Headers", corsExpose)
		}
		return false
	}
	h.Add("Vary", "Access-Control-Request-Method")
	h.Add("Vary", "Access-Control-Request-Headers")
	if !allowed {
		writeError(w, http.StatusForbidden, fmt.Sprintf("origin %s is not allowed (lede serve --cors-origin)", origin))
		return true
	}
	h.Set("Access-Control-Allow-Methods", corsMethods)
	h.Set("Access-Control-Allow-Headers", corsHeaders)
	h.Set("Access-Control-Max-Age", corsMaxAge)
	w.WriteHeader(http.StatusNoContent)
	return true
}

// authorized checks the bearer token of every request but the health
// check's, answering 401 itself when it fails. The hashes of the token
// given and the one expected are compared in constant time, so neither the
// token's content nor its length shows in the answer's timing.
//
// Rule failed-token-limit: a client (clientKey) that sends a wrong token
// for the Options.MaxFailedAuth-th time within Options.FailedAuthWindow of
// its first gets 429 with Retry-After, and so does every request of it
// until that window closes, the right token included: a guesser must not
// learn from the answer that a guess was right. A request without a token
// is no guess and is not counted (a client not configured yet gets its
// 401 "missing bearer token" as often as it asks); other clients, and the
// health check, are not affected.
func (ac access) authorized(w http.ResponseWriter, r *http.Request) bool {
	if ac.tokenSum == nil || r.URL.Path == healthPath {
		return true
	}
	client := clientKey(r, ac.trusted)
	if wait := ac.failures.blocked(client); wait > 0 {
		tooManyFailures(w, wait)
		return false
	}
	auth := r.Header.Get("Authorization")
	scheme, cred, _ := strings.Cut(auth, " ")
	cred = strings.TrimSpace(cred)
	if auth == "" || !strings.EqualFold(scheme, "Bearer") || cred == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="lede"`)
		writeError(w, http.StatusUnauthorized, "missing bearer token: send Authorization: Bearer TOKEN")
		return false
	}
	sum := sha256.Sum256([]byte(cred))
	if subtle.ConstantTimeCompare(sum[:], ac.tokenSum[:]) != 1 {
		if wait := ac.failures.fail(client); wait > 0 {
			ac.log.Warn("too many wrong tokens: client refused", "client", client, "for_s", retryAfter(wait))
			tooManyFailures(w, wait)
			return false
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="lede", error="invalid_token"`)
		writeError(w, http.StatusUnauthorized, "invalid bearer token")
		return false
	}
	return true
}

// tooManyFailures answers 429 to a client over the failed-token limit.
func tooManyFailures(w http.ResponseWriter, wait time.Duration) {
	s := retryAfter(wait)
	w.Header().Set("Retry-After", strconv.Itoa(s))
	writeError(w, http.StatusTooManyRequests, fmt.Sprintf("too many wrong tokens from this address: try again in %d s", s))
}

// retryAfter is wait in whole seconds, rounded up (Retry-After counts
// seconds; 0 would invite an immediate retry).
func retryAfter(wait time.Duration) int {
	return max(1, int((wait+time.Second-1)/time.Second))
}

// isLoopbackHost reports whether a request's Host (with or without its
// port) names this machine: localhost, a name under .localhost (RFC 6761:
// never resolved elsewhere), or a loopback IP.
func isLoopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
