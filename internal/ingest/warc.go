package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/lede-news/lede/internal/model"
)

// maxWARCErrors is how many unreadable records in a row end the reading of
// one archive: the reader resynchronises on the next record, but a file
// that is garbage throughout should not print thousands of lines.
const maxWARCErrors = 20

// articleType reports whether a response's Content-Type can be an article:
// HTML, XHTML or plain text (or none given, left to content sniffing).
func articleType(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml" || mt == "text/plain" || mt == ""
}

// readWARC emits the archive's successful HTML and text responses, with
// their target URI and capture date. Other records (requests, metadata,
// images, redirects) are passed over; a corrupt record is an item error and
// reading resumes at the next record.
func (r *Reader) readWARC(ctx context.Context, path string, br *bufio.Reader, emit emitFunc) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		// Not ErrIgnore: with it gowarc v3.1.0 cuts payloads short at its
		// read buffer (seen on 60 KB pages: 4 KB came through).
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		// Digests are checked here, after the payload is read once: the
		// library's own check consumes the stream before we can read it.
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(r.maxBytes()),
	)
	if err != nil {
		return emit(Item{Name: path, Err: err})
	}
	defer wr.Close()
	bad, records := 0, 0
	var lastOff int64 = -1
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			if records == 0 {
				return emit(Item{Name: path, Err: fmt.Errorf("%w: no WARC record in the file", ErrFormat)})
			}
			return nil
		}
		name := fmt.Sprintf("%s#%d", path, rec.Offset)
		if err != nil {
			rec.Close()
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				return emit(Item{Name: name, Err: fmt.Errorf("%w: WARC cut short (truncated file or gzip member): %v", ErrFormat, err)})
			}
			bad++
			if e := emit(Item{Name: name, Err: fmt.Errorf("%w: WARC record: %v", ErrFormat, err)}); e != nil {
				return e
			}
			if bad >= maxWARCErrors || rec.Offset == lastOff {
				return emit(Item{Name: path, Err: fmt.Errorf("%w: gave up after %d unreadable records", ErrFormat, bad)})
			}
			lastOff = rec.Offset
			continue
		}
		bad = 0
		records++
		lastOff = rec.Offset
		item, ok := r.warcItem(name, rec)
		rec.Close()
		if !ok {
			continue
		}
		if err := emit(item); err != nil {
			return err
		}
	}
}

// warcItem turns one record into an item; ok is false for records that are
// not article responses.
func (r *Reader) warcItem(name string, rec gowarc.Record) (Item, bool) {
	w := rec.WarcRecord
	if w.Type() != gowarc.Response {
		return Item{}, false
	}
	target := w.WarcHeader().Get(gowarc.WarcTargetURI)
	item := Item{Name: name, URL: target}
	if t, err := w.Date(); err == nil {
		item.Fetched = t.UTC()
	}
	hb, ok := w.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return Item{}, false // a response without an HTTP message (dns:, ...)
	}
	if code := hb.HttpStatusCode(); code < 200 || code >= 300 {
		return Item{}, false
	}
	if h := hb.HttpHeader(); h != nil {
		item.ContentType = h.Get("Content-Type")
	}
	if !articleType(item.ContentType) {
		return Item{}, false
	}
	body, err := hb.PayloadBytes()
	if err != nil {
		item.Err = fmt.Errorf("%w: WARC payload: %v", ErrFormat, err)
		return item, true
	}
	max := r.maxBytes()
	data, err := io.ReadAll(io.LimitReader(body, max+1))
	switch {
	case err != nil:
		item.Err = fmt.Errorf("%w: WARC payload: %v", ErrFormat, err)
	case int64(len(data)) > max:
		item.Err = fmt.Errorf("%w: WARC payload over %d bytes", model.ErrTooLarge, max)
	default:
		item.Data = data
		// A block digest that does not match marks a corrupt record.
		if want := w.WarcHeader().Get(gowarc.WarcBlockDigest); want != "" {
			if got := hb.BlockDigest(); got != "" && !strings.EqualFold(got, want) {
				item.Data = nil
				item.Err = fmt.Errorf("%w: corrupt WARC record for %s: block digest %s, computed %s", ErrFormat, target, want, got)
			}
		}
	}
	return item, true
}
