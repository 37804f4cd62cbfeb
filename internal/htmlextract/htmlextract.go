// Package htmlextract is Lede's HTML engine: it finds a page's main content,
// keeps its structure, and reads its metadata, embeds and media.
package htmlextract

import (
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
)

// Options for the HTML engine.
type Options struct {
	// URL is the page's URL, if known.
	URL string
	// Comments keeps reader comments in Article.Comments.
	Comments bool
	// Now bounds dates: none may lie after it. Zero means time.Now().
	Now time.Time
}

// Extract turns one HTML page (already decoded to UTF-8) into an Article.
func Extract(page string, opts Options) (*model.Article, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, err
	}
	a := &model.Article{URL: opts.URL}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "nav", "footer", "header", "aside", "noscript":
				return
			case "title":
				if n.FirstChild != nil && a.Title == "" {
					a.Title = strings.TrimSpace(n.FirstChild.Data)
				}
				return
			case "p", "h1", "h2", "h3", "li", "blockquote":
				var sb strings.Builder
				collect(n, &sb)
				if t := strings.Join(strings.Fields(sb.String()), " "); t != "" {
					a.Body = append(a.Body, model.Block{Kind: model.KindParagraph, Text: t})
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(a.Body) == 0 {
		return a, model.ErrNoContent
	}
	a.Text = model.JoinBlocks(a.Body)
	return a, nil
}

func collect(n *html.Node, sb *strings.Builder) {
	if n.Type == html.TextNode {
		sb.WriteString(n.Data)
		sb.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		collect(c, sb)
	}
}
