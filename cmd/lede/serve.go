package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/server"
)

// serveDefaultAddr is the loopback address lede serve listens on: only
// programs on this machine reach it unless the user says otherwise.
const serveDefaultAddr = "127.0.0.1:8080"

// serveShutdownGrace is how long requests in flight get to finish once the
// server is told to stop (Ctrl-C, SIGTERM): an extraction takes
// milliseconds (the slowest page of lede bench extract --cases
// ../shared/bench/extract/cases.jsonl: 13 ms); a story request refreshing
// the stories after a large ingest may be cut off, and the next start
// refreshes them again.
const serveShutdownGrace = 10 * time.Second

func newServeCmd() *cobra.Command {
	var (
		dbPath, addr string
		maxBytes     int64
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the corpus store as an HTTP JSON API",
		Long: `Serve answers HTTP requests with the JSON records the query commands print
with --json:

  GET  /api/search?q=WORDS[&limit=N&since=D&until=D&outlet=O&person=P]
  GET  /api/articles/ID[?versions=true]     GET /api/articles?url=URL
  GET  /api/articles/ID/copies
  GET  /api/stories[?since=D&min=N&limit=N]  GET /api/stories/ID
  GET  /api/quotes[?speaker=NAME&limit=N]
  GET  /api/stats
  POST /api/extract[?url=ORIGINAL_URL&comments=true&no_analysis=true]
       (the body is the HTML page or text; the server never fetches a URL)
  GET  /healthz

Errors are {"error": "..."} with status 400, 404, 405, 413, 415, 422, 503
or 500. Lists give at most 500 items (?limit=). One line per request goes
to stderr.

It listens on the loopback address by default, so only programs on this
machine reach it. The API has no authentication: listening on another
address (--addr :8080) exposes the corpus and the extractor to everyone who
can reach that address, and is the user's choice to make (put a proxy
that authenticates in front). Ctrl-C or SIGTERM stops it, giving the
requests in flight 10 s to finish.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if maxBytes <= 0 {
				return errUsage{fmt.Errorf("--max-bytes %d: want a positive number of bytes", maxBytes)}
			}
			if _, _, err := net.SplitHostPort(addr); err != nil {
				return errUsage{fmt.Errorf("--addr %q: want HOST:PORT, e.g. %s", addr, serveDefaultAddr)}
			}
			ctx := cmd.Context()
			db, err := searchOpenStore(ctx, dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			// Copy groups and stories brought up to date before the first
			// request, which would otherwise wait for them after an ingest.
			// A store that cannot be written (a read-only file) is still
			// served: the story endpoints then say what failed.
			t0 := time.Now()
			if err := query.Refresh(ctx, db); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				log.Warn("stories not brought up to date", "err", err)
			} else {
				log.Info("stories up to date", "ms", time.Since(t0).Milliseconds())
			}
			h := server.New(db, server.Options{MaxBody: maxBytes, Logger: log})
			ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: cannot listen on %s: %w", addr, err)
			}
			srv := server.HTTPServer(addr, h, log)
			log.Info("listening", "url", "http://"+ln.Addr().String(), "db", dbPath)
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ln) }()
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
	f.StringVar(&addr, "addr", serveDefaultAddr, "address to listen on (loopback by default; another address exposes the API)")
	f.Int64Var(&maxBytes, "max-bytes", server.DefaultMaxBody, "refuse POST /api/extract bodies larger than this (413)")
	return cmd
}
