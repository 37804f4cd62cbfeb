package ingest_test

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/ingest"
)

// TestNotACollection: rule not-a-collection refuses, by content, each kind
// of collection lede ingest reads, and lets a page or a text through, even
// one that opens like a collection (one bare URL, a "{" marker).
func TestNotACollection(t *testing.T) {
	tests := []struct {
		name, data, want string // want: a part of the error, "" for none
	}{
		{"page", "<!doctype html><html><head><title>Pier repairs</title></head><body><p>The pier reopens in May.</p></body></html>", ""},
		{"text", "Pier repairs\n\nThe pier reopens in May after a winter of work.\n", ""},
		{"marker text", "{VIDEO} Pier repairs\n\nThe pier reopens in May.\n", ""},
		{"one URL", "https://pier.example/news/reopening\n", ""},
		{"URL list", "https://pier.example/a\nhttps://pier.example/b\n", "a list of URLs, not an article"},
		{"JSON lines", "{\"id\": \"1\", \"text\": \"The pier reopens.\"}\n{\"id\": \"2\", \"text\": \"Boats return.\"}\n", "JSON records, not an article"},
		{"pretty record", "{\n  \"schema_version\": 1,\n  \"text\": \"The pier reopens.\"\n}\n", "JSON records, not an article"},
		{"record array", "[\n  {\"text\": \"The pier reopens.\"}\n]", "JSON records, not an article"},
		{"text after JSON", "{\n\"widget\": 1}\nFailed to load results. Shop all headphones.\n", ""},
		{"braced text", "{\nVIDEO} Pier repairs\n\nThe pier reopens in May.\n", ""},
		{"feed", `<?xml version="1.0"?><rss version="2.0"><channel><title>Pier News</title><item><title>A</title><link>https://pier.example/a</link></item></channel></rss>`, "feed, not an article"},
		{"sitemap", `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://pier.example/a</loc></url></urlset>`, "a sitemap, not an article"},
		{"WARC", "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n", "a WARC archive, not an article"},
	}
	for _, tt := range tests {
		err := ingest.NotACollection("", []byte(tt.data))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: refused: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}
