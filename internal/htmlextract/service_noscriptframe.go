package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rule "noscript-frame": a tag manager's fallback pixel is an <iframe> in
// a <noscript>, and pages written in JSX close it the XML way
// (<noscript><iframe src="/pixel" height="0" width="0" /></noscript>).
// HTML knows no self-closed iframe: its content is raw text up to
// </iframe>. A browser running scripts never reads the noscript's
// markup, but the parser here reads it as markup (so that a lazy page's
// <noscript><img> counts), and such an iframe swallowed the rest of the
// page as text: a service page with the pixel at the top of its body kept
// a banner and lost every section below. The rule parses what the iframe
// swallowed after the noscript's end tag again, as the body's markup, and
// puts it back after the noscript.
const noscriptEnd = "</noscript>"

// restoreSwallowed is rule "noscript-frame" on a parsed document.
func restoreSwallowed(doc *html.Node) {
	var frames []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Iframe {
				if t := c.FirstChild; t != nil && t.Type == html.TextNode && strings.Contains(t.Data, noscriptEnd) {
					frames = append(frames, c)
				}
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	for _, f := range frames {
		t := f.FirstChild
		i := strings.Index(t.Data, noscriptEnd)
		rest := t.Data[i+len(noscriptEnd):]
		t.Data = t.Data[:i]
		// After the noscript that holds the frame, or after the frame
		// where the parser closed that noscript already (one in the head).
		at := f
		for p := f.Parent; p != nil; p = p.Parent {
			if p.DataAtom == atom.Noscript {
				at = p
				break
			}
		}
		if at.Parent == nil {
			continue
		}
		context := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
		nodes, err := html.ParseFragmentWithOptions(strings.NewReader(rest), context, html.ParseOptionEnableScripting(false))
		if err != nil {
			continue
		}
		next := at.NextSibling
		for _, n := range nodes {
			at.Parent.InsertBefore(n, next)
		}
	}
}
