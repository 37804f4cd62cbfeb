package htmlmeta

import (
	"slices"
	"testing"
)

// TestBylineClassWordEnd pins rule bylineClassWordEnd: a class or id
// holding "author" only as the stem of a longer word (a sign-up link's
// "authorize", a log-in box's "unauthorized", an institution's
// "authority") credits no one, while a byline class glued as pages write
// them ("authorname", "post-author", "authorBox") still does. Invented
// pages.
func TestBylineClassWordEnd(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<div class="authorize-links"><a href="/join">Join Us</a></div>`, nil},
		{`<span class="unauthorized-note"><a href="/in">Sign In</a></span>`, nil},
		{`<div id="port-authority-box"><a href="/p">Harbour Board</a></div>`, nil},
		{`<div class="autorefresh-panel"><a href="/live">Live Desk</a></div>`, nil},
		{`<span class="autorizacion-aviso"><a href="/alta">Nuevo Registro</a></span>`, nil},
		{`<span class="autor-name">Odile Varga</span>`, []string{"Odile Varga"}},
		{`<div class="autoren-liste"><span>Odile Varga</span></div>`, []string{"Odile Varga"}},
		{`<span class="meta-authorname">Odile Varga</span>`, []string{"Odile Varga"}},
		{`<span class="post-author">Odile Varga</span>`, []string{"Odile Varga"}},
		{`<span class="cardAuthor">Odile Varga</span>`, []string{"Odile Varga"}},
		// a stem word beside a byline word: the byline word counts
		{`<div class="authorization-wrap byline">Odile Varga</div>`, []string{"Odile Varga"}},
	} {
		got := headlineAuthors(t, "", tt.byline, tramText)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestBylineNotPhotoCredit pins rule bylineNotPhotoCredit: a picture's
// credit set in an element whose class names an author, inside a figure
// or its caption or carrying a licence, is not the writer; the writer's
// byline beside it still is. Invented pages.
func TestBylineNotPhotoCredit(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<figure><img src="/d.jpg"><figcaption>The depot at dawn. <span class="author">Kasimir Ollo</span></figcaption></figure>`, nil},
		{`<div class="media"><img src="/d.jpg"><span class="image-author">Kasimir Ollo / CC BY-SA 3.0</span></div>`, nil},
		{`<div class="author">Kasimir Ollo, via Wikimedia Commons</div>`, nil},
		{`<p class="byline">By <span class="author">Renate Quill</span></p><figure><img src="/d.jpg"><figcaption><span class="author">Kasimir Ollo</span> (CC BY 2.0)</figcaption></figure>`, []string{"Renate Quill"}},
		{`<p class="byline">By Renate Quill</p>`, []string{"Renate Quill"}},
	} {
		got := headlineAuthors(t, "", tt.byline, tramText)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}
