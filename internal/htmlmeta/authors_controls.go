package htmlmeta

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// creditControlCut is rule bylineControlLink: a byline line often sets,
// after the writer's name, a link or a button of its own: the magazine
// issue the story ran in, a PDF, a print or listen button (<p>By <a
// href="/writers/ivo-stark">Ivo Stark</a> &nbsp; <a
// href="https://issues.example/2031-04">Download PDF</a></p>). Read as one
// string, the control's label is glued to the name: "Ivo Stark Download
// PDF" was taken as two writers, and "Ivo Stark View in the spring issue"
// as none, the byline lost. A link or a button labelled as a control
// (controlLabel) that follows a credit already holding a name, with only
// white space between (no comma, "and" or "&" joining a co-writer), ends
// the credit; a following link into the same folder as the name's link
// (/writers/ivo-stark then /writers/lena-marsh) is a co-writer set apart
// by style, and is kept, written with a comma before it as rule
// authorItemNames reads such names. It returns the line up to the control,
// or "" when n's children hold no such control.
func creditControlCut(n *html.Node) string {
	var sb strings.Builder
	nameDir := ""      // the folder of the last link read, "" before any
	afterLink := false // only space since the last link
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode:
			sb.WriteString(ch.Data)
			afterLink = afterLink && strings.TrimSpace(strings.ReplaceAll(ch.Data, "\u00a0", " ")) == ""
			continue
		case ch.Type != html.ElementNode:
			continue
		}
		t := textOf(ch, maxCandidateText)
		if ch.Data == "a" || ch.Data == "button" {
			raw := sb.String()
			so := clean(raw)
			spaced := raw != "" && strings.TrimRight(raw, " \t\r\n\u00a0") != raw
			if opensWith(so, creditStartFirst) && creditStart.MatchString(so) && !creditJoinerEnd.MatchString(so) &&
				(spaced || afterLink) && (nameDir == "" || linkDir(attr(ch, "href")) != nameDir) && controlLabel(t) {
				return so
			}
			if ch.Data == "a" {
				if afterLink && strings.TrimSpace(t) != "" {
					sb.WriteString(", ")
				}
				nameDir = linkDir(attr(ch, "href"))
				if nameDir == "" {
					nameDir = "-" // a link without a folder: any other differs
				}
				sb.WriteString(t)
				afterLink = strings.TrimSpace(t) != ""
				continue
			}
		}
		sb.WriteString(t)
		afterLink = false
		if sb.Len() > maxCandidateText*2 {
			return ""
		}
	}
	return ""
}

// controlLabel reports whether a link's or a button's text is a control's
// label, not a co-writer's name: no person's name (itemPerson), or a name
// shape holding a control word ("Download PDF", "Print Article"). A
// co-writer linked to a profile elsewhere (<a href="https://social.example/
// lena">Lena Marsh</a>) reads as a person and stays.
func controlLabel(t string) bool {
	t = clean(t)
	if t == "" {
		return false
	}
	if !itemPerson(t) {
		return true
	}
	for w := range strings.FieldsSeq(strings.ToLower(t)) {
		if controlWords[w] {
			return true
		}
	}
	return false
}

// controlWords are the words of a byline's control labels that a name
// shape may hold: the rest (share, follow, email, view, read) are
// noiseWords, which no person's name holds (personName).
var controlWords = map[string]bool{
	"download": true, "pdf": true, "print": true, "listen": true, "audio": true, "issue": true,
	"edition": true, "subscribe": true, "contact": true, "save": true, "bookmark": true,
	"podcast": true, "magazine": true, "article": true, "story": true, "gift": true,
}

// creditJoiners are the marks and the words that join a co-writer's name
// to the credit before it, as regexp alternatives, for creditJoinerEnd
// and creditJoinerStart.
const (
	creditJoinerMarks = `[,;&/+|]`
	creditJoinerWords = `and|und|et|y|e|en|i|with|mit|avec|con|oraz|og|och`
)

// creditJoinerEnd matches a credit whose last word or mark joins the next
// name to it ("By Ivo Stark and", "Von Ivo Stark,"): the link after it is
// a co-writer.
var creditJoinerEnd = regexp.MustCompile(`(?i)(?:` + creditJoinerMarks + `|(?:^|\s)(?:` + creditJoinerWords + `))$`)

// creditJoinerStart matches a line that opens with a joining word or mark
// ("and Tomas Veil", "& Tomas Veil"): it continues the line before it.
var creditJoinerStart = regexp.MustCompile(`(?i)^(?:` + creditJoinerMarks + `|(?:` + creditJoinerWords + `)(?:\s|$))`)

// linkDir is the folder of a link's address: the address up to its last
// slash, without a query, a fragment or a closing slash
// ("https://a.example/writers/ivo-stark/" gives
// "https://a.example/writers"); "" for no address.
func linkDir(href string) string {
	href = strings.TrimSpace(href)
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	href = strings.TrimRight(href, "/")
	if i := strings.LastIndexByte(href, '/'); i >= 0 {
		return href[:i]
	}
	return ""
}
