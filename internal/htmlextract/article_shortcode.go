package htmlextract

import (
	"bytes"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// maxShortcode bounds rule "shortcode-line": a shortcode with its
// attributes (a video player's id, title and description) runs to a few
// hundred bytes.
const maxShortcode = 600

// shortcodeLine reports whether t is one unrendered shortcode of a
// publishing system: "[name key=value ...]" with attributes,
// "[/name]" closing one, or "[NAME_OF_MODULE]" in capitals with an
// underscore. A bracketed word alone ("[Service]", a configuration
// file's section; "[Chorus]", a lyric's part) is text.
func shortcodeLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 3 || len(t) > maxShortcode || t[0] != '[' || t[len(t)-1] != ']' || strings.Count(t, "[") != 1 {
		return false
	}
	in := t[1 : len(t)-1]
	name, attrs, _ := strings.Cut(in, " ")
	closing := strings.HasPrefix(name, "/")
	name = strings.TrimPrefix(name, "/")
	if name == "" || !shortcodeName(name) {
		return false
	}
	switch {
	case closing:
		return attrs == ""
	case attrs != "":
		return strings.Contains(attrs, "=")
	default:
		return strings.Contains(name, "_") && strings.ToUpper(name) == name
	}
}

// shortcodeName reports whether s is a shortcode's name: a letter, then
// letters, digits, "_" and "-".
func shortcodeName(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '_' || r == '-'):
		default:
			return false
		}
	}
	return true
}

// codeSpan reports whether the inline buffer's text, all of it, was
// written by the last <code>, <kbd> or <samp> element (rule
// "code-shortcode"), and forgets that element: flush calls it once per
// block.
func (x *extractor) codeSpan() bool {
	from, to := x.codeFrom, x.codeTo
	x.codeFrom, x.codeTo = 0, 0
	if to == 0 || to > len(x.buf) || from >= to {
		return false
	}
	return blankBuf(x.buf[:from]) && blankBuf(x.buf[to:]) && !blankBuf(x.buf[from:to])
}

// blankBuf reports whether b trims to nothing (trimBlock(b) == ""),
// without building the trimmed text.
func blankBuf(b []byte) bool {
	return len(bytes.Trim(b, " \n")) == 0
}

// noteCodeLine is rule "code-shortcode": a paragraph whose whole text sat
// in <code>, <kbd> or <samp> is a sample the author set as code (a
// tutorial showing the shortcode to type, "<p><code>[gallery
// ids=...]</code></p>"), not a shortcode the templates failed to render:
// rule "shortcode-line" keeps it as it keeps preformatted blocks. Only a
// block that reads as a shortcode is noted.
func (x *extractor) noteCodeLine(t string) {
	if !shortcodeLine(t) {
		return
	}
	if x.codeLines == nil {
		x.codeLines = make(map[string]bool)
	}
	x.codeLines[t] = true
}

// dropShortcodes is rule "shortcode-line": a paragraph that is one
// unrendered shortcode (shortcodeLine) is an instruction to the site's
// templates that a saved or syndicated copy shows as it was typed (a
// newsletter form, a video player, a call-to-action module), not text.
// Preformatted blocks (a tutorial on shortcodes) keep theirs, and so do
// paragraphs set in code (rule "code-shortcode", see noteCodeLine).
func (x *extractor) dropShortcodes() {
	a := x.a
	for i := 0; i < len(a.Body); {
		if a.Body[i].Kind == model.KindParagraph && shortcodeLine(a.Body[i].Text) && !x.codeLines[a.Body[i].Text] {
			x.dropBlock(i, model.RemovedOther, "shortcode-line")
			continue
		}
		i++
	}
}
