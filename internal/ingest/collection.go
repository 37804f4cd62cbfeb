package ingest

import (
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
		// Rule json-then-text over as much of the source as lede ingest
		// peeks at (jsonHead): a text opening with a page's JSON or a
		// "{VIDEO}" marker is a text to both.
		if !jsonlName(name) && jsonThenText(trimLead(data[:min(len(data), jsonHead)])) {
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
