package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/model"
)

// ampPost names, for AMP's embed components, the attribute holding the
// post's or video's id and the URL it stands for (rule "amp-components").
var ampPost = map[string]struct{ attr, prefix, suffix string }{
	"amp-twitter":     {"data-tweetid", "https://twitter.com/i/status/", ""},
	"amp-instagram":   {"data-shortcode", "https://www.instagram.com/p/", "/"},
	"amp-youtube":     {"data-videoid", "https://www.youtube.com/watch?v=", ""},
	"amp-vimeo":       {"data-videoid", "https://vimeo.com/", ""},
	"amp-dailymotion": {"data-videoid", "https://www.dailymotion.com/video/", ""},
	"amp-facebook":    {"data-href", "", ""},
	"amp-reddit":      {"data-src", "", ""},
	"amp-tiktok":      {"data-src", "", ""},
	"amp-iframe":      {"src", "", ""},
	"amp-soundcloud":  {"data-trackid", "https://api.soundcloud.com/tracks/", ""},
}

// ampComponent is rule "amp-components": an AMP page writes its pictures,
// posts and players as custom elements (<amp-img src>, <amp-twitter
// data-tweetid>, <amp-youtube data-videoid>, <amp-iframe src>), which
// the rules for <img>, embed code and frames never saw: the pictures were
// missing from media, the posts from embeds, and a post's placeholder
// (its text, set inside the component for the time the script loads)
// stood in the body as a paragraph. It records n and reports whether n
// was such a component (its content is then no body text). lede bench
// extract on both sets: byte-identical (13 pages use amp-* elements: `for
// f in ../shared/bench/extract*/pages/*.gz; do zcat $f | grep -q '<amp-'
// && echo $f; done | wc -l`; the bench scores text, not media or
// embeds).
func (x *extractor) ampComponent(n *html.Node) bool {
	name := n.Data
	if len(name) < 5 || name[:4] != "amp-" {
		return false
	}
	switch name {
	case "amp-img", "amp-anim":
		if x.inFigure == 0 && x.addImage(n, "", "") {
			x.looseImg = n
		}
		return true
	case "amp-video", "amp-video-iframe", "amp-brightcove", "amp-jwplayer", "amp-kaltura-player", "amp-ooyala-player":
		x.a.Media.Video = true
		return true
	case "amp-audio":
		x.a.Media.Audio = true
		return true
	}
	p, ok := ampPost[name]
	if !ok {
		return false
	}
	x.flush(ctx{kind: model.KindParagraph})
	id := strings.TrimSpace(attr(n, p.attr))
	if id == "" {
		return true
	}
	k := len(x.a.Embeds)
	x.addEmbedURL(p.prefix+id+p.suffix, n)
	// A tweet's placeholder is the embed code's blockquote: its text,
	// author and date are the post's (the other posts' placeholders are
	// not searched).
	if name != "amp-twitter" || len(x.a.Embeds) == k {
		return true
	}
	if bq := firstChild(n, atom.Blockquote); bq != nil {
		parseTweet(bq, &x.a.Embeds[k])
	}
	return true
}

// ampImage is the first <amp-img> under n, the picture of an AMP page's
// <figure>, or nil.
func ampImage(n *html.Node) *html.Node {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == 0 && (c.Data == "amp-img" || c.Data == "amp-anim") {
			return c
		}
	}
	return nil
}
