package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// NotACollection refuses, as rule not-a-collection, an input that is
// a collection of articles rather than one: a WARC, JSON records, a feed, a
// sitemap or a list of URLs, told by Detect. Read as
// one page, a feed became a record titled with the channel's name and a
// WARC the first page of the crawl, with no word that anything was wrong.
func NotACollection(name string, data []byte) error {
	what := ""
	switch Detect(name, data[:min(len(data), SniffLen)]) {
	case KindWARC:
		what = "a WARC archive"
	case KindJSONL:
		// By content, a text opening with "{" (a "{VIDEO}" marker) is still
		// a text: JSON records open with a whole JSON value.
		line, _, _ := bytes.Cut(bytes.TrimSpace(data), []byte("\n"))
		if !json.Valid(line) && !startsWithJSONValue(data) {
			return nil
		}
		what = "JSON records"
	case KindFeed:
		what = "an RSS, Atom or JSON feed"
	case KindSitemap:
		what = "a sitemap"
	case KindURLList:
		if len(strings.Fields(string(data[:min(len(data), SniffLen)]))) < 2 {
			return nil // one bare URL is text: a post's address becomes an embed
		}
		return fmt.Errorf("a list of URLs, not an article: give the URLs to lede extract, or the file to lede ingest")
	default:
		return nil
	}
	return fmt.Errorf("%s, not an article: lede ingest reads it", what)
}

// startsWithJSONValue reports whether data opens with a whole JSON value
// written over lines (a pretty-printed record, an array of them) followed
// by nothing or by another value: records for lede ingest (rule
// json-values), not a text. A text that opens with a page's JSON and goes
// on in words is a text.
func startsWithJSONValue(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	var v json.RawMessage
	if dec.Decode(&v) != nil {
		return false
	}
	rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n")
	return len(rest) == 0 || rest[0] == '{' || rest[0] == '['
}
