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

// TestForumStartedByLanguages pins rule forumStartedBy in the languages
// of startedByLabels: a forum engine's translated "Started by NAME, date"
// line over a thread names its opening poster, a handle or capitalised
// words; a sentence of prose that opens with the same words is no
// credit, and so is a line whose label's last word runs on ("dal", not
// "da"). Invented pages.
func TestForumStartedByLanguages(t *testing.T) {
	meta := func(line string) string {
		return `<ul class="thread-meta"><li>` + line + `</li><li>12</li></ul>`
	}
	for _, tt := range []struct {
		name, body string
		want       []string
	}{
		{"German, gestartet", meta("Gestartet von Wiebke Harlander, 14.09.2026"), []string{"Wiebke Harlander"}},
		{"German, erstellt", meta("Erstellt von moorlauf_77, 3. März 2026"), []string{"moorlauf_77"}},
		{"French, lancé", meta("Lancé par Aurélien Vasseur, 14 sept. 2026"), []string{"Aurélien Vasseur"}},
		{"French, démarré", meta("Démarré par tilleul42 · 2 mars 2026"), []string{"tilleul42"}},
		{"Spanish", meta("Iniciado por Rocío Albarrán, 14 sep 2026"), []string{"Rocío Albarrán"}},
		{"Portuguese", meta("Iniciado por Joaquim Teixeira, 14/09/2026"), []string{"Joaquim Teixeira"}},
		{"Italian", meta("Iniziato da Ottavia Brancale, 14 settembre 2026"), []string{"Ottavia Brancale"}},
		{"Dutch", meta("Gestart door Maarten Vrieling, 14 sep 2026"), []string{"Maarten Vrieling"}},
		{"Polish", meta("Rozpoczęty przez Zdzisław Krawczak, 14 wrz 2026"), []string{"Zdzisław Krawczak"}},
		{"label in its own text", `<div class="starter">Gestart door <a href="/u/9">kanaalvis</a>, 2 mrt 2026</div>`, []string{"kanaalvis"}},
		{"German prose", `<p>Gestartet von zwei Freundinnen, wuchs der Laden schnell.</p>`, nil},
		{"Italian prose", `<p>Iniziato da un gruppo di studenti, il progetto ora conta cento soci.</p>`, nil},
		// "dal" is no "da": the label is a whole word.
		{"label's word run on", meta("Iniziato dal Comune, 2026"), nil},
	} {
		got := headlineAuthors(t, "", tt.body, tramText)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.name, got, tt.want)
		}
	}
}
