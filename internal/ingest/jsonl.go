package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/fetch"
	"github.com/lede-news/lede/internal/model"
)

// JSONLine is one line of a JSON-lines source. Either HTML or Text is required.
type JSONLine struct {
	URL         string `json:"url"`
	HTML        string `json:"html"`
	Text        string `json:"text"`
	ContentType string `json:"content_type"`
	// Fetched (or Date) is when the page was captured, RFC 3339. Date
	// is also the publication date when no other key gives one (rule
	// jsonl-metadata): other extractors write it so.
	Fetched string `json:"fetched"`
	Date    string `json:"date"`
	// SchemaVersion marks a record Lede wrote (rule lede-record).
	SchemaVersion int `json:"schema_version"`
	// Title, Author(s) and Published (or Date) are the article's own,
	// as scrapers and other extractors write them (rule jsonl-metadata).
	// Each is read when it is a string (authors: or a list of them), and
	// ignored otherwise, as any other key is.
	Title     json.RawMessage `json:"title"`
	Author    json.RawMessage `json:"author"`
	Authors   json.RawMessage `json:"authors"`
	Published json.RawMessage `json:"published"`
	// Other scrapers' names for the publication date (rule
	// jsonl-date-keys).
	DatePublished  json.RawMessage `json:"date_published"`
	DatePublishedC json.RawMessage `json:"datePublished"`
	PublishedAt    json.RawMessage `json:"published_at"`
	DatePublish    json.RawMessage `json:"date_publish"`
	// Outlet, Source, SiteName and Publisher name the outlet (rule
	// jsonl-outlet), when they are strings.
	Outlet    json.RawMessage `json:"outlet"`
	Source    json.RawMessage `json:"source"`
	SiteName  json.RawMessage `json:"site_name"`
	Publisher json.RawMessage `json:"publisher"`
}

