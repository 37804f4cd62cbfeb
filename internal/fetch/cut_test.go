package fetch

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFetchCutBody: a body shorter than its Content-Length fails as
// before, and the bytes that came are returned beside the error in a
// Response marked Cut (for lede ingest's rule cut-http-body); a body
// that never started gives no Response.
func TestFetchCutBody(t *testing.T) {
	const page = "<html><body><p>The Wexmoor ferry sails at nine.</p></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(page)))
		if r.URL.Path == "/empty" {
			w.WriteHeader(http.StatusOK)
			return // no byte of the body
		}
		io.WriteString(w, page[:20])
	}))
	t.Cleanup(srv.Close)
	f := New(Options{AllowPrivate: true, Delay: -1, Retries: 1, Backoff: 1})
	resp, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/a"})
	if !errors.Is(err, model.ErrFetch) || resp == nil || !resp.Cut || string(resp.Body) != page[:20] {
		t.Fatalf("cut body: %+v, %v; want the 20 bytes that came, marked cut, beside ErrFetch", resp, err)
	}
	if !strings.Contains(err.Error(), "unexpected EOF") {
		t.Errorf("error %q does not say the body ended early", err)
	}
	resp, err = f.Fetch(context.Background(), Request{URL: srv.URL + "/empty"})
	if err == nil || resp != nil {
		t.Errorf("empty body: %+v, %v; want an error and no Response", resp, err)
	}
}
