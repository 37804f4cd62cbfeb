package htmlextract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestBylineClassI18n covers rule "byline-class-i18n": an author box
// classed in the site's language ("autor", "auteur", "autore") is a
// byline, as one classed "author" is.
func TestBylineClassI18n(t *testing.T) {
	for _, cls := range []string{"autor", "nota-autor", "auteur", "autore"} {
		a := mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1><div class="`+cls+`">Lucía Ferrer | Valmar</div>`+points(4)+`</article></body></html>`)
		checkKept(t, a, "Lucía Ferrer", "the author box classed "+cls, false)
		checkKept(t, a, "Point 3", "the story", true)
	}
}

// TestBylineDeck covers rule "byline-deck": a sentence set as a heading
// over the byline box is the story's deck and stays, also when the box's
// e-mail link is dropped after it; a label over an author box goes.
func TestBylineDeck(t *testing.T) {
	a := mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1><h5>The old pool will open again in May after ten years.</h5>`+
		`<ul><li><p class="author-name">Town desk</p></li><li><a href="mailto:x@example.com"><span class="author-email">desk@example.com</span></a></li></ul>`+points(4)+`</article></body></html>`)
	checkKept(t, a, "The old pool will open again in May after ten years.", "the deck", true)
	checkKept(t, a, "Town desk", "the byline", false)
	a = mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1>`+points(4)+`<h3>About the author</h3><div class="author-bio">Mara Quist covers the harbour for the paper.</div></article></body></html>`)
	if strings.Contains(a.Text, "About the author") {
		t.Errorf("the author box's label stayed:\n%s", a.Text)
	}
}

// TestBylineDate covers rule "byline-date": on a short story, the date
// line beside a byline box dropped by its class goes with the byline,
// also when a bullet parts the date and the time (the second layout's
// English and Greek pages; TestI18nPagesB checks all of them).
func TestBylineDate(t *testing.T) {
	for _, tc := range []struct{ page, date string }{{"en", "Nov. 14, 2024 10:32 a.m."}, {"el", "14.11.2024 • 10:32"}} {
		b, err := os.ReadFile(filepath.Join("testdata", "i18n-b", tc.page+".html"))
		if err != nil {
			t.Fatal(err)
		}
		a := mustExtract(t, string(b))
		checkKept(t, a, tc.date, "the date line of "+tc.page, false)
	}
}

// TestEmbedMarkupMore covers rules "embed-markup-threads",
// "bluesky-signature" and "tiktok-caption": the embed codes of Threads,
// Reddit, Bluesky and TikTok are structured records, not body text.
func TestEmbedMarkupMore(t *testing.T) {
	a := mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1>`+points(3)+
		`<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@harbourbaths/post/C9xYzAbCdEf"><a href="https://www.threads.net/@harbourbaths/post/C9xYzAbCdEf">View on Threads</a></blockquote>`+
		`<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/valmar/comments/1abcde/baths_open_again/">Baths open again</a></blockquote>`+
		`<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:qq11/app.bsky.feed.post/3lpoolxyz"><p lang="en">First swim of the year at the old baths!</p>&mdash; Mara Quist (<a href="https://bsky.app/profile/did:plc:qq11">@maraquist.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:qq11/post/3lpoolxyz">May 3, 2031 at 9:12 AM</a></blockquote>`+
		`<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@valmarswim/video/7400000000000000001"><section><a title="@valmarswim" href="https://www.tiktok.com/@valmarswim">@valmarswim</a> Cold but worth it <a href="https://www.tiktok.com/tag/harbour">#harbour</a> <a href="https://www.tiktok.com/music/x">♬ original sound - valmarswim</a></section></blockquote>`+
		points(2)+`</article></body></html>`)
	if strings.Contains(a.Text, "View on Threads") || strings.Contains(a.Text, "Cold but worth it") || strings.Contains(a.Text, "First swim") {
		t.Errorf("an embed's text stayed in the body:\n%s", a.Text)
	}
	got := map[string]model.Embed{}
	for _, e := range a.Embeds {
		got[e.Platform] = e
	}
	if e := got["threads"]; e.PostID != "C9xYzAbCdEf" || e.Handle != "harbourbaths" {
		t.Errorf("threads: %+v", e)
	}
	if e := got["reddit"]; e.PostID != "1abcde" {
		t.Errorf("reddit: %+v", e)
	}
	if e := got["bluesky"]; e.Author != "Mara Quist" || e.Handle != "maraquist.bsky.social" || e.Date != "2031-05-03" || e.Text != "First swim of the year at the old baths!" {
		t.Errorf("bluesky: %+v", e)
	}
	if e := got["tiktok"]; e.Handle != "valmarswim" || e.Text != "Cold but worth it #harbour" || len(e.Hashtags) != 1 {
		t.Errorf("tiktok: %+v", e)
	}
}

// TestLazyImage covers rule "lazy-image": a picture whose source a script
// loads later is recorded by its lazy attribute, srcset or <source>.
func TestLazyImage(t *testing.T) {
	a := mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1>`+points(3)+
		`<figure><picture><source data-srcset="/img/pool-800.webp 800w, /img/pool-1600.webp 1600w"><img src="data:image/gif;base64,R0lGOD" alt="The pool"></picture><figcaption>The pool in May.</figcaption></figure>`+
		`<figure><img src="data:image/gif;base64,R0lGOD" data-original="/img/roof.jpg"><figcaption>The new roof.</figcaption></figure>`+
		`<figure><img srcset="/img/club-400.jpg 400w, /img/club-900.jpg 900w"><figcaption>The club's first swim.</figcaption></figure>`+
		points(2)+`</article></body></html>`)
	want := []string{"/img/pool-800.webp", "/img/roof.jpg", "/img/club-400.jpg"}
	if len(a.Media.Images) != len(want) {
		t.Fatalf("images %+v, want %v", a.Media.Images, want)
	}
	for i, w := range want {
		if a.Media.Images[i].URL != w {
			t.Errorf("image %d: %q, want %q", i, a.Media.Images[i].URL, w)
		}
	}
}

