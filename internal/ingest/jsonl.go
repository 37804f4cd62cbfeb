package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	// Fetched (or Date) is when the page was captured, RFC 3339.
	Fetched string `json:"fetched"`
	Date    string `json:"date"`
}

// ParseJSONLine reads one JSON line into an item (Name left to the caller).
func ParseJSONLine(line []byte) (Item, error) {
	var j JSONLine
	if err := json.Unmarshal(line, &j); err != nil {
		return Item{}, fmt.Errorf("%w: JSON line: %v", ErrFormat, err)
	}
	it := Item{URL: j.URL, ContentType: j.ContentType}
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
	return it, nil
}

// readJSONL emits one item per line; a bad or oversized line is an item error.
func (r *Reader) readJSONL(ctx context.Context, path string, br *bufio.Reader, emit emitFunc) error {
	max := r.maxBytes()
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, max)
		if len(line) == 0 && !tooLong && errors.Is(err, io.EOF) {
			return nil
		}
		name := fmt.Sprintf("%s:%d", path, n)
		var item Item
		switch {
		case tooLong:
			item = Item{Name: name, Err: fmt.Errorf("%w: line over the %s cap (--max-bytes raises it)", model.ErrTooLarge, fetch.ByteSize(max))}
		case len(trimSpace(line)) == 0:
			item.Name = ""
		default:
			it, perr := ParseJSONLine(line)
			if perr != nil {
				it = Item{Err: perr}
			}
			it.Name = name
			if it.Err == nil && it.URL != "" {
				it.Name = it.URL
			}
			item = it
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
