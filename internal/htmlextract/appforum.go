package htmlextract

import (
	"encoding/json"
	"fmt"
	"html"
	"maps"
	"slices"
	"strings"
	"time"

	nethtml "golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
)

// Rule "app-state-discourse": a Discourse forum sends browsers an Ember
// shell (a splash of loading dots, an empty <section id="main">) and the
// thread as JSON in an attribute, Discourse's documented preload:
// <div id="data-preloaded" data-preloaded="{&quot;topic_123&quot;:
// &quot;{\&quot;post_stream\&quot;:{\&quot;posts\&quot;:[...]}}&quot;}">,
// an object whose "topic_<id>" member is a JSON string holding the topic,
// each post with its "cooked" HTML, "username", "name" and "created_at".
// Crawlers get a server-rendered view of the same posts; a page saved
// from a browser has only the shell, and the markup then gives the
// splash or the meta description's excerpt of the first post. When the
// markup gave little (fromAppState's appStateScanBelow), the body is the
// thread as a reader sees it: each post's author and date, then its
// cooked HTML run through the extractor, posts in order. That is what
// the WCXB gold keeps for a Discourse thread's crawler view (each post
// "user / date / text"). With Options.Comments the first post is the
// body and the replies go to Article.Comments with author and date.
//
// The thread is read by the platform's format, not by site: any page
// holding a data-preloaded element with a topic post stream.

const (
	// maxForumPosts bounds the posts read from one topic (Discourse
	// preloads the first 20 of a topic; a hostile page may hold more).
	maxForumPosts = 1000
	// forumDateLayout is how Discourse's crawler view writes a post's
	// date ("March 14, 2025, 9:05am", in UTC; the layout's "pm" writes
	// the lower-case am/pm itself).
	forumDateLayout = "January 2, 2006, 3:04pm"
)

// discourseTopic is the part of a preloaded Discourse topic read here.
type discourseTopic struct {
	Title      string `json:"title"`
	PostStream struct {
		Posts []discoursePost `json:"posts"`
	} `json:"post_stream"`
}

// discoursePost is one post of a topic's post stream.
type discoursePost struct {
	Username  string `json:"username"`
	Name      string `json:"name"`
	CreatedAt string `json:"created_at"`
	Cooked    string `json:"cooked"`
	// PostType: 1 regular, 2 moderator action, 3 small action ("closed
	// this topic"), 4 whisper (staff only).
	PostType  int     `json:"post_type"`
	Hidden    bool    `json:"hidden"`
	DeletedAt *string `json:"deleted_at"`
}

// forumPost is a post as rule "app-state-discourse" emits it.
type forumPost struct {
	author, date, html string
	when               time.Time
}

// discourseThread finds the page's Discourse preload and returns the
// topic's title and its readable posts in order; nothing when the page
// has no preload, an empty one (a shell whose preload was left out), or
// no topic in it.
func discourseThread(doc *nethtml.Node) (title string, posts []forumPost) {
	raw := preloadedAttr(doc, 0)
	if raw == "" || len(raw) > maxAppStateScript || !strings.Contains(raw, "post_stream") {
		return "", nil
	}
	var top map[string]json.RawMessage
	if json.Unmarshal([]byte(raw), &top) != nil {
		return "", nil
	}
	// Keys in order: on a tie the first topic wins on every run (map
	// order would pick one at random).
	for _, k := range slices.Sorted(maps.Keys(top)) {
		if !strings.HasPrefix(k, "topic_") {
			continue
		}
		var s string
		if json.Unmarshal(top[k], &s) != nil {
			continue
		}
		var t discourseTopic
		if json.Unmarshal([]byte(s), &t) != nil {
			continue
		}
		ps := readablePosts(t.PostStream.Posts)
		if len(ps) > len(posts) {
			title, posts = t.Title, ps
		}
	}
	return title, posts
}

