package htmlextract

import "testing"

// articleRunPost is one post of an invented forum thread in the markup of
// forum software that sets each post in an <article> built alike.
func articleRunPost(id, author, text string) string {
	return `<article class="message message--post js-post" data-author="` + author + `" id="js-post-` + id + `">
<div class="message-inner"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/` + author + `/" class="username">` + author + `</a></h4></div>
<div class="message-cell message-cell--main"><header class="message-attribution"><a href="/threads/starter-smell.901/post-` + id + `" class="message-attribution-gadget">#` + id[len(id)-1:] + `</a></header>
<div class="message-content"><article class="message-body"><div class="bbWrapper">` + text + `</div></article></div>
<footer class="message-footer"><a href="/posts/` + id + `/react" class="reaction">Like</a> <a href="/threads/starter-smell.901/reply?quote=` + id + `">Reply</a></footer></div></div></article>`
}

// TestArticleRun: rule "article-run". A thread that declares nothing, its
// question shorter than its one reply, each post an <article> built
// alike: the search stays above the posts, and the question is kept.
func TestArticleRun(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Sourdough starter smells of nail varnish | Crumb and Crust Bakers</title></head><body>
<header class="p-header"><a href="/">Crumb and Crust Bakers</a></header>
<nav class="p-nav"><a href="/">Forums</a> <a href="/whats-new/">New posts</a></nav>
<div class="p-body"><h1 class="p-title-value">Sourdough starter smells of nail varnish</h1>
<div class="block block--messages"><div class="block-body">` +
		articleRunPost("3301", "wenna", "My rye starter is three weeks old and since Sunday it smells sharply of nail varnish remover. It still doubles in about six hours. Is it ruined?") +
		articleRunPost("3302", "bramble_k", "Just hungry. That smell is the yeast running out of food. Feed it twice a day at one part starter to five of flour and water for a few days and the smell will go back to sour apples.") +
		`</div></div></div>
<footer class="p-footer"><a href="/misc/contact">Contact us</a></footer></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "three weeks old", "the thread's question", true)
	checkKept(t, a, "back to sour apples", "the reply", true)
}
