package ingest

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// minFeedContent is the length (bytes of HTML) from which a feed item's own
// content is kept as a fallback page: a teaser of a sentence or two (under
// ~300 bytes) is no article.
const minFeedContent = 300

// readFeed emits one item per feed entry: its page to fetch, with the
// entry's own content as a fallback (or as the item itself with NoFollow).
func (r *Reader) readFeed(ctx context.Context, name, base string, data []byte, emit emitFunc) error {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return emit(Item{Name: name, Err: fmt.Errorf("%w: feed: %v", ErrFormat, err)})
	}
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		link := resolve(base, it.Link)
		label := link
		if label == "" {
			label = fmt.Sprintf("%s#item%d", name, i+1)
		}
		content := it.Content
		if len(content) < len(it.Description) {
			content = it.Description
		}
		var page []byte
		if len(content) >= minFeedContent || (link == "" && content != "") {
			page = feedPage(feed, it, content)
		}
		var item Item
		switch {
		case link != "" && !r.NoFollow:
			item = Item{Name: label, URL: link, Fetch: true, Fallback: page}
		case page != nil:
			item = Item{Name: label, URL: link, Data: page, ContentType: "text/html; charset=utf-8"}
		case link != "":
			// With NoFollow a linked entry whose own text is a teaser is no
			// article; saying it has no link (as before) misled.
			item = Item{Name: label, Err: fmt.Errorf("%w: feed entry has under %d bytes of content and its link is not followed (--no-follow)", ErrFormat, minFeedContent)}
		default:
			item = Item{Name: label, Err: fmt.Errorf("%w: feed entry has neither a link nor content", ErrFormat)}
		}
		if it.PublishedParsed != nil {
			item.Fetched = it.PublishedParsed.UTC()
		}
		if err := emit(item); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// feedPage wraps a feed entry's content as an HTML page whose head carries
// the entry's title, author, date and the feed's name, so extraction finds
// them as it would on the article's own page.
func feedPage(feed *gofeed.Feed, it *gofeed.Item, content string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
	fmt.Fprintf(&b, "<title>%s</title>", html.EscapeString(it.Title))
	meta := func(attr, key, val string) {
		if val != "" {
			fmt.Fprintf(&b, `<meta %s="%s" content="%s">`, attr, key, html.EscapeString(val))
		}
	}
	meta("property", "og:title", it.Title)
	meta("property", "og:site_name", feed.Title)
	if it.PublishedParsed != nil {
		meta("property", "article:published_time", it.PublishedParsed.Format(time.RFC3339))
	}
	if it.UpdatedParsed != nil {
		meta("property", "article:modified_time", it.UpdatedParsed.Format(time.RFC3339))
	}
	var authors []string
	for _, a := range it.Authors {
		if a != nil && a.Name != "" {
			authors = append(authors, a.Name)
		}
	}
	meta("name", "author", strings.Join(authors, ", "))
	if it.Link != "" {
		fmt.Fprintf(&b, `<link rel="canonical" href="%s">`, html.EscapeString(it.Link))
	}
	fmt.Fprintf(&b, "</head><body><article><h1>%s</h1>\n", html.EscapeString(it.Title))
	if !strings.Contains(content, "<") {
		// Plain text content: paragraphs at blank lines.
		for _, p := range strings.Split(content, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
			}
		}
	} else {
		b.WriteString(content)
	}
	b.WriteString("\n</article></body></html>\n")
	return []byte(b.String())
}
