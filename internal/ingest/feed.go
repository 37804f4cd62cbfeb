package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lede-news/lede/internal/model"
)

// minFeedContent is the length (bytes of HTML) from which a feed item's own
// content is kept as a fallback page: a teaser of a sentence or two (under
// ~300 bytes) is no article.
const minFeedContent = 300

// readFeed emits one item per feed entry: its page to fetch, with the
// entry's own content as a fallback (or as the item itself with NoFollow).
func (r *Reader) readFeed(ctx context.Context, name, base string, data []byte, emit emitFunc) error {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	broken := false // salvaged, the break inside the last entry
	if err != nil {
		// Rule salvage-json-feed for a JSON Feed, salvageFeed for RSS
		// and Atom (it read a JSON Feed's XML too, for nothing).
		var salvaged *gofeed.Feed
		lastCut := false
		if t := trimLead(data); len(t) > 0 && t[0] == '{' {
			salvaged = salvageJSONFeed(data)
		} else {
			salvaged, lastCut = salvageFeed(data)
		}
		if len(salvaged.Items) == 0 {
			return emit(Item{Name: name, Err: fmt.Errorf("%w: feed: %v", ErrFormat, err)})
		}
		// The break is reported (the feed counts as failed) and the entries
		// before it go on: a cut download still gives its first stories.
		n := len(salvaged.Items)
		if err := emit(Item{Name: name, Err: fmt.Errorf("%w: feed: %v (the %d %s before the break %s read)", ErrFormat, err, n, plural(n, "entry", "entries"), plural(n, "is", "are"))}); err != nil {
			return err
		}
		feed = salvaged
		broken = lastCut
	}
	if len(feed.Items) == 0 {
		return emit(Item{Name: name, Err: fmt.Errorf("%w: the feed has no entries", model.ErrEmpty)})
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
			// article; saying it has no link (as before) misled. Rule
			// feed-entry-no-content: this entry and the next are counted
			// as no content found, not as a malformed source: the feed is
			// well formed, and the summary sent the user looking for a
			// fault in it.
			item = Item{Name: label, Err: fmt.Errorf("%w: feed entry has under %d bytes of content and its link is not followed (--no-follow)", model.ErrNoContent, minFeedContent)}
		default:
			item = Item{Name: label, Err: fmt.Errorf("%w: feed entry has neither a link nor content", model.ErrNoContent)}
		}
		if it.PublishedParsed != nil {
			item.Fetched = it.PublishedParsed.UTC()
		}
		// The entry the break cuts off may end early: its own content
		// is marked cut (a page fetched for it is whole; run.go).
		item.Cut = broken && i == len(feed.Items)-1 && page != nil
		if err := emit(item); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// cutFeedFooter drops the paragraph a blog platform closes each entry of
// its feed with, which the article's page does not show: WordPress's
// "<p>The post <a>Title</a> appeared first on <a>Site</a>.</p>".
func cutFeedFooter(content string) string {
	body := strings.TrimRight(content, " \t\r\n")
	i := strings.LastIndex(body, "<p")
	if i < 0 || !strings.HasSuffix(body, "</p>") {
		return content
	}
	last := body[i:]
	if j := strings.IndexByte(last, '>'); j < 0 || !strings.HasPrefix(strings.TrimSpace(last[j+1:]), "The post ") ||
		!strings.Contains(last, " appeared first on ") || strings.Count(last, "</p>") != 1 {
		return content
	}
	return body[:i]
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
		b.WriteString(cutFeedFooter(content))
	}
	b.WriteString("\n</article></body></html>\n")
	return []byte(b.String())
}

// plural is one or many by n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// salvageJSONFeed is rule salvage-json-feed, salvageFeed's counterpart
// for a JSON Feed that breaks (a download cut short): it keeps the
// entries decoded whole before the break, read by gofeed as a whole feed
// holding only them would be; the entry the break cuts is dropped (its
// JSON cannot be read). A cut JSON feed failed whole, its first stories
// lost. An empty feed when nothing before the break is an entry.
func salvageJSONFeed(data []byte) *gofeed.Feed {
	empty := &gofeed.Feed{}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return empty
	}
	top := map[string]json.RawMessage{}
	var items []json.RawMessage