// parseRecord is rule lede-record: a record `lede export` or `lede
// extract --format json` wrote comes back whole (title, dates, outlet,
// body structure, media), not as its bare text to extract again, which
// lost everything but the words: a corpus exported and ingested into
// another store kept no title nor date. A record of a newer schema than
// this Lede writes is refused rather than read half.
func parseRecord(line []byte, version int) (Item, error) {
	if version < 0 || version > model.SchemaVersion {
		return Item{}, fmt.Errorf("%w: a record of schema version %d (this lede reads %d)", ErrFormat, version, model.SchemaVersion)
	}
	var a model.Article
	if err := json.Unmarshal(line, &a); err != nil {
		return Item{}, fmt.Errorf("%w: record: %v", ErrFormat, err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return Item{}, fmt.Errorf("%w: record has no text", ErrFormat)
	}
	a.ID = "" // the store gives its own
	url := a.URL
	if url == "" {
		url = a.CanonicalURL
	}
	return Item{URL: url, Data: []byte(a.Text), ContentType: "application/json", Record: &a}, nil
}

// ParseJSONLine reads one JSON line into an item (Name left to the caller).
// A line that is a record Lede wrote (it has a schema_version) gives an
// item with that Record (rule lede-record).
func ParseJSONLine(line []byte) (Item, error) {
	var j JSONLine
	if err := json.Unmarshal(line, &j); err != nil {
		return Item{}, fmt.Errorf("%w: JSON line: %v", ErrFormat, err)
	}
	if j.SchemaVersion != 0 {
		return parseRecord(line, j.SchemaVersion)
	}
	// Rule jsonl-url-space: scrapers copy an address out of the page
	// with the space or line end around it; kept, the address was no
	// URL to the extractor (no outlet from its domain, relative images
	// left unresolved) and was stored with the space.
	it := Item{URL: strings.TrimSpace(j.URL), ContentType: j.ContentType}
	switch {
	case j.HTML != "":
		it.Data = []byte(j.HTML)
		if it.ContentType == "" {
			it.ContentType = "text/html; charset=utf-8"
		}
	case j.Text != "":
		it.Data = []byte(j.Text)
		if it.ContentType == "" {
			it.ContentType = "text/plain; charset=utf-8"
		}
	default:
		return Item{}, fmt.Errorf("%w: JSON line has neither \"html\" nor \"text\"", ErrFormat)
	}
	for _, d := range []string{j.Fetched, j.Date} {
		if t, err := time.Parse(time.RFC3339, d); err == nil {
			it.Fetched = t.UTC()
			break
		}
	}
	it.Meta = lineMeta(j)
	return it, nil
}

// Meta is what a JSON line says of its article beside the page (rule
// jsonl-metadata).
type Meta struct {
	Title     string
	Outlet    string
	Authors   []string
	Published string // YYYY-MM-DD or RFC 3339
	// Field names the key Published came from, for its evidence.
	Field string
}

// lineMeta is rule jsonl-metadata: the title, authors and publication
// date a JSON line gives beside its text or HTML ({"url", "title",
// "author", "date", "text"}: what scrapers and other extractors write)
// fill the article's when extraction finds none. They were dropped: a
// one-paragraph text has no headline line, nor a date, so such a corpus
// came in untitled and undated, its stories unwindowed and its copies'
// sources by ingestion order. "date" is read as the publication date
// here (it still stands for the capture time when "fetched" is absent,
// as before); "published" comes first.
func lineMeta(j JSONLine) *Meta {
	str := func(raw json.RawMessage) string {
		var v string
		json.Unmarshal(raw, &v)
		return strings.TrimSpace(v)
	}
	m := &Meta{Title: str(j.Title)}
	// Rule jsonl-outlet: the outlet a line names ({"title", "text",
	// "source", "date"}, the corpus format of story benchmarks and many
	// scrapers) was dropped, so a corpus of saved texts came in with no
	// outlet at all: its stories said "0 outlets" and a verbatim wire
	// copy from another outlet, without an address, was matched to the
	// first as its new version (rule cut-matches-stored reads the outlet).
	// A value that is an address is no outlet's name.
	for _, raw := range []json.RawMessage{j.Outlet, j.Source, j.SiteName, j.Publisher} {
		if v := str(raw); v != "" && len(v) <= maxOutletName && !strings.Contains(v, "://") {
			m.Outlet = v
			break
		}
	}
	for _, raw := range []json.RawMessage{j.Authors, j.Author} {
		var one string
		var many []string
		switch {
		case json.Unmarshal(raw, &one) == nil:
			many = strings.Split(one, ";")
		case json.Unmarshal(raw, &many) == nil:
		}
		for _, a := range many {
			if a = strings.TrimSpace(a); a != "" {
				m.Authors = append(m.Authors, a)
			}
		}
		if len(m.Authors) > 0 {
			break
		}
	}
	for _, f := range []struct{ key, v string }{
		{"published", str(j.Published)}, {"date_published", str(j.DatePublished)}, {"datePublished", str(j.DatePublishedC)},
		{"published_at", str(j.PublishedAt)}, {"date_publish", str(j.DatePublish)}, {"date", strings.TrimSpace(j.Date)},
	} {
		if v := publishedValue(f.v); v != "" {
			m.Published, m.Field = v, f.key
			break
		}
	}
	if m.Title == "" && m.Outlet == "" && len(m.Authors) == 0 && m.Published == "" {
		return nil
	}
	return m
}

// maxOutletName bounds what rule jsonl-outlet reads as an outlet's name: a
// longer "source" is a description or a citation, not a name.
const maxOutletName = 80

// publishedValue is v as the record's dates take it (YYYY-MM-DD or RFC
// 3339), or "" when it is no date. Rule jsonl-date-keys: a time of day
// without a zone ("2026-03-01 10:00:00", as several scrapers write it)
// gives its day alone, the zone being unknown. Rule jsonl-space-zone: a
// time with its zone written SQL's way, a space for the "T"
// ("2026-03-04 17:45:00+02:00", perhaps without seconds), is that instant
// (it gave no date, the zone failing the zoneless layouts).
func publishedValue(v string) string {
	if len(v) > 10 && v[10] == ' ' {
		v = v[:10] + "T" + v[11:]
	}
	if _, err := time.Parse(time.RFC3339, v); err == nil {
		return v
	}
	if t, err := time.Parse("2006-01-02T15:04Z07:00", v); err == nil {
		return t.Format(time.RFC3339)
	}
	if len(v) > 10 && v[10] == 'T' {
		for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04"} {
			if _, err := time.Parse(layout, strings.SplitN(v, ".", 2)[0]); err == nil {
				return v[:10]
			}
		}
	}
	if _, err := time.Parse(time.DateOnly, v); err == nil {
		return v
	}
	return ""
}

// fill gives a the metadata it lacks, and the line's outlet.
func (m *Meta) fill(a *model.Article) {
	if m == nil {
		return
	}
	if a.Title == "" {
		a.Title = m.Title
	}
	// Rule jsonl-outlet-declared: the outlet the line names wins over the
	// one the pipeline inferred. Without a page's own site name the text
	// path can only guess it from the host ("Harbourgazette" for
	// harbourgazette.example), and whoever wrote the line knew the outlet.
	if m.Outlet != "" {
		a.Outlet = m.Outlet
	}
	if len(a.Authors) == 0 && len(m.Authors) > 0 {
		a.Authors = m.Authors
	}
	if a.Dates.Published == nil && m.Published != "" {
		a.Dates.Published = &model.Date{Value: m.Published, Evidence: "JSON line \"" + m.Field + "\""}
	}
}

