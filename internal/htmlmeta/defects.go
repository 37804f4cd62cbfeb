package htmlmeta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rules that keep output defects out of the metadata: values a page
// escaped twice or wrote as markup, and other shapes no reader sees.

// plainMetaText is a description, section or tag as a reader would read
// it.
//
// Rule plainMetaText: some pages escape their meta contents twice or put
// the article's HTML in them: content="&lt;p&gt;The council met.&lt;/p&gt;"
// parses as "<p>The council met.</p>", and content="Pots &amp;amp; pans"
// as "Pots &amp; pans". The entities left are decoded, and a value with
// markup (a closing tag or a tag with attributes) is read as an HTML
// fragment's text. A lone "<table>" with no closing tag is prose about
// the tag and stays ("The <table> element holds rows").
func plainMetaText(s string) string {
	if strings.IndexByte(s, '&') >= 0 && strings.IndexByte(s, ';') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, '<') >= 0 && looksLikeMarkup(s) {
		if nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}); err == nil {
			var sb strings.Builder
			for _, n := range nodes {
				sb.WriteString(textOf(n, len(s)))
				sb.WriteByte(' ')
			}
			s = sb.String()
		}
	}
	return clean(s)
}

// looksLikeMarkup reports whether s holds HTML markup rather than prose
// naming a tag: a closing tag ("</p>", "</a>"), a tag with attributes
// ("<a href=", "<img src="), a line break, or a paragraph or division
// tag at its start (a value cut before the tag closes: "<p>The
// council met on").
func looksLikeMarkup(s string) bool {
	for _, p := range markupLeads {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	if strings.Contains(s, "<br>") || strings.Contains(s, "<br/>") || strings.Contains(s, "<br />") {
		return true
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		if s[i+1] == '/' && isASCIILetter(s[i+2]) {
			return true
		}
		if isASCIILetter(s[i+1]) {
			j := i + 1
			for j < len(s) && (isASCIILetter(s[j]) || (s[j] >= '0' && s[j] <= '9')) {
				j++
			}
			if j+1 < len(s) && s[j] == ' ' {
				if k := strings.IndexByte(s[j:], '>'); k > 0 && strings.Contains(s[j:j+k], "=") {
					return true
				}
			}
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// markupLeads open a value that is markup (looksLikeMarkup).
var markupLeads = []string{"<p>", "<p ", "<div>", "<div ", "<span>", "<span "}
