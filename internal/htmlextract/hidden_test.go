package htmlextract

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestStandardsHidden: text a page hides from readers by HTML's and
// ARIA's own means stays out of the body, wherever it sits in the
// article: a <dialog> (isJunkTag), a container with role="dialog" (rule
// "role"), an element with the hidden or popover attribute or an inline
// display:none (rule "hidden"). Each case's text is a sentence of prose, which the
// body would keep were it shown.
func TestStandardsHidden(t *testing.T) {
	body := points(6)
	const shut = "Sign up for our weekly letter and never miss a story from the harbour front again this year."
	tests := []struct {
		name, box string
	}{
		{"dialog element", `<dialog><p>` + shut + `</p></dialog>`},
		{"role dialog", `<div role="dialog" aria-modal="true"><p>` + shut + `</p></div>`},
		{"alertdialog", `<div role="alertdialog"><p>` + shut + `</p></div>`},
		{"hidden attribute", `<div hidden><p>` + shut + `</p></div>`},
		{"popover", `<div popover id="letter"><p>` + shut + `</p></div>`},
		{"manual popover", `<aside popover="manual"><p>` + shut + `</p></aside>`},
		{"display none", `<div style="display: none"><p>` + shut + `</p></div>`},
		{"visibility hidden", `<div style="visibility:hidden"><p>` + shut + `</p></div>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><main><article><h1>Baths to reopen</h1>` + body[:len(body)/2] + tc.box + body[len(body)/2:] + `</article></main></body></html>`
			a := mustExtract(t, page)
			checkKept(t, a, "Sign up for our weekly letter", "hidden box", false)
			checkKept(t, a, "Point 5", "article", true)
		})
	}
}

// TestPopoverStrong: rule "popover-strong". A thin forum thread (two
// short posts, so the class words are relaxed) with an app-install card in
// a popover that a "Learn more" button opens (a toggle before it, which
// rule "disclosure-panel" would take for an accordion's) keeps its posts
// and loses the card's steps.
func TestPopoverStrong(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Ferry delays at Marrow Island - Harbour Talk</title></head><body>
<header><nav><a href="/">Home</a> <a href="/forums">Forums</a></nav></header>
<div class="app-banner"><div>View in the app</div><button type="button" popovertarget="learn">Learn more</button></div>
<i-card popover id="learn"><div class="card"><h4>Install the Harbour Talk app</h4><p>A full-screen app on your home screen with alerts, badges and more for every member of the forum.</p><ol><li>Tap the share icon in your browser.</li><li>Choose Add to Home Screen from the menu.</li></ol></div></i-card>
<main><h1>Ferry delays at Marrow Island</h1>
<article class="post"><div class="author">tidewatcher</div><p>The ferry to Marrow Island ran late again this morning. Anyone know why?</p></article>
<article class="post"><div class="author">quaygull</div><p>Same here: I waited forty minutes on Tuesday with a van full of crates.</p></article>
</main>
<footer>Harbour Talk 2026</footer></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Install the Harbour Talk app", "popover card", false)
	checkKept(t, a, "Add to Home Screen", "popover steps", false)
	checkKept(t, a, "ran late again this morning", "first post", true)
	checkKept(t, a, "van full of crates", "reply", true)
}

// TestPopoverCookie: rule "popover-strong" leaves a cookie banner shown
// as a popover a cookie notice: what was removed is still said to be one.
func TestPopoverCookie(t *testing.T) {
	body := points(6)
	const banner = `<div class="cookie-banner" popover="manual"><p>We use cookies to measure how our stories are read and to remember your choices on this site.</p><button>Accept all</button></div>`
	page := `<html><body><main><article><h1>Baths to reopen</h1>` + body[:len(body)/2] + banner + body[len(body)/2:] + `</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "We use cookies", "cookie banner", false)
	if !slices.ContainsFunc(a.Removed, func(r model.Removed) bool {
		return r.Kind == model.RemovedCookieNotice && strings.Contains(r.Text, "We use cookies")
	}) {
		t.Errorf("cookie banner not removed as a cookie notice: %+v", a.Removed)
	}
}
