package htmlmeta

import (
	"strings"

	"golang.org/x/net/html"
)

// breakFields is rule bylineBreakFields: a byline that sets its fields on
// lines of their own with <br> (<p class="byline">By Ada Quell<br>Transport
// Correspondent</p>, <div class="author">Ada Quell<br>Tomas Veil</div>)
// was read as one line, the fields glued by a space: the job title's
// first word stayed on the name ("Ada Quell Transport", the rest cut as a
// job title) and two writers on two lines read as one four-word name. A
// line break between two fields separates them as a bar does ("Ada Quell
// | Transport Correspondent"), which the credit rules cut at. A break
// after a joining word or mark ("By Ada Quell and<br>Tomas Veil", "Von:<br>
// Ada Quell") or before one continues the line. It returns n's text with
// the breaks read so, or "" when n has no such break among its children.
func breakFields(n *html.Node) string {
	var sb strings.Builder
	broke := false
	pending := false // a <br> read, its separator not yet written
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		var t string
		switch {
		case ch.Type == html.TextNode:
			t = ch.Data
		case ch.Type != html.ElementNode || textSkipped(ch.Data):
			continue
		case ch.Data == "br":
			pending = true
			continue
		default:
			t = textOf(ch, maxCandidateText)
			if !inlineFormatting(ch.Data) {
				t = " " + t + " "
			}
		}
		if strings.TrimSpace(t) == "" {
			sb.WriteString(t)
			continue
		}
		if pending {
			pending = false
			before := clean(sb.String())
			if before != "" && !strings.HasSuffix(before, ":") && !creditJoinerEnd.MatchString(before) &&
				!creditJoinerStart.MatchString(clean(t)) {
				sb.WriteString(" | ")
				broke = true
			} else {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(t)
		if sb.Len() > maxCandidateText*2 {
			return ""
		}
	}
	if !broke {
		return ""
	}
	return clean(sb.String())
}

// creditField is rule bylineCreditField: a byline whose credit sits in an
// element of its own, the fields after it in sibling elements
// (<div><span>By Ada Quell</span><span>Orvania Policy Institute</span>
// </div>), read as one line glued the writer's name to the next field
// ("Ada Quell Orvania Policy Institute", one five-word name). When a child
// element's text is a whole credit (a credit word and a name of two words
// or more: creditStart) and text follows in later siblings, the credit is
// that element's text alone; a later field joined to it by a conjunction
// ("<span>and Tomas Veil</span>") continues it. It returns "" when n has
// no such child.
func creditField(n *html.Node) string {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode || textSkipped(ch.Data) || inlineFormatting(ch.Data) {
			if ch.Type == html.TextNode && strings.TrimSpace(ch.Data) != "" {
				return "" // the credit opens in loose text
			}
			continue
		}
		t := clean(textOf(ch, maxCandidateText))
		if t == "" {
			continue
		}
		if !opensWith(t, creditStartFirst) || !creditStart.MatchString(t) || len(strings.Fields(t)) < 3 || creditJoinerEnd.MatchString(t) {
			return ""
		}
		rest := ""
		for sib := ch.NextSibling; sib != nil && rest == ""; sib = sib.NextSibling {
			rest = clean(textOf(sib, maxCandidateText))
		}
		if rest == "" || creditJoinerStart.MatchString(rest) {
			return ""
		}
		return t
	}
	return ""
}