// readJSONL emits one item per line; a bad or oversized line is an item
// error. A source whose first line is not a whole JSON value (an object
// written over several lines, or an array of objects) is read by
// readJSONValues instead.
func (r *Reader) readJSONL(ctx context.Context, path string, br *bufio.Reader, emit emitFunc) error {
	max := r.maxBytes()
	if !firstLineValid(br) {
		return r.readJSONValues(ctx, path, br, emit)
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, max)
		if len(line) == 0 && !tooLong && errors.Is(err, io.EOF) {
			return nil
		}
		name := fmt.Sprintf("%s:%d", path, n)
		if err != nil && !errors.Is(err, io.EOF) && !json.Valid(trimSpace(line)) {
			// The source broke off (a gzip stream cut short) in this
			// line: one item says so, not a JSON error and then that.
			return emit(Item{Name: name, Err: err})
		}
		var item Item
		switch {
		case tooLong:
			item = Item{Name: name, Err: fmt.Errorf("%w: line over the %s cap (--max-bytes raises it)", model.ErrTooLarge, fetch.ByteSize(max))}
		case len(trimSpace(line)) == 0:
			item.Name = ""
		default:
			item = jsonItem(line, name)
		}
		if item.Name != "" {
			if e := emit(item); e != nil {
				return e
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return emit(Item{Name: name, Err: err})
		}
	}
}

// firstLineValid reports whether the source's first non-blank line, as far
// as the reader's buffer holds it, is a whole JSON value: JSON lines.
func firstLineValid(br *bufio.Reader) bool {
	head, _ := br.Peek(br.Size())
	head = trimLead(head)
	line, _, found := bytes.Cut(head, []byte("\n"))
	// A first line longer than the buffer is a long JSON line: only
	// values written over lines have short first lines that are not
	// whole, and an array's first line is its "[". Rule bad-first-line:
	// a first line that is no whole value, followed by lines that are,
	// is JSON lines with a bad first line (an item error, the rest
	// read): read as a stream of values, its error ended the source and
	// every record after it was lost.
	return json.Valid(line) || !found && len(head) == br.Size() && head[0] != '[' ||
		found && head[0] == '{' && laterJSONLine(head)
}

// readJSONValues is rule json-values: records written as JSON values one
// after another over any number of lines (pretty-printed, as `lede extract
// --format json` writes one) or as one array of them are items, the k-th
// named PATH:#k. Read line by line, a pretty-printed record was as many
// malformed items as it has lines. A value over the byte cap, or a syntax
// error, ends the source with an item error: a stream of values, unlike
// lines, cannot be picked up again after a bad one.
func (r *Reader) readJSONValues(ctx context.Context, path string, br *bufio.Reader, emit emitFunc) error {
	max := r.maxBytes()
	// The decoder takes neither a byte-order mark nor, for the array
	// test below, the space before the first value.
	if b, _ := br.Peek(len(utf8BOM)); bytes.HasPrefix(b, utf8BOM) {
		br.Discard(len(utf8BOM))
	}
	for b, err := br.Peek(1); err == nil && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n'); b, err = br.Peek(1) {
		br.Discard(1)
	}
	cr := &capReader{r: br, limit: max}
	dec := json.NewDecoder(cr)
	array := false
	if b, err := br.Peek(1); err == nil && b[0] == '[' {
		if _, err := dec.Token(); err != nil {
			return emit(Item{Name: path, Err: fmt.Errorf("%w: JSON: %v", ErrFormat, err)})
		}
		array = true
	}
	for k := 1; ; k++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if array && !dec.More() {
			return nil
		}
		cr.limit = cr.n + max
		var raw json.RawMessage
		name := fmt.Sprintf("%s:#%d", path, k)
		if err := dec.Decode(&raw); err != nil {
			switch {
			case errors.Is(err, io.EOF) && !array:
				return nil
			case errors.Is(err, errValueCap):
				err = valueTooLarge(max)
			default:
				err = fmt.Errorf("%w: JSON: %v", ErrFormat, err)
			}
			return emit(Item{Name: name, Err: err})
		}
		it := jsonItem(raw, name)
		if int64(len(raw)) > max {
			it = Item{Name: name, Err: valueTooLarge(max)} // the decoder may read its buffer beyond the cap
		}
		if err := emit(it); err != nil {
			return err
		}
	}
}

// jsonItem parses one JSON record into an item named by its URL, or by
// name (its place in the source) when it has none or is malformed.
func jsonItem(data []byte, name string) Item {
	it, err := ParseJSONLine(data)
	if err != nil {
		return Item{Name: name, Err: err}
	}
	it.Name = name
	if it.URL != "" {
		it.Name = it.URL
	}
	return it
}

func valueTooLarge(max int64) error {
	return fmt.Errorf("%w: JSON value over the %s cap (--max-bytes raises it)", model.ErrTooLarge, fetch.ByteSize(max))
}

// errValueCap is capReader's error past its limit.
var errValueCap = errors.New("JSON value over the byte cap")

// capReader counts what it reads and fails past limit, so that one JSON
// value cannot grow the decoder's buffer without bound.
type capReader struct {
	r     io.Reader
	n     int64
	limit int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n >= c.limit {
		return 0, errValueCap
	}
	if room := c.limit - c.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// readLine reads one line within max bytes; a longer line is skipped to its end.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(frag)) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		return line, tooLong, e
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}