// readablePosts keeps the posts a reader sees as the thread: regular and
// moderator posts with text, not hidden, deleted, whispers or small
// actions (which hold no cooked text, only an action code).
func readablePosts(in []discoursePost) []forumPost {
	var out []forumPost
	for _, p := range in {
		if len(out) == maxForumPosts {
			break
		}
		if strings.TrimSpace(p.Cooked) == "" || p.Hidden || p.DeletedAt != nil || (p.PostType != 1 && p.PostType != 2) {
			continue
		}
		fp := forumPost{author: p.Username, html: p.Cooked}
		if fp.author == "" {
			fp.author = p.Name
		}
		if t, err := time.Parse(time.RFC3339, p.CreatedAt); err == nil {
			fp.when = t.UTC()
			fp.date = fp.when.Format(forumDateLayout)
		}
		out = append(out, fp)
	}
	return out
}

// preloadedAttr is the data-preloaded attribute of the page's
// id="data-preloaded" element (the parser has undone its entities),
// looked for no deeper than maxDepth like the other app state walks
// (Discourse puts it a few levels under <body>).
func preloadedAttr(n *nethtml.Node, depth int) string {
	if n.Type == nethtml.ElementNode && attr(n, "id") == "data-preloaded" {
		return attr(n, "data-preloaded")
	}
	if depth >= maxDepth {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if v := preloadedAttr(c, depth+1); v != "" {
			return v
		}
	}
	return ""
}

// threadHTML is the posts as one page: each post's author and date on
// their own lines, then its cooked HTML.
func threadHTML(posts []forumPost) string {
	var b strings.Builder
	b.WriteString("<html><body><main>")
	for _, p := range posts {
		b.WriteString("<div>")
		if p.author != "" {
			fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p.author))
		}
		if p.date != "" {
			fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p.date))
		}
		b.WriteString(p.html)
		b.WriteString("</div>")
	}
	b.WriteString("</main></body></html>")
	return b.String()
}

// fromForumState applies rule "app-state-discourse" and reports whether
// the body is now the thread's. have is the markup body's visible size.
func (x *extractor) fromForumState(doc *nethtml.Node, have int) bool {
	title, posts := discourseThread(doc)
	if len(posts) == 0 {
		return false
	}
	opts := x.opts
	opts.inner = true
	opts.Comments = false
	body := posts
	if x.opts.Comments {
		body = posts[:1]
	}
	inner, err := Extract(threadHTML(body), opts)
	if err != nil || inner == nil {
		return false
	}
	got := blocksLen(inner.Body)
	a := x.a
	// The thread replaces the markup when it holds more: a shell's
	// markup is a splash, or the meta description's excerpt of the first
	// post (which the thread covers). A markup text of its own that the
	// thread does not cover stays unless the thread is appStateRatio times
	// longer (as rule "app-state").
	if got <= have {
		return false
	}
	if have > 0 && float64(got) <= appStateRatio*float64(have) &&
		wordCoverage(wordsOf(model.JoinBlocks(a.Body)), wordsOf(model.JoinBlocks(inner.Body))) < appStateCoverage {
		return false
	}
	a.Body = append(a.Body[:0], inner.Body...)
	if x.opts.Comments {
		x.forumComments(posts[1:], opts)
	}
	a.Warnings = append(a.Warnings, appStateWarning(have, "discourse data-preloaded"))
	if a.Title == "" && title != "" {
		a.Title = title
	}
	if len(a.Authors) == 0 && posts[0].author != "" {
		a.Authors = []string{posts[0].author}
	}
	if a.Dates.Published == nil && !posts[0].when.IsZero() {
		a.Dates.Published = &model.Date{Value: posts[0].when.Format(time.RFC3339), Evidence: "app state discourse created_at"}
	}
	return true
}

// forumComments puts the replies in Article.Comments, each post's text
// as the extractor reads its cooked HTML.
func (x *extractor) forumComments(replies []forumPost, opts Options) {
	for _, p := range replies {
		c, err := Extract("<html><body><main>"+p.html+"</main></body></html>", opts)
		if err != nil || c == nil || len(c.Body) == 0 {
			continue
		}
		d := ""
		if !p.when.IsZero() {
			d = p.when.Format(time.RFC3339)
		}
		x.a.Comments = append(x.a.Comments, model.Comment{Author: p.author, Date: d, Text: model.JoinBlocks(c.Body)})
	}
}
