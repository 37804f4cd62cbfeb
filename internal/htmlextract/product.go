package htmlextract

import (
	"encoding/json"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minProductDescription and productCoverage: see rule
// "product-description". On the WCXB dev pages the JSON-LD descriptions
// that read as the gold text run from about 80 words up; shorter ones are
// taglines or a spec line (34 to 46 words, where replacing the body lost
// more than it won). Words are counted between spaces, so that a
// percent-encoded description (one 600-byte token) is no text. A root that caught the
// product's description keeps at least 0.7 of its words (the pages that
// did kept 0.71 to 1.0); the roots that missed it kept 0.24 to 0.40.
const (
	minProductDescription = 60
	productCoverage       = 0.5
)

// productDescription returns the longest description of a schema.org
// Product declared in the page's JSON-LD, as plain text, or "".
func productDescription(doc *html.Node) string {
	var best string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			if t := n.FirstChild; t != nil && t.Type == html.TextNode && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") &&
				strings.Contains(t.Data, "Product") {
				var v any
				if json.Unmarshal([]byte(t.Data), &v) == nil {
					if d := ldProductDescription(v, 0); len(d) > len(best) {
						best = d
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if strings.IndexByte(best, '<') >= 0 {
		best = htmlText(best)
	}
	return strings.TrimSpace(best)
}

// ldProductDescription finds the longest Product description in a decoded
// JSON-LD value (objects, arrays and @graph lists).
func ldProductDescription(v any, depth int) string {
	if depth > 8 {
		return ""
	}
	var best string
	switch o := v.(type) {
	case map[string]any:
		isProduct := false
		switch t := o["@type"].(type) {
		case string:
			isProduct = t == "Product" || strings.HasSuffix(t, "/Product")
		case []any:
			for _, e := range t {
				if s, _ := e.(string); s == "Product" {
					isProduct = true
				}
			}
		}
		if d, ok := o["description"].(string); ok && isProduct {
			best = d
		}
		for _, e := range o {
			if d := ldProductDescription(e, depth+1); len(d) > len(best) {
				best = d
			}
		}
	case []any:
		for _, e := range o {
			if d := ldProductDescription(e, depth+1); len(d) > len(best) {
				best = d
			}
		}
	}
	return best
}

// htmlText is the text of an HTML fragment, block tags as line breaks.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return html.UnescapeString(b.String())
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); isBlockTag(a) || a == atom.Br {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
	}
}

// wordsOf splits s into lower-cased words (letters and digits).
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}

// wordCoverage is the share of want's words (counted with multiplicity)
// that have also appear in have.
func wordCoverage(want, have string) float64 {
	ww := wordsOf(want)
	if len(ww) == 0 {
		return 1
	}
	bag := make(map[string]int, 256)
	for _, w := range wordsOf(have) {
		bag[w]++
	}
	hit := 0
	for _, w := range ww {
		if bag[w] > 0 {
			bag[w]--
			hit++
		}
	}
	return float64(hit) / float64(len(ww))
}
