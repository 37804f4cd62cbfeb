package ingest

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// maxSitemapEntries is the sitemap protocol's limit of URLs per file.
const maxSitemapEntries = 50000

// SitemapEntry is one <url> of a sitemap.
type SitemapEntry struct {
	Loc     string
	LastMod string
}

type sitemapXML struct {
	XMLName xml.Name
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// ParseSitemap reads a sitemap (<urlset>) or sitemap index (<sitemapindex>):
// the pages it lists and the child sitemaps. Locations are trimmed; empty
// ones are dropped; more than the protocol's 50,000 entries is an error.
func ParseSitemap(data []byte) (pages []SitemapEntry, children []string, err error) {
	var doc sitemapXML
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) {
		return r, nil // sitemaps are UTF-8 by the protocol; accept a mislabelled one as is
	}
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, fmt.Errorf("%w: sitemap XML: %v", ErrFormat, err)
	}
	switch strings.ToLower(doc.XMLName.Local) {
	case "urlset", "sitemapindex":
	default:
		return nil, nil, fmt.Errorf("%w: not a sitemap (root <%s>)", ErrFormat, doc.XMLName.Local)
	}
	if len(doc.URLs)+len(doc.Sitemaps) > maxSitemapEntries {
		return nil, nil, fmt.Errorf("%w: sitemap lists %d entries, over the protocol's %d", ErrFormat, len(doc.URLs)+len(doc.Sitemaps), maxSitemapEntries)
	}
	for _, u := range doc.URLs {
		if loc := strings.TrimSpace(u.Loc); loc != "" {
			pages = append(pages, SitemapEntry{Loc: loc, LastMod: strings.TrimSpace(u.LastMod)})
		}
	}
	for _, s := range doc.Sitemaps {
		if loc := strings.TrimSpace(s.Loc); loc != "" {
			children = append(children, loc)
		}
	}
	return pages, children, nil
}

// readSitemap emits the sitemap's pages to be fetched and follows its child
// sitemaps, refusing loops and overly deep chains.
func (r *Reader) readSitemap(ctx context.Context, name, base string, data []byte, emit emitFunc, seen map[string]bool, depth int) error {
	seen[name] = true
	if base != "" {
		seen[base] = true
	}
	pages, children, err := ParseSitemap(data)
	if err != nil {
		return emit(Item{Name: name, Err: err})
	}
	if len(pages)+len(children) == 0 {
		// Said, not passed over: "ingested 0, failed 0" left the user
		// guessing why nothing came (an empty <urlset>, <loc>s nested
		// where the protocol does not put them).
		return emit(Item{Name: name, Err: fmt.Errorf("%w: the sitemap lists no pages and no child sitemaps", model.ErrEmpty)})
	}
	for _, p := range pages {
		u := resolve(base, p.Loc)
		if u == "" {
			if err := emit(Item{Name: name, Err: fmt.Errorf("%w: sitemap entry %q is not an http(s) URL", ErrFormat, clip(p.Loc, 80))}); err != nil {
				return err
			}
			continue
		}
		if err := emit(Item{Name: u, URL: u, Fetch: true, Changed: parseLastMod(p.LastMod)}); err != nil {
			return err
		}
	}
	for _, c := range children {
		u := resolve(base, c)
		switch {
		case u == "":
			err = emit(Item{Name: name, Err: fmt.Errorf("%w: child sitemap %q is not an http(s) URL", ErrFormat, clip(c, 80))})
		case seen[u]:
			err = emit(Item{Name: u, URL: u, Err: fmt.Errorf("%w: %s is already being read (listed in %s)", ErrLoop, u, name)})
		case depth+1 > maxSitemapDepth:
			err = emit(Item{Name: u, URL: u, Err: fmt.Errorf("%w: sitemap indexes nested over %d deep", ErrFormat, maxSitemapDepth)})
		default:
			seen[u] = true
			err = r.readURL(ctx, u, emit, seen, depth+1)
		}
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// parseLastMod reads a sitemap <lastmod>: W3C datetime, a date or a full
// timestamp; zero when absent or unreadable.
func parseLastMod(v string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
