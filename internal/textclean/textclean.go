// Package textclean is the plain-text path: it turns text as a web text
// extractor left it (headline line, one block per line, calls to action,
// flattened social posts, donation appeals) into a clean Article.
package textclean

import (
	"strings"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// Options for the text path.
type Options struct {
	// URL is the article's original URL, if known.
	URL string
	// Now bounds dates: none may lie after it. Zero means time.Now().
	Now time.Time
}

// Extract cleans one plain-text article.
func Extract(text string, opts Options) (*model.Article, error) {
	a := &model.Article{URL: opts.URL}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if a.Title == "" {
			a.Title = line
			continue
		}
		a.Body = append(a.Body, model.Block{Kind: model.KindParagraph, Text: line})
	}
	a.Text = model.JoinBlocks(a.Body)
	return a, nil
}
