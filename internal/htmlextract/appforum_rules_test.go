package htmlextract

import (
	"encoding/json"
	"html"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"
)

// forumShell is a synthetic Discourse shell: the page's own markup (a
// splash when empty) and a data-preloaded element holding one
// "topic_<id>" member per topic, each a JSON string as Discourse writes
// it.
func forumShell(t *testing.T, title, markup string, topics ...map[string]any) string {
	t.Helper()
	pre := map[string]string{}
	for i, tp := range topics {
		b, err := json.Marshal(tp)
		if err != nil {
			t.Fatal(err)
		}
		pre["topic_"+string(rune('1'+i))] = string(b)
	}
	b, err := json.Marshal(pre)
	if err != nil {
		t.Fatal(err)
	}
	if markup == "" {
		markup = `<section id="d-splash"><p>Loading…</p></section><section id="main"></section>`
	}
	head := ""
	if title != "" {
		head = "<title>" + title + "</title>"
	}
	return `<!DOCTYPE html><html><head>` + head + `</head><body>` + markup +
		`<div class="hidden" id="data-preloaded" data-preloaded="` + html.EscapeString(string(b)) + `"></div></body></html>`
}

// forumTopic is a topic with the given posts under post_stream.
func forumTopic(title string, posts ...map[string]any) map[string]any {
	return map[string]any{"title": title, "post_stream": map[string]any{"posts": posts}}
}

// forumPostJSON is a regular post (type 1) by user with text, changed by
// the extra fields.
func forumPostJSON(user, text string, extra map[string]any) map[string]any {
	p := map[string]any{"username": user, "name": "", "created_at": "2025-06-02T10:15:00.000Z", "post_type": 1,
		"hidden": false, "deleted_at": nil, "cooked": "<p>" + text + "</p>"}
	for k, v := range extra {
		p[k] = v
	}
	return p
}