read:
	for dec.More() {
		k, err := dec.Token()
		key, ok := k.(string)
		if err != nil || !ok {
			break
		}
		if key != "items" {
			var v json.RawMessage
			if dec.Decode(&v) != nil {
				break
			}
			top[key] = v
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			break
		}
		for dec.More() {
			var v json.RawMessage
			if dec.Decode(&v) != nil {
				break read
			}
			items = append(items, v)
		}
		if _, err := dec.Token(); err != nil {
			break
		}
	}
	if len(items) == 0 {
		return empty
	}
	top["items"], _ = json.Marshal(items)
	whole, err := json.Marshal(top)
	if err != nil {
		return empty
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(whole))
	if err != nil {
		return empty
	}
	return feed
}

// salvageFeedDates are the date layouts salvageFeed reads: RSS's RFC 822
// forms and Atom's RFC 3339.
var salvageFeedDates = []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC3339}

// salvageFeed reads the entries of an RSS or Atom feed whose XML breaks (a
// download cut short, a stray "&" or an unclosed tag): gofeed gives up on
// the whole feed, this keeps every entry read before the break (and the one
// the break cuts, when its link was read). It reads title, link, content,
// summary and date, which is what readFeed uses. lastCut says the last
// entry is the one the break cuts (its end tag never came).
func salvageFeed(data []byte) (feed *gofeed.Feed, lastCut bool) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	feed = &gofeed.Feed{}
	var (
		cur   *gofeed.Item
		field string // the element whose text is being read
		text  strings.Builder
	)
	set := func(it *gofeed.Item, field, v string) {
		v = strings.TrimSpace(v)
		if v == "" { // an empty <media:content/> or <link/> says nothing
			return
		}
		switch field {
		case "title":
			it.Title = v
		case "link":
			if it.Link == "" {
				it.Link = v
			}
		case "description", "summary":
			it.Description = v
		case "content", "encoded":
			it.Content = v
		case "pubdate", "published", "date", "updated":
			for _, layout := range salvageFeedDates {
				if t, err := time.Parse(layout, v); err == nil {
					it.PublishedParsed = &t
					break
				}
			}
		}
	}
	for {
		off := d.InputOffset()
		tok, err := d.Token()
		if err != nil {
			// A break inside a CDATA section (HTML content as most feeds
			// carry it) gives no text token at all: rule salvage-cut-body
			// below reads what the section holds up to the break.
			if rest := data[min(off, int64(len(data))):]; field != "" && bytes.HasPrefix(rest, []byte("<![CDATA[")) {
				text.Write(rest[len("<![CDATA["):])
			}
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			switch {
			case name == "item" || name == "entry":
				cur, field = &gofeed.Item{}, ""
			case cur == nil:
				if name == "title" && feed.Title == "" {
					field = "feedtitle"
					text.Reset()
				}
			case field != "":
				// Markup inside a text element (unescaped HTML): its text counts.
			case name == "link":
				// Atom's <link href=...>: the page is the one with no rel
				// or rel="alternate" (not "self", "enclosure" ...).
				href, hasHref, rel := "", false, ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "href":
						if !hasHref {
							href, hasHref = a.Value, true
						}
					case "rel":
						rel = a.Value
					}
				}
				if hasHref && cur.Link == "" && (rel == "" || rel == "alternate") {
					cur.Link = strings.TrimSpace(href)
				}
				field = name
				text.Reset()
			case name == "title", name == "description", name == "summary", name == "content", name == "encoded",
				name == "pubdate", name == "published", name == "date", name == "updated":
				field = name
				text.Reset()
			}
		case xml.CharData:
			if field != "" {
				text.Write(t)
			}
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			switch {
			case cur != nil && (name == "item" || name == "entry"):
				if field != "" {
					set(cur, field, text.String())
				}
				feed.Items = append(feed.Items, cur)
				cur, field = nil, ""
			case field == "feedtitle" && name == "title":
				feed.Title = strings.TrimSpace(text.String())
				field = ""
			case cur != nil && name == field:
				set(cur, field, text.String())
				field = ""
			}
		}
	}
	if cur != nil && cur.Link != "" {
		switch field {
		case "content", "encoded", "description", "summary":
			// Rule salvage-cut-body: the text of the body element the
			// break cuts (a <content:encoded> whose end never came) is
			// kept: the start of the article beats its teaser, and the
			// entry is marked cut, so it never replaces a complete copy
			// stored. A cut title or date is not (a wrong one is worse
			// than none).
			set(cur, field, text.String())
		}
		feed.Items = append(feed.Items, cur)
		return feed, true
	}
	return feed, false
}
