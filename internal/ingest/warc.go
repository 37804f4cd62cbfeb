package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/lede-news/lede/internal/fetch"
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
	if head, _ := br.Peek(jsonHead); isGzip(head) && gzipMemberHoldsRecords(head) {
		// Rule whole-gzip-warc: an archive gzipped whole (gzip
		// crawl.warc: one member, every record in it) is decompressed
		// here and framed as a plain one. gowarc takes a gzip member
		// for one record and drains whatever follows it there: the
		// first record was read and every other one silently lost (and
		// a cut archive lost them all, the first included). Record
		// offsets (the "#N" of an item's name) are then offsets in the
		// decompressed archive.
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emit(Item{Name: path, Err: fmt.Errorf("%w: %v", ErrFormat, err)})
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, jsonHead)
	}
	// gowarc only frames records here: the HTTP message is parsed below, so
	// its payload is read once (the library's own HTTP block validated and
	// cached each payload, ~10% of ingest time, and with some policies cut
	// payloads short). Spec violations must stay at ErrWarn: that
	// policy makes gowarc read each block whole before Next returns; under
	// ErrIgnore the blocks read back empty.
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithSkipParseBlock(),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
	)
	if err != nil {
		return emit(Item{Name: path, Err: err})
	}
	defer wr.Close()
	bad, records, items := 0, 0, 0
	types := map[string]int{} // records by WARC-Type, for the message when none is an article
	var lastOff int64 = -1
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			switch {
			case records == 0:
				return emit(Item{Name: path, Err: fmt.Errorf("%w: no WARC record in the file", ErrFormat)})
			case items == 0:
				// Said, not passed over: an archive of requests, metadata
				// or images gave "ingested 0, failed 0" and exit 0.
				return emit(Item{Name: path, Err: fmt.Errorf("%w: none of the %d WARC records is an HTML or text response (%s)", model.ErrNoContent, records, warcTypeCounts(types))})
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
		if items == 0 && len(types) < maxWARCTypes {
			types[rec.WarcRecord.Type().String()]++
		}
		item, ok := r.warcItem(name, rec.WarcRecord, rec.Validation)
		rec.Close()
		if !ok {
			continue
		}
		items++
		if err := emit(item); err != nil {
			return err
		}
	}
}

// gzipMemberHoldsRecords reports whether the first gzip member of a WARC
// (head: the archive's first bytes) holds more than its first record
// (rule whole-gzip-warc). It looks at the first warcWindow decompressed
// bytes: the first record of an archive is its small warcinfo, mostly; a
// first record longer than that is taken for one a member, as the
// standard writes them.
func gzipMemberHoldsRecords(head []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	zr.Multistream(false)
	buf := make([]byte, warcWindow)
	n, _ := io.ReadFull(zr, buf)
	data := buf[:n]
	if !bytes.HasPrefix(data, []byte("WARC/")) {
		return false
	}
	hdrEnd := bytes.Index(data, []byte("\r\n\r\n"))
	if hdrEnd < 0 {
		return false
	}
	length := -1
	for _, line := range strings.Split(string(data[:hdrEnd]), "\r\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "Content-Length") {
			if l, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && l >= 0 {
				length = l
			}
		}
	}
	end := hdrEnd + 4 + length
	if length < 0 || end > len(data) {
		return false
	}
	return bytes.HasPrefix(bytes.TrimLeft(data[end:], "\r\n"), []byte("WARC/"))
}

// warcWindow is how much of a gzipped archive's first member
// gzipMemberHoldsRecords decompresses.
const warcWindow = 256 << 10

// maxWARCTypes bounds the record types counted for the message of an
// archive without articles (the standard has eight).
const maxWARCTypes = 16

// warcTypeCounts is "300000 request, 2 metadata", most frequent first.
func warcTypeCounts(types map[string]int) string {
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	sort.Slice(names, func(i, j int) bool {
		if types[names[i]] != types[names[j]] {
			return types[names[i]] > types[names[j]]
		}
		return names[i] < names[j]
	})
	parts := make([]string, len(names))
	for i, t := range names {
		parts[i] = fmt.Sprintf("%d %s", types[t], t)
	}
	return strings.Join(parts, ", ")
}

// maxHTTPHeader bounds the HTTP header of an archived response.
const maxHTTPHeader = 1 << 20