// TestForumRules pins each part of rule "app-state-discourse" that the
// thread fixture leaves untouched: which posts are kept, whose name a
// post carries, which topic is read, the title, and when the page's own
// markup text wins over the thread. Every case fails with its part of
// the rule switched off.
func TestForumRules(t *testing.T) {
	long := "The allotment committee agreed to open the new water tap by the north gate before the first frost, and members asked for a rota. "
	own := "Members may now book the communal tiller at the shed for half a day at a time, and the key hangs behind the seed cabinet on a red hook. "
	tests := []struct {
		name, title, markup string
		topics              []map[string]any
		has, lacks          []string
		wantTitle           string
		wantAuthor          string
		posts               int  // readable posts, when set
		markupKept          bool // the page's markup stays the body
	}{
		{name: "hidden post left out",
			topics: []map[string]any{forumTopic("Tap", forumPostJSON("wren", long, nil),
				forumPostJSON("flagged", "Cheap garden gnomes sold here.", map[string]any{"hidden": true}))},
			has: []string{"north gate"}, lacks: []string{"gnomes", "flagged"}},
		{name: "moderator post kept",
			topics: []map[string]any{forumTopic("Tap", forumPostJSON("wren", long, nil),
				forumPostJSON("warden_li", "Pinned until the tap is fitted.", map[string]any{"post_type": 2}))},
			has: []string{"north gate", "warden_li", "Pinned until the tap"}},
		{name: "post with no cooked text left out",
			topics: []map[string]any{forumTopic("Tap", forumPostJSON("wren", long, nil),
				map[string]any{"username": "ghostly_user", "post_type": 1, "cooked": "  "})},
			has: []string{"north gate"}, lacks: []string{"ghostly_user"}, posts: 1},
		{name: "display name when no username",
			topics:     []map[string]any{forumTopic("Tap", forumPostJSON("", long, map[string]any{"name": "Hedda Quill"}))},
			has:        []string{"Hedda Quill", "north gate"},
			wantAuthor: "Hedda Quill"},
		{name: "title from the topic when the page has none",
			topics:    []map[string]any{forumTopic("Water tap by the north gate", forumPostJSON("wren", long, nil))},
			wantTitle: "Water tap by the north gate"},
		{name: "topic with the most posts read",
			topics: []map[string]any{
				forumTopic("Small", forumPostJSON("solo", "One short note about parsnips and nothing else at all.", nil)),
				forumTopic("Tap", forumPostJSON("wren", long, nil), forumPostJSON("fenn", long+long, nil)),
				forumTopic("Other", forumPostJSON("duo", "Another short note, this one about leeks only.", nil)),
			},
			has: []string{"north gate", "fenn"}, lacks: []string{"parsnips", "leeks"}, posts: 2},
		{name: "topics of equal length: the first by key, on every run",
			topics: []map[string]any{
				forumTopic("First", forumPostJSON("wren", long, nil)),
				forumTopic("Second", forumPostJSON("fenn", long, nil)),
				forumTopic("Third", forumPostJSON("kestrel", long, nil)),
			},
			has: []string{"wren"}, lacks: []string{"fenn", "kestrel"}},
		{name: "markup holding the thread and more stays",
			title:      "Tap",
			markup:     "<main><article><h1>Tap</h1><p>wren</p><p>June 2, 2025, 10:15am</p><p>" + long + "</p><p>fenn</p><p>Thanks, see you at the gate.</p></article></main>",
			topics:     []map[string]any{forumTopic("Tap", forumPostJSON("wren", long, nil))},
			markupKept: true},
		{name: "markup longer than the thread stays",
			title:  "Shed notes",
			markup: "<main><article><h1>Shed notes</h1><p>" + own + "</p><p>" + own + "</p></article></main>",
			topics: []map[string]any{forumTopic("Tap", forumPostJSON("wren", "A short reply about the tap.", nil))},
			has:    []string{"communal tiller"}, lacks: []string{"short reply about the tap"}, markupKept: true},
		{name: "markup text the thread does not cover stays unless twice as long",
			title:  "Shed notes",
			markup: "<main><article><h1>Shed notes</h1><p>" + own + "</p></article></main>",
			topics: []map[string]any{forumTopic("Tap", forumPostJSON("wren", long, nil))},
			has:    []string{"communal tiller"}, lacks: []string{"north gate"}, markupKept: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := forumShell(t, tc.title, tc.markup, tc.topics...)
			a, err := Extract(page, Options{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if tc.posts > 0 {
				doc, err := nethtml.Parse(strings.NewReader(page))
				if err != nil {
					t.Fatal(err)
				}
				if _, posts := discourseThread(doc); len(posts) != tc.posts {
					t.Errorf("%d posts read, want %d: %+v", len(posts), tc.posts, posts)
				}
			}
			if fromState := strings.Contains(strings.Join(a.Warnings, "\n"), "discourse"); fromState == tc.markupKept {
				t.Errorf("body from the thread: %v, want %v (%q)", fromState, !tc.markupKept, a.Text)
			}
			for _, s := range tc.has {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q: %q", s, a.Text)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(a.Text, s) {
					t.Errorf("text holds %q: %q", s, a.Text)
				}
			}
			if tc.wantTitle != "" && a.Title != tc.wantTitle {
				t.Errorf("title %q, want %q", a.Title, tc.wantTitle)
			}
			if tc.wantAuthor != "" && (len(a.Authors) != 1 || a.Authors[0] != tc.wantAuthor) {
				t.Errorf("authors %q, want %q", a.Authors, tc.wantAuthor)
			}
		})
	}
}

// TestForumPreloadDepth: the preload is looked for no deeper than
// maxDepth, so a hostile page nesting its elements without end costs a
// bounded walk; a preload under a few wrappers is found.
func TestForumPreloadDepth(t *testing.T) {
	page := forumShell(t, "", "", forumTopic("Tap", forumPostJSON("wren", "A note on the tap.", nil)))
	for _, tc := range []struct {
		wrap  int
		found bool
	}{{3, true}, {maxDepth + 10, false}} {
		i := strings.Index(page, `<div class="hidden" id="data-preloaded"`)
		j := i + strings.Index(page[i:], "</div>") + len("</div>")
		p := page[:i] + strings.Repeat("<div>", tc.wrap) + page[i:j] + strings.Repeat("</div>", tc.wrap) + page[j:]
		doc, err := nethtml.Parse(strings.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		if _, posts := discourseThread(doc); (len(posts) == 1) != tc.found {
			t.Errorf("%d wrappers: %d posts read, found %v wanted", tc.wrap, len(posts), tc.found)
		}
	}
}
