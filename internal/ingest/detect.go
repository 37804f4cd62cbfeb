package ingest

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"strings"
)

// Detect names the format of a source from its name and first bytes. The
// content wins over the extension where they disagree, except that a
// .jsonl/.ndjson name always means JSON lines. head is the first SniffLen
// bytes (all of a shorter source).
func Detect(name string, head []byte) Kind {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz"):
		return KindWARC
	case jsonlName(lower):
		return KindJSONL
	}
	if isGzip(head) {
		// Peek inside: a WARC.gz under another name, or a gzipped sitemap/feed.
		if zr, err := gzip.NewReader(bytes.NewReader(head)); err == nil {
			inner := make([]byte, 512)
			n, _ := io.ReadFull(zr, inner)
			if bytes.HasPrefix(inner[:n], []byte("WARC/")) {
				return KindWARC
			}
		}
		return KindPage // readFile gunzips and detects again
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return KindWARC
	}
	t := trimLead(head)
	if jsonArrayOfObjects(t) {
		if jsonThenText(t) {
			return KindPage
		}
		return KindJSONL // read as a stream of JSON values (readJSONL)
	}
	if len(t) > 0 && t[0] == '{' {
		if bytes.Contains(head, []byte("jsonfeed.org/version")) {
			return KindFeed
		}
		if jsonThenText(t) {
			return KindPage
		}
		return KindJSONL
	}
	if root := xmlRoot(t); root != "" {
		switch root {
		case "urlset", "sitemapindex":
			return KindSitemap
		case "rss", "feed", "rdf:rdf", "rdf":
			return KindFeed
		}
		return KindPage
	}
	if looksLikeURLList(t) {
		return KindURLList
	}
	return KindPage
}

// xmlRoot returns the lower-cased name of the first element of an XML
// document (after the declaration, comments, doctype and processing
// instructions), or "" when the text does not start with markup.
func xmlRoot(t []byte) string {
	for len(t) > 0 {
		t = bytes.TrimLeft(t, " \t\r\n")
		if len(t) == 0 || t[0] != '<' {
			return ""
		}
		switch {
		case bytes.HasPrefix(t, []byte("<?")):
			i := bytes.Index(t, []byte("?>"))
			if i < 0 {
				return ""
			}
			t = t[i+2:]
		case bytes.HasPrefix(t, []byte("<!--")):
			i := bytes.Index(t, []byte("-->"))
			if i < 0 {
				return ""
			}
			t = t[i+3:]
		case bytes.HasPrefix(t, []byte("<!")):
			i := bytes.IndexByte(t, '>')
			if i < 0 {
				return ""
			}
			t = t[i+1:]
		default:
			end := bytes.IndexAny(t[1:], " \t\r\n/>")
			if end < 0 {
				return strings.ToLower(string(t[1:]))
			}
			name := strings.ToLower(string(t[1 : 1+end]))
			// A namespace prefix on the root (<s:urlset>) keeps its local name.
			if i := strings.IndexByte(name, ':'); i >= 0 && name != "rdf:rdf" {
				name = name[i+1:]
			}
			return name
		}
	}
	return ""
}

// looksLikeURLList reports whether the head is a list of URLs: at least one
// line is a bare http(s) URL and at least two thirds of the non-empty,
// non-comment lines are (a list with a stray typo is still a list; an
// article that opens with a link is not, its paragraphs outnumber it).
func looksLikeURLList(t []byte) bool {
	lines := strings.Split(string(t), "\n")
	if len(lines) > 1 && len(t) >= SniffLen-1 {
		lines = lines[:len(lines)-1]
	}
	urls, other := 0, 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if isURL(l) && !strings.ContainsAny(l, " \t") {
			urls++
		} else {
			other++
		}
	}
	return urls >= 1 && other*2 <= urls
}

// jsonArrayOfObjects reports whether t opens a JSON array of objects ("[",
// then "{"), the shape scrapers and exporters write records in; a text
// opening with "[" ("[Video] ...") does not.
func jsonArrayOfObjects(t []byte) bool {
	if len(t) == 0 || t[0] != '[' {
		return false
	}
	t = bytes.TrimLeft(t[1:], " \t\r\n")
	return len(t) > 0 && t[0] == '{'
}

// utf8BOM is the byte-order mark a UTF-8 file may open with.
var utf8BOM = []byte("\xef\xbb\xbf")

// trimLead drops a byte-order mark and the white space after it: where a
// source's content begins.
func trimLead(b []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(b, utf8BOM), " \t\r\n")
}

// jsonThenText is rule json-then-text: a source that opens with "{" or
// "[" is JSON records only when its first value is followed by nothing or
// by another value. A text that opens with a page's JSON blob (a
// schema.org object copied with the page) and goes on in prose, or with
// a braced marker ("{VIDEO} ..."), is one text: lede ingest read it as
// JSON records, each part a malformed item, while lede extract read it as
// a text. Both now ask this (NotACollection too). It answers from t alone
// (a source's head): a first value that runs past t, as a long JSON line
// does, stays records; so does one that breaks after its first member (a
// record cut or mistyped: its error is the item's), and one that breaks
// sooner when a later whole line of t is a JSON object (JSON lines whose
// first line is bad).
func jsonThenText(t []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(t))
	var v json.RawMessage
	err := dec.Decode(&v)
	var syn *json.SyntaxError
	switch {
	case err == nil:
		// A stray line after the first record (a log line in JSON
		// lines) leaves records records: a later line is one again.
		rest := bytes.TrimLeft(t[dec.InputOffset():], " \t\r\n")
		return len(rest) > 0 && rest[0] != '{' && rest[0] != '[' && !laterJSONLine(rest)
	case !errors.As(err, &syn):
		return false // cut by the head's end
	}
	// A first member is a key and its value, three tokens after the "{"
	// (an array's first object's "{" is one more).
	whole := 3
	if t[0] == '[' {
		whole = 4
	}
	dec = json.NewDecoder(bytes.NewReader(t))
	for range whole {
		if _, err := dec.Token(); err != nil {
			return !laterJSONLine(t)
		}
	}
	return false
}

// jsonlName reports whether a source's name says JSON lines (.jsonl,
// .ndjson), which the content does not overrule.
func jsonlName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

// jsonHead is how much of a source opening with JSON rule json-then-text
// reads (Detect's head is shorter): the bufio reader's size in readFrom,
// room for a page's JSON blob.
const jsonHead = 64 << 10

// laterJSONLine reports whether a line of t after its first, the last
// left out (a head may cut it), is a whole JSON object: t is JSON lines,
// whatever its first line is. A pretty-printed record has no such line
// (its members end in commas), nor has a text.
func laterJSONLine(t []byte) bool {
	lines := bytes.Split(t, []byte("\n"))
	for _, l := range lines[1:max(1, len(lines)-1)] {
		if l = bytes.TrimSpace(l); len(l) > 0 && l[0] == '{' && json.Valid(l) {
			return true
		}
	}
	return false
}
