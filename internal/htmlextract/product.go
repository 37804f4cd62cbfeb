package htmlextract

import (
	"encoding/json"
	"strings"
	"unicode"

	"github.com/lede-news/lede/internal/model"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minProductDescription and productCoverage: see rule
// "product-description". On the WCXB dev pages the JSON-LD descriptions
// that read as the gold text run from about 80 words up; shorter ones are
// taglines or a spec line (34 to 46 words, where replacing the body lost
// more than it won). Words are counted between spaces, so that a
// percent-encoded description (one 600-byte token) is no text. On the
// same pages the roots that caught the description kept 0.71 to 1.0 of
// its words and those that missed it 0.24 to 0.40: productCoverage lies
// in the gap between.
const (
	minProductDescription = 60
	productCoverage       = 0.5
)

// productDescriptionOf returns the longest description of a schema.org
// Product declared in the page's product scripts (see productScript, noted
// in document order by scanElements), as plain text, or "": the first of
// the longest descriptions wins.
func productDescriptionOf(scripts []*html.Node) string {
	var best string
	for _, n := range scripts {
		var v any
		if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
			if d := ldProductDescription(v, 0); len(d) > len(best) {
				best = d
			}
		}
	}
	if strings.IndexByte(best, '<') >= 0 {
		best = htmlText(best)
	} else {
		best = ldUnescape(best)
	}
	return strings.TrimSpace(best)
}

// productScript reports whether n is a JSON-LD script whose text names a
// Product, the scripts productDescriptionOf reads.
func productScript(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Script {
		return false
	}
	t := n.FirstChild
	return t != nil && t.Type == html.TextNode && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") &&
		strings.Contains(t.Data, "Product")
}

// threadTypes are the schema.org types of a discussion's page, as a
// JSON-LD script names them ("@type": "QAPage").
var threadTypes = []string{`"QAPage"`, `"DiscussionForumPosting"`}

// threadScript is rule "declared-thread" on a JSON-LD script: one that
// names a discussion's type declares the page a thread, whatever the
// page's main type (x.thread from htmlmeta's Type) says. A forum's crawler
// view declares a QAPage whose question names its own date, and the
// main type read was the question's ("Question"), so the thread's rules
// stayed off: its first post lost its date line as the page's dateline
// (rule "lead-dateline") and each post kept its ordinal (rule
// "item-position").
func threadScript(n *html.Node) bool {
	t := n.FirstChild
	if t == nil || t.Type != html.TextNode || !strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
		return false
	}
	for _, w := range threadTypes {
		if strings.Contains(t.Data, w) {
			return true
		}
	}
	return false
}

// ldUnescape is rule "ld-entities": shops and CMSs write structured-data
// text through their HTML escaper ("Oilskin 6&apos;0&quot; long", "Fish
// &amp; chips"), which no JSON reader undoes; a reader sees the
// characters, not the entities. (htmlmeta's JSON-LD reader does the
// same for the articleBody it hands over; this reads the Product itself.)
func ldUnescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

// maxLDDepth bounds the walk of a JSON-LD value: a Product sits at most
// a few levels down (in an @graph list, an offer's itemOffered).
const maxLDDepth = 8

// ldProductDescription finds the longest Product description in a decoded
// JSON-LD value (objects, arrays and @graph lists).
func ldProductDescription(v any, depth int) string {
	if depth > maxLDDepth {
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

// wordCoverage is the share of the words ww (counted with multiplicity)
// that also appear in hw (both split by wordsOf).
func wordCoverage(ww, hw []string) float64 {
	if len(ww) == 0 {
		return 1
	}
	bag := make(map[string]int, 256)
	for _, w := range hw {
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

// productBodyRatio, productMaxRatio and productRegionRatio: see rule
// "product-region". On the WCXB dev pages whose root held a declared
// Product's description, the gold text ran to 1.0-1.3 times the
// description's words where the extraction held 2-4 times them (the
// seller's box, shipping terms, reviews), and to 2.5-12 times them where
// the extraction held 8 or more times them (long spec sheets and guides
// below the description, which the root rightly took in). The region may
// hold up to productRegionRatio times the description's text: the
// structured-data description is at times the shop's short summary of a
// longer one on the page (1.9 cut that one off; 2.2 to 2.5 kept it and
// nothing more on the dev pages; 3 took in the seller's box).
const (
	productBodyRatio   = 2
	productMaxRatio    = 5
	productRegionRatio = 2.4
	// productProbe: how much of the description's first line locates it
	// in the page (long enough to be unique to it, short enough to sit in
	// one text node).
	productProbe = 48
	// minProductProbe: a shorter first line ("Features:") is no evidence
	// of where the description sits.
	minProductProbe = 16
)

// productRegion is rule "product-region": on a page that declares a
// Product with a long description, when the chosen root holds that
// description and a few times more text besides (a seller's box, shipping
// and return terms, reviews), the content is the region around the
// description: its highest ancestor inside root whose text is at most
// productRegionRatio times the description's (the description with its
// heading and the highlight lines beside it), emitted alone. The last
// text node that holds the description's opening locates it. It returns
// nil when the rule does not apply. Example: a marketplace listing whose
// root took in the seller's box, delivery terms and reviews around the
// item's details.
func (x *extractor) productRegion(desc string, root *html.Node) *html.Node {
	dw := len(strings.Fields(desc))
	if dw < minProductDescription {
		return nil
	}
	text := model.JoinBlocks(x.a.Body)
	bodyWords, descWords := wordsOf(text), wordsOf(desc)
	bw, ww := len(bodyWords), len(descWords)
	if bw <= productBodyRatio*ww || bw > productMaxRatio*ww || wordCoverage(descWords, bodyWords) < productCoverage {
		return nil
	}
	line, _, _ := strings.Cut(strings.TrimSpace(desc), "\n")
	probe := model.CollapseSpace(line)
	if len(probe) < minProductProbe {
		return nil
	}
	if len(probe) > productProbe {
		probe = probe[:productProbe]
		if i := strings.LastIndexByte(probe, ' '); i > 0 {
			probe = probe[:i]
		}
	}
	var at *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if len(c.Data) >= len(probe) && strings.Contains(model.CollapseSpace(c.Data), probe) {
					at = n
				}
			case html.ElementNode:
				if ni, ok := x.get(c); ok && !ni.skip() {
					find(c)
				}
			}
		}
	}
	find(root)
	if at == nil {
		return nil
	}
	limit := int32(productRegionRatio * float64(visibleLen(desc)))
	for at != root && at.Parent != nil && x.info1(at.Parent).text <= limit {
		at = at.Parent
	}
	if at == root {
		return nil
	}
	return at
}
