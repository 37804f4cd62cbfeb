package htmlextract

import (
	"strings"
	"testing"
)

// TestAMPComponents covers rule "amp-components": an AMP page's pictures
// (<amp-img>, in a <figure> with its caption or alone), posts and players
// are media and embeds, and a post's placeholder is no body text.
func TestAMPComponents(t *testing.T) {
	page := `<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Rail strike called off</title></head><body><article>
<h1>Rail strike called off</h1>
<figure><amp-img src="https://news.example/train.jpg" width="800" height="450" alt="A train"></amp-img><figcaption>A train at the central station. Photo: Ada Lund</figcaption></figure>
<p>A national rail strike planned for Monday has been called off after talks between unions and operators ran late into Sunday night.</p>
<amp-twitter width="375" height="472" data-tweetid="1790000000000000001"><blockquote placeholder class="twitter-tweet"><p>Strike off. Vote on the offer next.</p>&mdash; Rail Union (@railunion)</blockquote></amp-twitter>
<p>The union said members would vote on a new pay offer of 5.5 percent over two years, with a result expected within three weeks.</p>
<amp-youtube data-videoid="abcDEF12345" width="480" height="270"></amp-youtube>
<amp-img src="https://news.example/signal.jpg" width="800" height="450" alt="Signals"></amp-img>
<p>Operators welcomed the decision and said all services would run as normal on Monday.</p>
</article></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Strike off", "the tweet's placeholder", false)
	if len(a.Media.Images) != 2 || a.Media.Images[0].URL != "https://news.example/train.jpg" || a.Media.Images[0].Caption != "A train at the central station." ||
		a.Media.Images[1].Alt != "Signals" {
		t.Errorf("images = %+v", a.Media.Images)
	}
	if len(a.Embeds) != 2 {
		t.Fatalf("embeds = %+v", a.Embeds)
	}
	tw, yt := a.Embeds[0], a.Embeds[1]
	if tw.Platform != "twitter" || tw.PostID != "1790000000000000001" || tw.Handle != "railunion" || tw.Text != "Strike off. Vote on the offer next." || tw.Position != 1 {
		t.Errorf("tweet = %+v", tw)
	}
	if yt.Platform != "youtube" || yt.PostID != "abcDEF12345" || yt.Position != 2 || !a.Media.Video {
		t.Errorf("video = %+v, media.video %v", yt, a.Media.Video)
	}
	if strings.Contains(a.Text, "Photo: Ada Lund") {
		t.Errorf("caption in the text:\n%s", a.Text)
	}
}

// TestBylineDateThin covers rule "byline-date" on a thin page: the date
// line under a byline goes whether the byline box went by its class (its
// place counted after the headline, which rule "title-echo" removes
// later) or by rule "lead-dateline".
func TestBylineDateThin(t *testing.T) {
	paras := `<p>A national rail strike planned for Monday has been called off after talks between unions and operators ran late into Sunday night.</p>
<p>The union said members would vote on a new pay offer of 5.5 percent over two years, with a result expected within three weeks.</p>
<p>Operators welcomed the decision and said all services would run as normal on Monday.</p>`
	for _, tc := range []struct{ name, byline string }{
		{"byline box", `<div class="byline">By Owen Price</div><time datetime="2024-05-11">11 May 2024</time><figure><img src="/a.jpg"><figcaption>The station.</figcaption></figure>`},
		{"byline line", `<div class="meta"><p>By Owen Price</p><time datetime="2024-05-11">11 May 2024</time></div>`},
	} {
		page := `<html lang="en"><head><title>Rail strike called off</title><meta name="author" content="Owen Price"></head><body><article><h1>Rail strike called off</h1>` +
			tc.byline + paras + `</article></body></html>`
		a := mustExtract(t, page)
		if strings.Contains(a.Text, "11 May 2024") || strings.Contains(a.Text, "By Owen") {
			t.Errorf("%s: date line kept:\n%s", tc.name, a.Text)
		}
	}
}

// TestAMPEmbedsInDroppedWrapper covers the <amp-*> branch of scanEmbeds
// (rule "amp-components"): an AMP post or player inside a wrapper that a
// boilerplate rule drops (<div class="social-embed">, named like a share
// bar) is still the article's embed, found by the scan of the dropped
// region; its placeholder stays out of the body.
func TestAMPEmbedsInDroppedWrapper(t *testing.T) {
	page := `<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Harbour ferry returns</title></head><body><article>
<h1>Harbour ferry returns</h1>
<p>The harbour ferry between the two old quays returned to service on Saturday after a winter of repairs to its hull and engines.</p>
<div class="social-embed"><amp-instagram data-shortcode="Qx7FerryAbc" width="400" height="400"><div placeholder>View this post on the platform</div></amp-instagram></div>
<p>The operator said crossings would run every twenty minutes from dawn until late evening through the summer months.</p>
<div class="social-embed"><amp-vimeo data-videoid="90817263" width="480" height="270"></amp-vimeo></div>
<p>Passengers queued along the quay for the first crossing, and several said they had missed the short trip over the water.</p>
</article></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "View this post", "the post's placeholder", false)
	if len(a.Embeds) != 2 {
		t.Fatalf("embeds = %+v", a.Embeds)
	}
	ig, vm := a.Embeds[0], a.Embeds[1]
	if ig.Platform != "instagram" || ig.PostID != "Qx7FerryAbc" {
		t.Errorf("post = %+v", ig)
	}
	if vm.Platform != "vimeo" || vm.PostID != "90817263" {
		t.Errorf("video = %+v", vm)
	}
}
