package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/server"
)

// serveDefaultAddr is the loopback address lede serve listens on: only
// programs on this machine reach it unless the user says otherwise.
const serveDefaultAddr = "127.0.0.1:8080"

// serveTokenEnv is the environment variable holding the API's bearer
// token when --token-file is not given (a container's secret, a service
// manager's environment file).
const serveTokenEnv = "LEDE_TOKEN"

// serveMaxTokenFile caps what --token-file reads: a token is tens of
// bytes; a bigger file is the wrong file (a key pair, a log).
const serveMaxTokenFile = 4 << 10

// serveShutdownGrace is how long requests in flight get to finish once the
// server is told to stop (Ctrl-C, SIGTERM): an extraction takes
// milliseconds (the slowest page of lede bench extract --cases
// ../shared/bench/extract/cases.jsonl: 13 ms); a story request refreshing
// the stories after a large ingest may be cut off, and the next start
// refreshes them again.
const serveShutdownGrace = 10 * time.Second

func newServeCmd() *cobra.Command {
	var (
		dbPath, addr, tokenFile string
		tlsCert, tlsKey         string
		maxBytes                int64
		corsOrigins, proxies    []string
		insecure, readOnly      bool
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the corpus store as an HTTP JSON API",
		Long: `Serve answers HTTP requests with the JSON records the query commands print
with --json:

  GET  /api/search?q=WORDS[&limit=N&since=D&until=D&outlet=O&person=P]
  GET  /api/articles/ID[?versions=true]     GET /api/articles?url=URL
  GET  /api/articles[?outlet=O&since=D&until=D&limit=N&cursor=C]  (lede list)
  GET  /api/articles/ID/copies
  GET  /api/stories[?since=D&min=N&limit=N]  GET /api/stories/ID
  GET  /api/quotes[?speaker=NAME&limit=N]
  GET  /api/stats
  POST /api/extract[?url=ORIGINAL_URL&comments=true&no_analysis=true]
       (the body is the HTML page or text; the server never fetches a URL)
  GET  /healthz

Errors are {"error": "..."} with status 400, 401, 403, 404, 405, 413, 415,
422, 429, 503 or 500. Lists give at most 500 items (?limit=). One line per
request goes to stderr.

Authentication: with --token-file PATH (or the LEDE_TOKEN environment
variable) every request but GET /healthz must send
"Authorization: Bearer TOKEN" (at least 16 characters; openssl rand -hex 32
makes one). An address that sends 10 wrong tokens within 10 minutes gets
429 (with Retry-After) to every request until those 10 minutes have
passed; behind a reverse proxy, give its address with --trusted-proxy
(repeatable) so that clients are told apart by its X-Forwarded-For
header, which is ignored from anyone else. It listens on the loopback
address by default; it refuses another address (--addr :8080) without a
token, unless --insecure says to serve the corpus and the extractor open to
whoever reaches it. Without a token it answers only requests addressed to
localhost (a web page cannot reach it through DNS rebinding); --insecure
lifts that too.

HTTPS: --tls-cert FILE --tls-key FILE (PEM); without them the token
crosses the network in clear, so put a TLS proxy in front.

Browsers: --cors-origin https://app.example (repeatable) lets that origin's
pages call the API; "*" allows any origin, and only without a token.

A store the user cannot write is served read-only (or --read-only): the
story endpoints answer the stories stored, with an X-Lede-Warning header
when articles came after them. Ctrl-C or SIGTERM stops the server, giving
the requests in flight 10 s to finish.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if maxBytes <= 0 {
				return errUsage{fmt.Errorf("--max-bytes %d: want a positive number of bytes", maxBytes)}
			}
			host, port, err := net.SplitHostPort(addr)
			if err == nil {
				// A port out of range failed only at listen, exit status 1,
				// after the stories were brought up to date.
				_, err = net.LookupPort("tcp", port)
			}
			if err != nil {
				return errUsage{fmt.Errorf("--addr %q: want HOST:PORT, e.g. %s", addr, serveDefaultAddr)}
			}
			token, tokenFrom, err := serveToken(tokenFile)
			if err != nil {
				return err
			}
			tlsConfig, err := serveTLS(tlsCert, tlsKey)
			if err != nil {
				return err
			}
			trusted, err := serveTrustedProxies(proxies)
			if err != nil {
				return err
			}
			opts := server.Options{MaxBody: maxBytes, Token: token, CORSOrigins: corsOrigins, TrustedProxies: trusted}
			if err := opts.Validate(); err != nil {
				// The option named as the user gave it.
				var oe *server.OptionError
				if errors.As(err, &oe) {
					switch {
					case oe.Option == server.OptionToken && tokenFrom != "":
						err = fmt.Errorf("%s: %s", tokenFrom, oe.Problem)
					case oe.Option == server.OptionCORS:
						err = fmt.Errorf("--cors-origin %q: %s", oe.Value, oe.Problem)
					}
				}
				return errUsage{fmt.Errorf("serve: %w", err)}
			}
			// Rule serveExposed, first on the address as written (no
			// store opened, no port taken), then on the address bound.
			if err := serveCheckExposed(host, nil, token != "", insecure); err != nil {
				return err
			}
			ctx := cmd.Context()
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			if tokenFile != "" {
				serveWarnTokenFile(tokenFile, log)
			}
			db, ro, err := storiesOpenStore(ctx, dbPath, readOnly)
			if err != nil {
				return err
			}
			if ro && !readOnly {
				log.Warn("the store cannot be written: serving it read-only (stories as stored)", "db", dbPath)
			}
			defer db.Close()
			opts.ReadOnly = ro
			if !ro {
				// Copy groups and stories brought up to date before the
				// first request, which would otherwise wait for them after
				// an ingest. If that fails the store is still served: the
				// story endpoints answer the stories stored, with a warning.
				t0 := time.Now()
				if err := query.Refresh(ctx, db); err != nil {
					if ctx.Err() != nil {
						return nil
					}
					log.Warn("stories not brought up to date", "err", err)
				} else {
					log.Info("stories up to date", "ms", time.Since(t0).Milliseconds())
				}
			}
			ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: cannot listen on %s: %w", addr, err)
			}
			if err := serveCheckExposed(host, ln.Addr(), token != "", insecure); err != nil {
				ln.Close()
				return err
			}
			opts.Logger = log
			// Without a token, the loopback API answers requests to
			// localhost only: a web page could otherwise reach it through
			// DNS rebinding (server.Options.LocalOnly). --insecure lifts it
			// (a proxy on this machine passing its own Host on).
			opts.LocalOnly = token == "" && !insecure
			srv := server.HTTPServer(addr, server.New(db, opts), log)
			srv.TLSConfig = tlsConfig
			scheme := "http"
			if tlsConfig != nil {
				scheme = "https"
			}
			log.Info("listening", "url", scheme+"://"+ln.Addr().String(), "db", dbPath, "auth", token != "", "read_only", ro)
			if w := serveExposedWarning(ln.Addr(), token != "", tlsConfig != nil); w != "" {
				log.Warn(w, "addr", ln.Addr().String())
			}
			done := make(chan error, 1)
			go func() {
				if tlsConfig != nil {
					done <- srv.ServeTLS(ln, "", "") // the certificate is in TLSConfig
					return
				}
				done <- srv.Serve(ln)
			}()
			select {
			case err := <-done:
				return fmt.Errorf("serve: %w", err)
			case <-ctx.Done():
			}
			sctx, cancel := context.WithTimeout(context.Background(), serveShutdownGrace)
			defer cancel()
			err = srv.Shutdown(sctx)
			if serr := <-done; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
				err = serr
			}
			if err != nil {
				return fmt.Errorf("serve: shutting down: %w", err)
			}
			log.Info("stopped")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.StringVar(&addr, "addr", serveDefaultAddr, "address to listen on (loopback by default; another address needs a token or --insecure)")
	f.Int64Var(&maxBytes, "max-bytes", server.DefaultMaxBody, "refuse POST /api/extract bodies larger than this (413)")
	f.StringVar(&tokenFile, "token-file", "", "file holding the bearer token every request but /healthz must send (default: $"+serveTokenEnv+")")
	f.StringArrayVar(&corsOrigins, "cors-origin", nil, "let this origin's web pages call the API, e.g. https://app.example (repeatable; * for any, only without a token)")
	f.StringArrayVar(&proxies, "trusted-proxy", nil, "a reverse proxy's IP address or CIDR range whose X-Forwarded-For names the client (repeatable)")
	f.BoolVar(&insecure, "insecure", false, "without a token, listen on a non-loopback address and answer any Host")
	f.StringVar(&tlsCert, "tls-cert", "", "serve HTTPS with this PEM certificate (chain) file (with --tls-key)")
	f.StringVar(&tlsKey, "tls-key", "", "the PEM private key of --tls-cert")
	f.BoolVar(&readOnly, "read-only", false, "open the store read-only (the story endpoints answer the stories stored)")
	return cmd
}

// serveToken reads the bearer token: from --token-file when given (its
// surrounding white space, a trailing newline, dropped), else from
// $LEDE_TOKEN; "" when neither is set. from names the source, for errors.
func serveToken(file string) (token, from string, err error) {
	if file == "" {
		v, ok := os.LookupEnv(serveTokenEnv)
		if !ok {
			return "", "", nil
		}
		from = "$" + serveTokenEnv
		if v = strings.TrimSpace(v); v == "" {
			return "", "", errUsage{fmt.Errorf("serve: %s is set but empty: give the token, or unset it", from)}
		}
		return v, from, nil
	}
	from = "--token-file " + file
	fh, err := os.Open(file)
	if err != nil {
		return "", "", fmt.Errorf("serve: %s: %w", from, serveUnwrapPath(err))
	}
	defer fh.Close()
	b, err := io.ReadAll(io.LimitReader(fh, serveMaxTokenFile+1))
	if err != nil {
		return "", "", fmt.Errorf("serve: %s: %w", from, serveUnwrapPath(err))
	}
	if len(b) > serveMaxTokenFile {
		return "", "", errUsage{fmt.Errorf("serve: %s: over %d bytes, not a token file", from, serveMaxTokenFile)}
	}
	token = strings.TrimSpace(string(b))
	if token == "" {
		return "", "", errUsage{fmt.Errorf("serve: %s is empty", from)}
	}
	return token, from, nil
}

// serveTrustedProxies parses --trusted-proxy values: an IP address or a
// CIDR range each.
func serveTrustedProxies(vals []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, v := range vals {
		if p, err := netip.ParsePrefix(v); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(v)
		if err != nil {
			return nil, errUsage{fmt.Errorf("serve: --trusted-proxy %q: want an IP address or a CIDR range such as 10.0.0.0/8", v)}
		}
		a = a.Unmap().WithZone("")
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// serveTLS loads the certificate and key of --tls-cert and --tls-key (nil
// when neither is given): read at start, so a wrong file is said at once
// rather than at the first connection. TLS 1.2 at least (1.0 and 1.1 are
// deprecated, RFC 8996).
func serveTLS(cert, key string) (*tls.Config, error) {
	if cert == "" && key == "" {
		return nil, nil
	}
	if cert == "" || key == "" {
		return nil, errUsage{errors.New("serve: --tls-cert and --tls-key go together: give both")}
	}
	pair, err := tls.LoadX509KeyPair(cert, key)
	if err != nil {
		return nil, fmt.Errorf("serve: --tls-cert %s, --tls-key %s: %w", cert, key, serveUnwrapPath(err))
	}
	return &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{pair}}, nil
}

// serveUnwrapPath drops the path an *os.PathError repeats (the message
// names the file already).
func serveUnwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// serveWarnTokenFile warns when others than its owner may read the token
// file (as ssh does of a private key), which hands them the API.
func serveWarnTokenFile(file string, log *slog.Logger) {
	if fi, err := os.Stat(file); err == nil && fi.Mode().Perm()&0o077 != 0 {
		log.Warn("token file readable by others than its owner (chmod 600 it)", "file", file, "mode", fi.Mode().Perm().String())
	}
}

// serveCheckExposed is rule serveExposed: an API without a token listens
// only on a loopback address, where only this machine's programs reach
// it, unless --insecure. It reads host as written before the store is
// opened (an empty host, 0.0.0.0 or ::, any non-loopback IP; a host name
// is resolved only by the listener), and bound, the address actually
// bound, after.
func serveCheckExposed(host string, bound net.Addr, hasToken, insecure bool) error {
	if hasToken || insecure {
		return nil
	}
	exposed := false
	if bound != nil {
		exposed = !serveIsLoopback(bound)
	} else if ip := net.ParseIP(strings.Trim(host, "[]")); host == "" || ip != nil && !ip.IsLoopback() {
		exposed = true
	}
	if !exposed {
		return nil
	}
	shown := host
	if bound != nil {
		shown = bound.String()
	}
	if shown == "" {
		shown = "every interface"
	}
	return errUsage{fmt.Errorf("serve: refusing to listen on %s (not loopback) without a token: give --token-file PATH or $%s, or --insecure to serve the API open to everyone who reaches it", shown, serveTokenEnv)}
}

// serveExposedWarning is what serve warns of when it listens beyond
// loopback (bound, the address bound): an API open to all (--insecure
// without a token), or a token sent in clear (no TLS); "" otherwise.
func serveExposedWarning(bound net.Addr, hasToken, hasTLS bool) string {
	switch {
	case serveIsLoopback(bound):
		return ""
	case !hasToken:
		return "no authentication (--insecure): whoever reaches this address can read the corpus and run the extractor"
	case !hasTLS:
		return "plain HTTP: the token crosses the network in clear (give --tls-cert and --tls-key, or put a TLS proxy in front)"
	}
	return ""
}

// serveIsLoopback reports whether a is a loopback TCP address.
func serveIsLoopback(a net.Addr) bool {
	t, ok := a.(*net.TCPAddr)
	return ok && t.IP.IsLoopback()
}