// warcItem turns one record into an item; ok is false for records that are
// not article responses.
//
// Only what must be serial happens here, on the reading goroutine: the
// block is copied out of the (gunzipped) stream and the HTTP header is
// parsed to pass over redirects, errors and non-HTML. Checking the block
// digest, undoing the payload's transfer and content encodings and copying
// it out are left to Item.Load, which Run calls in its workers: on
// 2 cores the reading goroutine was a third of the extraction's CPU.
func (r *Reader) warcItem(name string, w gowarc.WarcRecord, validation []error) (Item, bool) {
	if w.Type() != gowarc.Response {
		return Item{}, false
	}
	h := w.WarcHeader()
	if ct := strings.ToLower(h.Get(gowarc.ContentType)); !strings.HasPrefix(ct, "application/http") {
		return Item{}, false // a response without an HTTP message (dns:, ...)
	}
	target := h.Get(gowarc.WarcTargetURI)
	if target == "" {
		target = bracketedTarget(validation)
	}
	item := Item{Name: name, URL: target}
	if t, err := w.Date(); err == nil {
		item.Fetched = t.UTC()
	}
	raw, err := w.Block().RawBytes()
	if err != nil {
		item.Err = fmt.Errorf("%w: WARC block: %v", ErrFormat, err)
		return item, true
	}
	max := r.maxBytes()
	block, err := io.ReadAll(io.LimitReader(raw, max+maxHTTPHeader+1))
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		item.Err = fmt.Errorf("%w: WARC cut short (truncated file or gzip member): %v", ErrFormat, err)
		return item, true
	case err != nil:
		item.Err = fmt.Errorf("%w: WARC block of %s: %v", ErrFormat, target, err)
		return item, true
	case int64(len(block)) > max+maxHTTPHeader:
		item.Err = fmt.Errorf("%w: WARC payload over the %s cap (--max-bytes raises it)", model.ErrTooLarge, fetch.ByteSize(max))
		return item, true
	case blockCutShort(h.Get(gowarc.ContentLength), len(block)):
		// Rule block-cut-short: an uncompressed WARC that ends inside a
		// record gives back the bytes that are there without an error;
		// when the HTTP message has no Content-Length of its own, the
		// truncated page would be stored as if whole.
		item.Err = fmt.Errorf("%w: WARC cut short (truncated file or gzip member): block of %s has %d of its %s bytes", ErrFormat, target, len(block), h.Get(gowarc.ContentLength))
		return item, true
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		item.Err = fmt.Errorf("%w: corrupt WARC record for %s: HTTP message: %v", ErrFormat, target, err)
		return item, true
	}
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		return Item{}, false
	}
	item.ContentType = resp.Header.Get("Content-Type")
	if !articleType(item.ContentType) {
		return Item{}, false
	}
	want := h.Get(gowarc.WarcBlockDigest)
	item.load = func() ([]byte, error) {
		defer resp.Body.Close()
		if !digestOK(want, block) {
			return nil, fmt.Errorf("%w: corrupt WARC record for %s: block digest %s does not match its content", ErrFormat, target, want)
		}
		body, err := decodeBody(resp.Body, resp.Header.Get("Content-Encoding"))
		if err != nil {
			return nil, fmt.Errorf("%w: WARC payload of %s: %v", ErrFormat, target, err)
		}
		data, err := io.ReadAll(io.LimitReader(body, max+1))
		switch {
		case err != nil:
			return nil, fmt.Errorf("%w: WARC payload of %s: %v", ErrFormat, target, err)
		case int64(len(data)) > max:
			return nil, fmt.Errorf("%w: WARC payload over the %s cap (--max-bytes raises it)", model.ErrTooLarge, fetch.ByteSize(max))
		}
		return data, nil
	}
	return item, true
}

// Rule bracketed-target-uri: a WARC-Target-URI written in angle brackets
// (<https://...>, as the WARC/1.0 standard's own examples write it, and
// some older crawlers with it) is the page's address all the same. gowarc
// checks the field as a bare URL, finds no scheme before the '<' and
// blanks it, keeping the value only in the warning it adds to the record's
// validation: the page was stored with no address (no outlet from its
// domain, relative links and images unresolved, an id from its text alone,
// so a later capture of it never matched). bracketedTarget takes the
// address back from that warning. Only the bracketed form is recovered:
// '>' cannot occur inside a URI, so the value's end is certain, and a
// value gowarc refused for another reason is no address we can trust.
//
// The warning's wording is the URL parser's ("... Url: '<value>'"); a
// library update that changes it makes TestRunWARCBracketedTarget fail
// rather than lose the addresses silently.
func bracketedTarget(validation []error) string {
	const open, end = "Url: '<", ">'"
	for _, e := range validation {
		var hf *gowarc.HeaderFieldError
		if !errors.As(e, &hf) || hf.FieldName != gowarc.WarcTargetURI {
			continue
		}
		i := strings.Index(hf.Msg, open)
		if i < 0 {
			continue
		}
		v, _, ok := strings.Cut(hf.Msg[i+len(open):], end)
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		if u, err := url.Parse(v); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return v
		}
	}
	return ""
}

// blockCutShort reports a record block shorter than its WARC Content-Length.
func blockCutShort(contentLength string, got int) bool {
	n, err := strconv.ParseInt(strings.TrimSpace(contentLength), 10, 64)
	return err == nil && int64(got) < n
}

// digestOK checks a block against its WARC-Block-Digest when that is SHA-1
// (base32, as the WARC spec has it, or hex); other or no digests pass.
func digestOK(want string, block []byte) bool {
	if !strings.HasPrefix(strings.ToLower(want), "sha1:") {
		return true
	}
	got := sha1.Sum(block)
	v := strings.TrimSpace(want[len("sha1:"):])
	return strings.EqualFold(v, base32.StdEncoding.EncodeToString(got[:])) || strings.EqualFold(v, hex.EncodeToString(got[:]))
}

// decodeBody undoes a Content-Encoding: crawlers archive the bytes as sent,
// often gzipped.
func decodeBody(body io.Reader, enc string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		return gzip.NewReader(body)
	case "deflate":
		return flate.NewReader(body), nil
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
}
