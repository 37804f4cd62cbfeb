package htmlextract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rule "byline-label": rule "post-meta" drops a paragraph's author
// element (itemprop="author") as the page's byline, and the label before
// the name stayed: a lone "By" paragraph under a recipe's method, "Recipe
// by , the inn's cook" with a gap where the cook was. A paragraph left
// holding only a byline label (bylineWords: "By", "Von", "Autor:") and
// punctuation once its author and dates go is the byline: it goes whole.
// A name that sits mid-sentence, after a label with words around it, is
// part of the sentence: its author element stays, the sentence whole.

// maxBylineLabelText bounds the text rule "byline-label" reads in a
// paragraph: a byline line or a short credit sentence, never a story.
const maxBylineLabelText = 2 * maxLeadByline

// bylineLabelParts returns a paragraph's text outside its post-meta
// elements, split at its first author element: the text before it and
// the text after it; ok is false when the paragraph holds no author
// element or more text than maxBylineLabelText.
func (x *extractor) bylineLabelParts(p *html.Node) (before, after string, ok bool) {
	var b strings.Builder
	found := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				if b.Len() > maxBylineLabelText {
					return false
				}
			case html.ElementNode:
				prop := attr(c, "itemprop")
				if _, meta := propWords[prop]; meta && prop != "" {
					if (prop == "author" || prop == "creator") && !found {
						if x.listedWorkAuthor(c, prop) {
							return false
						}
						found = true
						before = b.String()
						b.Reset()
					}
					continue
				}
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	if !walk(p) || !found {
		return "", "", false
	}
	return before, b.String(), true
}

// bylineLabel reports whether t, trimmed of spaces and punctuation, is a
// byline label alone ("By", "Von", "Autor:"): one of bylineWords.
func bylineLabel(t string) bool {
	t = strings.ToLower(strings.TrimFunc(t, notLetterOrDigit))
	if t == "" {
		return false
	}
	return hasWord(bylineWords, t+" ") || hasWord(bylineWords, t+":")
}

func hasWord(ws []string, w string) bool {
	for _, v := range ws {
		if v == w {
			return true
		}
	}
	return false
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// labelOnlyByline reports whether paragraph p is left holding only a
// byline label once rule "post-meta" drops its author and dates (rule
// "byline-label"): it goes whole.
func (x *extractor) labelOnlyByline(p *html.Node) bool {
	if p.DataAtom != atom.P {
		return false
	}
	if !holdsAuthorProp(p) {
		return false
	}
	before, after, ok := x.bylineLabelParts(p)
	return ok && bylineLabel(before) && !hasLetter(after)
}

// holdsAuthorProp reports whether n holds an itemprop="author" (or
// "creator") element: the cheap test before rule "byline-label" reads a
// paragraph's text, since boilerOf asks it of every paragraph.
func holdsAuthorProp(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if prop := attr(c, "itemprop"); prop == "author" || prop == "creator" {
			return true
		}
		if holdsAuthorProp(c) {
			return true
		}
	}
	return false
}

// bylineSentence reports whether author element n sits mid-sentence in
// its paragraph after a byline label ("Recipe by <name>, the inn's cook"),
// so that rule "byline-label" keeps it.
func (x *extractor) bylineSentence(n *html.Node) bool {
	p := n.Parent
	if p == nil || p.DataAtom != atom.P {
		return false
	}
	before, after, ok := x.bylineLabelParts(p)
	if !ok {
		return false
	}
	words := strings.Fields(strings.ToLower(before))
	if len(words) == 0 || !bylineLabel(words[len(words)-1]) {
		return false
	}
	return len(words) > 1 || hasLetter(after)
}
