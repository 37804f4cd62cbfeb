package htmlmeta

import (
	"slices"
	"testing"
)

// TestForumPoster pins rules forumPosterColumn, forumUserNameClass and
// forumStartedBy: on a thread page the opening post's poster, named in a
// profile column's <dt><strong>, in a "user name" class or in a "Started
// by" line, is the author, not a replier; a glossary's <dt><strong> and a
// "Started by" sentence of prose are no credit. Invented pages.
func TestForumPoster(t *testing.T) {
	post := func(profile, body string) string {
		return `<div class="post"><dl class="postprofile">` + profile + `</dl><div class="content">` + body + `</div></div>`
	}
	for _, tt := range []struct {
		name, body string
		want       []string
	}{
		{"poster column", post(`<dt><strong><a href="/u/12">fernhollow</a></strong></dt><dd>Posts: 412</dd>`, tramText) +
			post(`<dt><strong><a href="/u/40">Quill_Basket</a></strong></dt><dd>Joined: Sat Mar 12, 2022</dd>`, "More light, less water."), []string{"fernhollow"}},
		{"user name class", `<div class="Item-Header"><span class="PostUser-name"><a href="/p/birchwick">birchwick</a></span></div><p>` + tramText + `</p>` +
			`<ul class="MessageList"><li><span class="PostUser-name">oakhand</span> Use a kit.</li></ul>`, []string{"birchwick"}},
		{"user name class, underscores", `<span class="post_user_name">birchwick</span><p>` + tramText + `</p>`, []string{"birchwick"}},
		{"started by", `<ul class="thread-meta"><li>Started by Tamsin Oduya, Sep 14, 2026</li><li>Replies: 6</li></ul>`, []string{"Tamsin Oduya"}},
		{"short prose", `<p>Started by two friends, the shop grew fast.</p>`, nil},
		{"glossary", `<dl><dt><strong>Tram</strong></dt><dd>A street railway.</dd></dl>`, nil},
		{"prose", `<p>Started by volunteers in a garage in the spring of 1998, the club now has four hundred members and a boathouse.</p>`, nil},
	} {
		got := headlineAuthors(t, "", tt.body, tramText)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestClassTokenWords pins the split of a class token into words.
func TestClassTokenWords(t *testing.T) {
	for _, tt := range []struct {
		tok  string
		want []string
	}{
		{"PostUser-name", []string{"post", "user", "name"}},
		{"post_user_name", []string{"post", "user", "name"}},
		{"username", []string{"username"}},
		{"HTMLBlock", []string{"htmlblock"}},
	} {
		if got := classTokenWords(tt.tok); !slices.Equal(got, tt.want) {
			t.Errorf("classTokenWords(%q) = %q, want %q", tt.tok, got, tt.want)
		}
	}
}