// TestCreditPrefixI18n covers rule "credit-prefix-i18n": the French
// "Photo : " and a trailing "© Name" are a caption's credit.
func TestCreditPrefixI18n(t *testing.T) {
	for _, tc := range []struct{ caption, credit string }{
		{"Le bassin rouvert en mai. Photo : Jean Roux / AFP", "Photo : Jean Roux / AFP"},
		{"La piscina reabierta en mayo. © Ana Ruiz", "© Ana Ruiz"},
	} {
		a := mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1>`+points(3)+
			`<figure><img src="/img/pool.jpg"><figcaption>`+tc.caption+`</figcaption></figure>`+points(2)+`</article></body></html>`)
		if len(a.Media.Images) != 1 || a.Media.Images[0].Credit != tc.credit {
			t.Errorf("%q: images %+v, want credit %q", tc.caption, a.Media.Images, tc.credit)
		}
	}
}

// TestAbsoluteImages covers rule "absolute-images": a picture's relative
// src is resolved against the page's URL, else its canonical link.
func TestAbsoluteImages(t *testing.T) {
	page := `<html><head>%s</head><body><article><h1>Harbour baths reopen</h1>` + points(3) +
		`<figure><img src="/img/pool.jpg"><figcaption>The pool.</figcaption></figure><figure><img src="//cdn.example/roof.jpg"></figure>` + points(2) + `</article></body></html>`
	for _, tc := range []struct{ head, url string }{
		{`<link rel="canonical" href="https://news.example/town/baths">`, ""},
		{"", "https://news.example/town/baths"},
	} {
		a, err := Extract(fmt.Sprintf(page, tc.head), Options{Now: testNow, URL: tc.url})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, im := range a.Media.Images {
			got = append(got, im.URL)
		}
		if want := []string{"https://news.example/img/pool.jpg", "https://cdn.example/roof.jpg"}; !slices.Equal(got, want) {
			t.Errorf("%q %q: images %q, want %q", tc.head, tc.url, got, want)
		}
	}
}

// TestCaptionClassI18n covers rule "caption-class-i18n": a caption
// classed in the site's language leaves the body and becomes its
// picture's caption and credit.
func TestCaptionClassI18n(t *testing.T) {
	for _, cls := range []string{"didascalia", "bildunterschrift", "legende"} {
		a := mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1>`+points(4)+
			`<div class="image"><img src="/img/pool.jpg"><p class="`+cls+`">The pool on opening day. Foto: Ada Lund</p></div>`+points(3)+`</article></body></html>`)
		checkKept(t, a, "opening day", "the caption classed "+cls, false)
		if len(a.Media.Images) != 1 || a.Media.Images[0].Caption != "The pool on opening day." || a.Media.Images[0].Credit != "Foto: Ada Lund" {
			t.Errorf("%s: images %+v", cls, a.Media.Images)
		}
	}
}

// TestLazyPlaceholder covers rule "lazy-placeholder": a lazy loader's
// stand-in file gives way to the picture's lazy attribute.
func TestLazyPlaceholder(t *testing.T) {
	a := mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1>`+points(3)+
		`<figure><img src="/static/lazyload-placeholder.png" data-src="/img/pool.jpg"><figcaption>The pool.</figcaption></figure>`+
		`<figure><img src="/img/blank.gif" data-original="/img/roof.jpg"><figcaption>The roof.</figcaption></figure>`+
		`<figure><img src="/img/harbour-at-dawn.jpg" data-src="/img/other.jpg"><figcaption>Dawn.</figcaption></figure>`+points(2)+`</article></body></html>`)
	var got []string
	for _, im := range a.Media.Images {
		got = append(got, im.URL)
	}
	if want := []string{"/img/pool.jpg", "/img/roof.jpg", "/img/harbour-at-dawn.jpg"}; !slices.Equal(got, want) {
		t.Errorf("images %q, want %q", got, want)
	}
}

// TestFacebookSignature covers rule "facebook-signature": the author and
// the day of an embedded Facebook post come from its "Posted by ... on
// ..." line.
func TestFacebookSignature(t *testing.T) {
	a := mustExtract(t, `<html><body><article><h1>Harbour baths reopen</h1>`+points(3)+
		`<div class="fb-post" data-href="https://www.facebook.com/ValmarBaths/posts/10150000000000001"><blockquote cite="https://www.facebook.com/ValmarBaths/posts/10150000000000001" class="fb-xfbml-parse-ignore"><p>Doors open at nine tomorrow!</p>Posted by <a href="https://www.facebook.com/ValmarBaths">Valmar Baths</a> on <a href="https://www.facebook.com/ValmarBaths/posts/10150000000000001">Friday, May 2, 2031</a></blockquote></div>`+
		points(2)+`</article></body></html>`)
	if len(a.Embeds) != 1 || a.Embeds[0].Author != "Valmar Baths" || a.Embeds[0].Date != "2031-05-02" || a.Embeds[0].Text != "Doors open at nine tomorrow!" {
		t.Errorf("embeds %+v", a.Embeds)
	}
}
