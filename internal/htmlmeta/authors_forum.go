package htmlmeta

import (
	"strings"
	"unicode"

	"github.com/lede-news/lede/internal/model"
	"golang.org/x/net/html"
)

// takeForumPoster reads a forum thread's first poster where the forum
// engine's markup names the poster in a way no byline rule reads; the
// first such credit of the page is the opening post's, the later ones are
// repliers', so only the first is taken:
//   - Rule forumPosterColumn: a post's profile column is a <dl> whose
//     <dt> holds the poster's name in <strong> and whose <dd>s give the
//     poster's count of posts or join date ("Posts: 412").
//   - Rule forumUserNameClass: a class whose words, split at hyphens,
//     underscores and camelCase humps, read "user name" in a row
//     ("PostUser-name", "post_user_name"): the poster's name.
//   - Rule forumStartedBy: a thread's heading line "Started by NAME, date"
//     (or its translation: startedByLabels).
func (c *collector) takeForumPoster(n *html.Node, class string) {
	var t string
	switch {
	case n.Data == "dt":
		t = posterColumn(n)
	case class != "" && userNameClass(class):
		t, _ = shortText(n)
	case n.Data == "li" || n.Data == "span" || n.Data == "div" || n.Data == "p":
		t = startedBy(n)
	}
	if t = clean(t); t == "" || len(t) > maxPosterName {
		return
	}
	c.bylines = append(c.bylines, bylineCand{text: t, order: c.order})
	c.forumPoster = true
}

// maxPosterName: a forum's poster name is a handle or a person's name,
// not a line of text.
const maxPosterName = 40

// posterColumn is rule forumPosterColumn: the <strong> name of a <dt>
// whose <dl> has a <dd> with a forum profile label (posterLabels).
func posterColumn(dt *html.Node) string {
	dl := dt.Parent
	if dl == nil || dl.Data != "dl" {
		return ""
	}
	var strong *html.Node
	for ch := dt.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode {
			if ch.Data == "strong" || ch.Data == "b" {
				strong = ch
			}
			break
		}
	}
	if strong == nil {
		return ""
	}
	for dd := dl.FirstChild; dd != nil; dd = dd.NextSibling {
		if dd.Type != html.ElementNode || dd.Data != "dd" {
			continue
		}
		if t, ok := shortText(dd); ok && hasAnyPrefix(strings.ToLower(t), posterLabels) {
			s, _ := shortText(strong)
			return s
		}
	}
	return ""
}

// posterLabels open a forum profile column's lines: the poster's count
// of posts, join date, rank points.
var posterLabels = []string{"posts:", "joined:", "registered:", "messages:", "reputation:", "beiträge:", "registriert:", "messages :", "inscrit"}

// userNameClass is rule forumUserNameClass: some class token of class (as
// written) has the words "user" and "name" in a row, split at hyphens,
// underscores and camelCase humps. It runs on every classed element of a
// page without a poster yet, so it builds nothing: the words are read in
// place (classWords), and only a class holding "user" at all is split.
func userNameClass(class string) bool {
	if !userWord.inFolded(class) {
		return false
	}
	for tok := range strings.FieldsSeq(class) {
		prev, found := "", false
		classWords(tok, func(w string) bool {
			found = strings.EqualFold(prev, "user") && strings.EqualFold(w, "name")
			prev = w
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// userWord: userNameClass's first test.
var userWord = newWordSet("user")

// classWords calls f with each word of a class token, as written, split
// at hyphens, underscores and camelCase humps ("PostUser-name" → Post,
// User, name), until f returns false.
func classWords(tok string, f func(w string) bool) {
	start := 0
	prevLower := false
	for i, r := range tok {
		switch {
		case r == '-' || r == '_':
			if i > start && !f(tok[start:i]) {
				return
			}
			start, prevLower = i+1, false
			continue
		case unicode.IsUpper(r) && prevLower:
			if !f(tok[start:i]) {
				return
			}
			start = i
		}
		prevLower = unicode.IsLower(r)
	}
	if start < len(tok) {
		f(tok[start:])
	}
}

// classTokenWords is classWords' words, lower-cased, in a slice.
func classTokenWords(tok string) []string {
	var words []string
	classWords(tok, func(w string) bool {
		words = append(words, strings.ToLower(w))
		return true
	})
	return words
}

// startedBy is rule forumStartedBy: a leaf line "Started by NAME, date"
// (or "NAME · date") names the thread's opening poster, in English or in
// another language of a forum engine's translations (startedByLabels).
func startedBy(n *html.Node) string {
	// The line opens with its label, in the element's first text: most
	// elements are ruled out here, before their text is built.
	ch := n.FirstChild
	if ch == nil || ch.Type != html.TextNode || startedByLabel(strings.TrimSpace(ch.Data)) == "" || !isLeafish(n) {
		return ""
	}
	t, ok := shortText(n)
	if !ok {
		return ""
	}
	label := startedByLabel(t)
	if label == "" || len(t) <= len(label)+1 {
		return ""
	}
	name := t[len(label)+1:]
	if i := strings.IndexAny(name, ",·|"); i >= 0 {
		name = name[:i]
	}
	name = strings.TrimSpace(name)
	// A poster's handle is one word; a person's name has capitals. Prose
	// ("Started by two friends, the shop ...") has neither.
	words := strings.Fields(name)
	for _, w := range words {
		if len(words) > 1 && !model.StartsUpper(w) {
			return ""
		}
	}
	return name
}

// startedByLabels: "started by" as the forum engines' translations most
// read print it above a thread, lower-case: German, French, Spanish and
// Portuguese, Italian, Dutch, Polish.
var startedByLabels = []string{
	"started by",
	"gestartet von", "erstellt von",
	"lancé par", "démarré par",
	"iniciado por",
	"iniziato da",
	"gestart door",
	"rozpoczęty przez",
}

// startedByLabel returns the label of startedByLabels that s is or opens
// with, followed by a space, folding case; or "".
func startedByLabel(s string) string {
	for _, l := range startedByLabels {
		if hasFoldPrefix(s, l) && (len(s) == len(l) || s[len(l)] == ' ') {
			return l
		}
	}
	return ""
}

// hasFoldPrefix reports whether s starts with prefix (lower-case ASCII),
// folding case.
func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
