package textclean

import (
	"strings"

	"github.com/lede-news/lede/internal/boilerplate"
	"github.com/lede-news/lede/internal/model"
)

// Markdown is what several extractors and reader services emit instead of
// bare text: "# Headline", "[link text](url)", "![alt](picture)", "**By
// Jane Roe**". The markdown rules turn it back into the plain text the rest
// of the path reads: links become their text, pictures become media records
// (with the caption and credit of the line under them), and emphasis around
// a whole line or a bold phrase is dropped.

// isMarkdown is the markdown rule's trigger: the text holds a markdown link
// or picture ("](http", "](/"). Plain text almost never does.
func isMarkdown(text string) bool {
	return strings.Contains(text, "](http") || strings.Contains(text, "](/")
}

// unmarkdownTitle drops the "# " of a markdown headline.
func unmarkdownTitle(title string) string {
	if level, text, ok := markdownHeading(title); ok && level == 1 {
		return text
	}
	return mdInline(title)
}

// unmarkdownLines rewrites the lines of a markdown text: picture lines leave
// the text for a.Media (a caption-and-credit line right under a picture is
// its caption: "*Pickets at the gate. Photo: Jane Roe*"), other lines lose
// their link targets and emphasis.
func unmarkdownLines(a *model.Article, lines []string) []string {
	out := lines[:0:0]
	for i := 0; i < len(lines); i++ {
		img, ok := mdImage(lines[i])
		if !ok {
			// A line of nothing but an empty link ("[]()") or emphasis
			// markers leaves nothing: it is dropped, as the parser reads
			// non-empty lines only (it made an empty paragraph). So is a
			// list item of nothing else ("- []()"): its bare marker made a
			// paragraph "-".
			if item, _, ok := listItem(lines[i]); ok && mdInline(item) == "" {
				continue
			}
			if l := dropEmptyLines(mdInline(lines[i])); l != "" {
				out = append(out, l)
			}
			continue
		}
		if i+1 < len(lines) {
			next := mdInline(lines[i+1])
			if caption, credit, ok := captionCredit(next); ok {
				img.Caption, img.Credit = caption, credit
				a.Removed = append(a.Removed, model.Removed{Kind: model.RemovedImageCredit, Text: next, Rule: "caption-credit"})
				i++
			} else if kind, rule, ok := boilerplate.Classify(next); ok && kind == model.RemovedImageCredit {
				img.Credit = creditOf(next)
				a.Removed = append(a.Removed, model.Removed{Kind: kind, Text: next, Rule: rule})
				i++
			}
		}
		a.Media.Images = append(a.Media.Images, img)
	}
	return out
}

// dropEmptyLines removes the empty lines of a block of several lines.
func dropEmptyLines(block string) string {
	if !strings.Contains(block, "\n\n") {
		return block
	}
	parts := strings.Split(block, "\n")
	kept := parts[:0]
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n")
}

// mdImage reads a line that is one markdown picture, "![alt](url)" or a
// linked picture "[![alt](url)](link)"; the alt text is its caption until a
// caption line says otherwise.
func mdImage(line string) (model.Image, bool) {
	s := strings.TrimSpace(line)
	if strings.HasPrefix(s, "[![") {
		if k := strings.LastIndex(s, "]("); k > 0 && strings.HasSuffix(s, ")") {
			s = s[1:k]
		}
	}
	if !strings.HasPrefix(s, "![") || !strings.HasSuffix(s, ")") {
		return model.Image{}, false
	}
	k := strings.Index(s, "](")
	if k < 0 {
		return model.Image{}, false
	}
	alt, url := s[2:k], s[k+2:len(s)-1]
	if strings.ContainsAny(url, " \t") {
		// a title after the URL: ![alt](url "title")
		url = url[:strings.IndexAny(url, " \t")]
	}
	if url == "" || strings.Contains(alt, "](") {
		return model.Image{}, false
	}
	return model.Image{URL: url, Caption: strings.TrimSpace(alt)}, true
}

// mdInline drops markdown from one line: "[text](url)" becomes "text" (a
// link whose text is its URL stays the URL, so bare post URLs still become
// embeds), inline pictures go, "**bold**" and "__bold__" lose their
// markers, and a line wholly in emphasis ("*caption*", "**By Jane Roe**")
// is unwrapped.
func mdInline(line string) string {
	if strings.Contains(line, "](") {
		line = stripLinks(line)
	}
	for _, m := range []string{"**", "__"} {
		if n := strings.Count(line, m); n >= 2 && n%2 == 0 {
			line = strings.ReplaceAll(line, m, "")
		}
	}
	for _, m := range []string{"*", "_"} {
		if len(line) > 2 && strings.HasPrefix(line, m) && strings.HasSuffix(line, m) && !strings.HasPrefix(line, m+" ") {
			line = line[1 : len(line)-1]
		}
	}
	return strings.TrimSpace(line)
}

// stripLinks rewrites every "[text](target)" of s as "text" and drops
// inline pictures "![alt](src)".
func stripLinks(s string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		mid := strings.Index(s[open:], "](")
		if mid < 0 {
			break
		}
		mid += open
		end := strings.IndexByte(s[mid:], ')')
		if end < 0 {
			break
		}
		end += mid
		text := s[open+1 : mid]
		if strings.Contains(text, "[") {
			// a nested bracket: leave this one, go on after it
			b.WriteString(s[:open+1])
			s = s[open+1:]
			continue
		}
		pre := s[:open]
		if strings.HasSuffix(pre, "!") {
			pre, text = pre[:len(pre)-1], "" // an inline picture
		}
		b.WriteString(pre)
		b.WriteString(text)
		s = s[end+1:]
	}
	b.WriteString(s)
	return b.String()
}
