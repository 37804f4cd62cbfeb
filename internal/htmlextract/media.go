package htmlextract

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/embeds"
	"github.com/lede-news/lede/internal/model"
)

// Embeds.

// embedBlock recognises an embedded post's markup and records it; it reports
// whether n was one (its text is then not body text).
func (x *extractor) embedBlock(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote && n.DataAtom != atom.Div {
		return false
	}
	cls := attr(n, "class")
	if cls == "" {
		return false
	}
	platform := embeds.CodePlatform(cls) // rule "embed-markup"
	if platform == "" {
		return false
	}
	x.flush(ctx{kind: model.KindParagraph})
	// The post's URL: the platform's permalink attribute, else the last link
	// that parses as a post of that platform.
	var cands []string
	for _, k := range []string{"data-instgrm-permalink", "data-text-post-permalink", "cite", "data-href", "data-bluesky-uri"} {
		if v := attr(n, k); v != "" {
			cands = append(cands, v)
		}
	}
	var links []string
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if c.DataAtom == atom.A {
					if h := attr(c, "href"); h != "" {
						links = append(links, h)
					}
				}
				walk(c)
			}
		}
	}
	walk(n)
	for i := len(links) - 1; i >= 0; i-- {
		cands = append(cands, links[i])
	}
	var e model.Embed
	found := false
	for _, u := range cands {
		if ee, ok := embeds.ParseURL(u); ok && ee.Platform == platform {
			e, found = ee, true
			break
		}
	}
	if !found {
		e = model.Embed{Kind: model.EmbedPost, Platform: platform}
		if len(cands) > 0 {
			e.URL = cands[0]
		}
	}
	switch platform {
	case "twitter":
		parseTweet(n, &e)
	case "instagram":
		parseInstagram(n, &e)
	case "bluesky":
		parseBluesky(n, &e)
	case "tiktok":
		parseTikTok(n, &e)
	case "facebook":
		parseFacebookPost(n, &e)
	case "threads":
		// the embed holds only its "View on Threads" link
	default:
		firstParagraph(n, &e)
	}
	x.addEmbed(e)
	return true
}

// firstParagraph gives a post without text of its own the text of the
// embed code's first paragraph.
func firstParagraph(n *html.Node, e *model.Embed) {
	if e.Text == "" {
		if p := firstChild(n, atom.P); p != nil {
			e.Text = textOf(p)
		}
	}
}

// setPostText sets a post's text and the hashtags and mentions it holds.
func setPostText(e *model.Embed, text string) {
	e.Text = text
	e.Hashtags = tagsIn(text, '#')
	e.Mentions = tagsIn(text, '@')
}

// parseTweet reads the standard X/Twitter embed: <p>text</p>&mdash; Name
// (@handle) <a href=".../status/ID">Month D, YYYY</a>.
func parseTweet(n *html.Node, e *model.Embed) {
	p := firstChild(n, atom.P)
	if p != nil {
		var words []string
		var walk func(*html.Node)
		walk = func(m *html.Node) {
			for c := m.FirstChild; c != nil; c = c.NextSibling {
				switch c.Type {
				case html.TextNode:
					words = append(words, c.Data)
				case html.ElementNode:
					if c.DataAtom == atom.Br {
						words = append(words, "\n")
						continue
					}
					if c.DataAtom == atom.A {
						t := textOf(c)
						switch {
						case strings.HasPrefix(t, "pic.twitter.com"):
							e.Media = append(e.Media, t)
							continue
						case strings.HasPrefix(t, "http") || strings.Contains(attr(c, "href"), "t.co/") && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "@"):
							e.Links = append(e.Links, t)
							continue
						}
					}
					walk(c)
				}
			}
		}
		walk(p)
		setPostText(e, model.CollapseSpace(strings.Join(words, "")))
	}
	// The signature after the paragraph.
	var sig strings.Builder
	var dateText string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c == p {
			continue
		}
		switch c.Type {
		case html.TextNode:
			sig.WriteString(c.Data)
		case html.ElementNode:
			if c.DataAtom == atom.A {
				dateText = textOf(c)
			} else {
				sig.WriteString(textOf(c))
			}
		}
	}
	s := strings.TrimSpace(sig.String())
	s = strings.TrimLeft(s, "—-– \u00a0")
	if i := strings.Index(s, "(@"); i >= 0 {
		e.Author = strings.TrimSpace(s[:i])
		if j := strings.IndexByte(s[i:], ')'); j > 2 && e.Handle == "" {
			e.Handle = s[i+2 : i+j]
		}
	}
	if d := parseDate(dateText); d != "" {
		e.Date = d
	}
}

// parseBluesky is rule "bluesky-signature": Bluesky's embed code signs
// the post as X's does, but with the handle in a link of its own:
// <p>text</p>&mdash; Name (<a href=profile>@handle</a>) <a href=post>June
// 1, 2031 at 9:31 PM</a>. The handle read there replaces the DID that the
// post's URL names the account by.
func parseBluesky(n *html.Node, e *model.Embed) {
	p := firstChild(n, atom.P)
	if p != nil {
		setPostText(e, textOf(p))
	}
	var name strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c == p {
			continue
		}
		switch {
		case c.Type == html.TextNode && e.Author == "":
			name.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			t := textOf(c)
			if h, ok := strings.CutPrefix(t, "@"); ok && h != "" {
				e.Handle = h
				if e.Author == "" {
					e.Author = strings.TrimSpace(strings.Trim(strings.TrimSpace(name.String()), "—-–(\u00a0"))
				}
			} else {
				day, _, _ := strings.Cut(t, " at ")
				if d := parseDate(day); d != "" {
					e.Date = d
				}
			}
		}
	}
}

// parseFacebookPost is rule "facebook-signature": Facebook's embed code
// holds the post's text in a paragraph and signs it "Posted by <a>Name</a>
// on <a>Sunday, June 1, 2031</a>"; the name and the day are the post's
// author and date.
func parseFacebookPost(n *html.Node, e *model.Embed) {
	firstParagraph(n, e)
	for a := range n.Descendants() {
		if a.Type != html.ElementNode || a.DataAtom != atom.A {
			continue
		}
		prev := a.PrevSibling
		if prev == nil || prev.Type != html.TextNode {
			continue
		}
		lead := strings.TrimSpace(prev.Data)
		switch {
		case e.Author == "" && strings.HasSuffix(lead, "Posted by"):
			e.Author = textOf(a)
		case e.Author != "" && lead == "on":
			t := textOf(a)
			if _, rest, ok := strings.Cut(t, ", "); ok && parseDate(rest) != "" {
				t = rest // "Sunday, June 1, 2031"
			}
			if d := parseDate(t); d != "" {
				e.Date = d
			}
		}
	}
	setPostText(e, e.Text)
}

// parseTikTok is rule "tiktok-caption": TikTok's embed code holds the
// caption in a <section>, after a link to the author (@handle) and before
// the sound's link ("♬ original sound - name").
func parseTikTok(n *html.Node, e *model.Embed) {
	sec := firstChild(n, atom.Section)
	if sec == nil {
		return
	}
	var words []string
	for c := sec.FirstChild; c != nil; c = c.NextSibling {
		t := ""
		switch c.Type {
		case html.TextNode:
			t = c.Data
		case html.ElementNode:
			t = textOf(c)
			if c.DataAtom == atom.A {
				if h, ok := strings.CutPrefix(t, "@"); ok && len(words) == 0 && e.Handle == "" || ok && h == e.Handle {
					if e.Handle == "" {
						e.Handle = h
					}
					continue
				}
				if strings.HasPrefix(t, "♬") {
					continue
				}
			}
		}
		words = append(words, t)
	}
	setPostText(e, strings.ReplaceAll(model.CollapseSpace(strings.Join(words, " ")), "# ", "#"))
}

// instagramShared open the signature line of Instagram's embed code, in
// the languages the embedding page's visitors get it in.
var instagramShared = []string{"A post shared by ", "Ein Beitrag geteilt von ", "Une publication partagée par ",
	"Una publicación compartida de ", "Una publicación compartida por ", "Un post condiviso da ",
	"Uma publicação compartilhada por ", "Een bericht gedeeld door "}

// parseInstagram reads Instagram's embed code: the caption in a paragraph,
// then the signature "A post shared by Name (@handle) on <time
// datetime=...>"; the newer code has the signature alone, in a link.
// "View this post on Instagram" is the button's label, not the caption.
// (lede extract --format json over the 2,057 pages of extract/ and
// extract-wcxb/: 34 posts of 5 pages gain author and handle, all right.)
func parseInstagram(n *html.Node, e *model.Embed) {
	for p := range n.Descendants() {
		if p.DataAtom != atom.P && p.DataAtom != atom.A {
			continue
		}
		t := textOf(p)
		rest, ok := "", false
		for _, sh := range instagramShared {
			if rest, ok = strings.CutPrefix(t, sh); ok {
				break
			}
		}
		if !ok {
			if p.DataAtom == atom.P && e.Text == "" && t != "" && !strings.HasPrefix(t, "View this post on Instagram") {
				e.Text = t
			}
			continue
		}
		if i := strings.Index(rest, "(@"); i > 0 {
			e.Author = strings.TrimSpace(rest[:i])
			if j := strings.IndexByte(rest[i:], ')'); j > 2 && e.Handle == "" {
				e.Handle = rest[i+2 : i+j]
			}
		}
		if tm := firstChild(p, atom.Time); tm != nil {
			if d := attr(tm, "datetime"); len(d) >= len(time.DateOnly) {
				e.Date = d[:len(time.DateOnly)]
			}
		}
	}
	setPostText(e, e.Text)
}

func tagsIn(s string, mark byte) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != mark || (i > 0 && isWordByte(s[i-1])) {
			continue
		}
		j := i + 1
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
				break
			}
			j += sz
		}
		if j > i+1 {
			out = append(out, s[i+1:j])
		}
		i = j - 1
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func parseDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// firstChild returns the first element of kind a inside n, in document
// order, or nil.
func firstChild(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == a {
				return c
			}
			if f := firstChild(c, a); f != nil {
				return f
			}
		}
	}
	return nil
}

// addEmbedURL records a frame or player whose URL is a known post or video.
func (x *extractor) addEmbedURL(src string, _ *html.Node) {
	if strings.HasPrefix(src, "//") {
		src = "https:" + src
	}
	e, ok := embeds.ParseURL(src)
	if !ok {
		e, ok = frameURL(src)
	}
	if !ok {
		return
	}
	x.addEmbed(e)
}

// frameURL reads the platforms' frame URLs that embeds.ParseURL does not
// take as post URLs: Facebook plugins carry the post's URL in href=, X's
// frame names the post by id=, Mastodon appends /embed to the post URL, and
// Bluesky's frame names the post by its AT URI parts.
func frameURL(src string) (model.Embed, bool) {
	if i := strings.Index(src, "href="); i >= 0 {
		v := src[i+5:]
		if j := strings.IndexByte(v, '&'); j >= 0 {
			v = v[:j]
		}
		if un, err := url.QueryUnescape(v); err == nil {
			v = un
		}
		return embeds.ParseURL(v)
	}
	if strings.Contains(src, "platform.twitter.com/embed") {
		if i := strings.Index(src, "id="); i >= 0 {
			id := src[i+3:]
			if j := strings.IndexAny(id, "&#"); j >= 0 {
				id = id[:j]
			}
			return embeds.ParseURL("https://twitter.com/i/status/" + id)
		}
	}
	if rest, ok := strings.CutSuffix(strings.TrimRight(src, "/"), "/embed"); ok {
		return embeds.ParseURL(rest)
	}
	if i := strings.Index(src, "embed.bsky.app/embed/"); i >= 0 {
		parts := strings.Split(src[i+len("embed.bsky.app/embed/"):], "/")
		if len(parts) >= 3 && parts[1] == "app.bsky.feed.post" && parts[2] != "" {
			rkey := parts[2]
			if j := strings.IndexAny(rkey, "?#"); j >= 0 {
				rkey = rkey[:j]
			}
			return model.Embed{Kind: model.EmbedPost, Platform: "bluesky", URL: src, Handle: parts[0], PostID: rkey}, true
		}
	}
	return model.Embed{}, false
}

// embedKey names one post of one platform.
type embedKey struct{ platform, postID string }

// addEmbed records e unless its post is already recorded. The posts are
// found through x.embedAt, not by comparing each new embed with all the
// others, which was quadratic in the posts (a page may embed thousands).
// An entry is checked against a.Embeds before it is trusted, since a
// second emission pass truncates a.Embeds (see extract).
func (x *extractor) addEmbed(e model.Embed) {
	e.Position = len(x.a.Body)
	if e.PostID != "" {
		k := embedKey{e.Platform, e.PostID}
		if i, ok := x.embedAt[k]; ok && i < len(x.a.Embeds) && x.a.Embeds[i].Platform == k.platform && x.a.Embeds[i].PostID == k.postID {
			return
		}
		if x.embedAt == nil {
			x.embedAt = map[embedKey]int{}
		}
		x.embedAt[k] = len(x.a.Embeds)
	}
	if e.Kind == model.EmbedVideo {
		x.a.Media.Video = true
	}
	x.a.Embeds = append(x.a.Embeds, e)
}

// Figures and images.

// creditClass is rule "credit-markup": class words of a caption's credit line.
var creditWords = []string{"credit", "copyright", "byline", "source", "attribution", "photographer"}

// figure records the picture of a <figure> with its caption and credit.
func (x *extractor) figure(n *html.Node) {
	img := firstChild(n, atom.Img)
	if img == nil {
		img = ampImage(n) // rule "amp-components"
	}
	cap := firstChild(n, atom.Figcaption)
	caption, credit := "", ""
	if cap != nil {
		// A credit element inside the caption.
		var cr *html.Node
		var walk func(*html.Node)
		walk = func(m *html.Node) {
			for c := m.FirstChild; c != nil && cr == nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				cls := strings.ToLower(attr(c, "class"))
				for _, w := range creditWords {
					if strings.Contains(cls, w) {
						cr = c
						return
					}
				}
				walk(c)
			}
		}
		walk(cap)
		if cr != nil {
			credit = textOf(cr)
			caption = strings.TrimSpace(strings.Replace(textOf(cap), credit, "", 1))
		} else {
			caption = textOf(cap)
			caption, credit = splitCredit(caption)
		}
	}
	if img == nil {
		if firstChild(n, atom.Video) != nil {
			x.a.Media.Video = true
		}
		return
	}
	x.addImage(img, caption, credit)
	if credit != "" {
		x.a.Removed = append(x.a.Removed, model.Removed{Kind: model.RemovedImageCredit, Text: credit, Rule: "figure-credit"})
	}
}

// creditPrefixes is rule "credit-prefix": a caption's trailing credit.
// The entries after the English ones are the same label in the languages
// news is published in ("Фото: Анна Смирнова", "（写真：共同）", "图/新华社",
// "사진=연합뉴스", "(تصوير: ...)", "צילום: ...", "Fotoğraf: ...", "Fot. ...").
var creditPrefixes = []string{"Photo: ", "Photograph: ", "Image: ", "Credit: ", "Photo by ", "Picture: ", "Foto: ", "(Photo: ", "Photo credit: ",
	"Фото: ", "(Фото: ", "Фото ©", "（写真：", "写真：", "(写真:", "写真/", "图/", "图／", "（图／", "圖/", "圖／", "（圖／", "(圖/", "圖∕", "（圖∕",
	"사진=", "(사진=", "(تصوير: ", "تصوير: ", "צילום: ", "फोटो: ", "Fotoğraf: ", "Fot. ", "Fotografia: ", "Ảnh: ", "(Ảnh: ",
	"Φωτογραφία: ", "Φωτ.: ", "Kuva: ",
	// rule "credit-prefix-i18n": French sets a space before the colon
	// ("Photo : Jean Roux / AFP"); Spanish, Italian and German labels;
	// a trailing "© Name"
	"Photo : ", "Crédit photo : ", "Crédit : ", "Fotografía: ", "Foto di ", "Bild: ", "© "}

func splitCredit(s string) (caption, credit string) {
	for _, p := range creditPrefixes {
		if i := strings.LastIndex(s, p); i >= 0 {
			// the credit's opening bracket goes with it: "（圖／記者林美玲攝）"
			for _, b := range []string{"(", "（"} {
				if strings.HasSuffix(s[:i], b) {
					i -= len(b)
				}
			}
			return strings.TrimSpace(s[:i]), strings.Trim(strings.TrimSpace(s[i:]), "()（）")
		}
	}
	return s, ""
}

// addImage records picture n with its caption and credit and reports
// whether it did (not a tracking pixel nor an image without a source).
func (x *extractor) addImage(n *html.Node, caption, credit string) bool {
	src := attr(n, "src")
	if src == "" || strings.HasPrefix(src, "data:") || placeholderSrc(src) {
		if s := attr(n, "data-src"); s != "" {
			src = s
		} else if s := attr(n, "data-lazy-src"); s != "" {
			src = s
		} else if s := lazySrc(n); s != "" {
			src = s
		} else if strings.HasPrefix(src, "data:") {
			src = ""
		}
	}
	if src == "" && caption == "" {
		return false
	}
	// Tracking pixels and icons are not pictures of the article.
	if w := attr(n, "width"); w == "1" || w == "0" {
		return false
	}
	x.a.Media.Images = append(x.a.Media.Images, model.Image{URL: src, Caption: caption, Credit: credit, Alt: strings.TrimSpace(attr(n, "alt"))})
	return true
}

// lazySrc is rule "lazy-image": the picture of an <img> without a source
// of its own (or a data: placeholder) that a script loads later is named
// by the other lazy loaders' attributes (data-original, data-lazy), by
// its srcset or data-srcset, or by its <picture>'s <source>; a srcset's
// first candidate is taken.
func lazySrc(n *html.Node) string {
	for _, k := range []string{"data-original", "data-lazy", "srcset", "data-srcset", "data-lazy-srcset"} {
		if s := firstCandidate(attr(n, k)); s != "" {
			return s
		}
	}
	if p := n.Parent; p != nil && p.DataAtom == atom.Picture {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Source {
				for _, k := range []string{"srcset", "data-srcset"} {
					if s := firstCandidate(attr(c, k)); s != "" {
						return s
					}
				}
			}
		}
	}
	return ""
}

// placeholderWords name the stand-in file a lazy loader shows until the
// picture loads ("/img/blank.gif", "lazyload-placeholder.png").
var placeholderWords = []string{"placeholder", "blank", "spacer", "lazy", "transparent"}

// placeholderSrc is rule "lazy-placeholder": a src whose file is a lazy
// loader's stand-in gives way to the picture's lazy attribute, as a
// data: placeholder does; the stand-in stays when there is none.
func placeholderSrc(src string) bool {
	f := src
	if i := strings.IndexAny(f, "?#"); i >= 0 {
		f = f[:i]
	}
	// only the file name is lower-cased, not a CDN's long query
	f = strings.ToLower(f[strings.LastIndexByte(f, '/')+1:])
	for _, w := range placeholderWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// firstCandidate returns the URL of a srcset's first candidate ("a.jpg
// 800w, b.jpg 1600w" gives a.jpg), or "" for a data: URL.
func firstCandidate(set string) string {
	set = strings.TrimSpace(set)
	if set == "" || strings.HasPrefix(set, "data:") {
		return ""
	}
	u, _, _ := strings.Cut(set, ",")
	u, _, _ = strings.Cut(strings.TrimSpace(u), " ")
	return u
}

// Comments.

// comments reads reader comments out of a comments region: each element
// whose class names a single comment gives author, date and text.
func (x *extractor) comments(n *html.Node) {
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isCommentItem(c) {
				if cm, ok := readComment(c); ok {
					x.a.Comments = append(x.a.Comments, cm)
				}
			}
			walk(c)
		}
	}
	walk(n)
}

func isCommentItem(n *html.Node) bool {
	if n.DataAtom != atom.Li && n.DataAtom != atom.Article && n.DataAtom != atom.Div {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if w == "comment" || strings.HasPrefix(w, "comment-") && !strings.Contains(w, "list") &&
			!strings.Contains(w, "body") && !strings.Contains(w, "content") && !strings.Contains(w, "meta") &&
			!strings.Contains(w, "author") && !strings.Contains(w, "text") {
			return true
		}
	}
	return false
}

// readComment reads one comment; nested replies are read on their own.
// The text is the element classed as the comment's content (or text or
// message), else the one classed as its body, else all of it.
func readComment(n *html.Node) (model.Comment, bool) {
	var cm model.Comment
	var content, body *html.Node
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || isCommentItem(c) {
				continue
			}
			cls := strings.ToLower(attr(c, "class"))
			switch {
			case c.DataAtom == atom.Time && cm.Date == "":
				cm.Date = attr(c, "datetime")
				if cm.Date == "" {
					cm.Date = textOf(c)
				}
				continue
			case cm.Author == "" && (strings.Contains(cls, "author") || strings.Contains(cls, "username") || strings.Contains(cls, "fn")):
				cm.Author = textOf(c)
				continue
			case content == nil && (strings.Contains(cls, "content") || strings.Contains(cls, "text") || strings.Contains(cls, "message")):
				content = c
				continue
			case body == nil && strings.Contains(cls, "body"):
				body = c
			case cm.Date == "" && strings.Contains(cls, "date"):
				cm.Date = textOf(c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	switch {
	case content != nil:
		cm.Text = textOf(content)
	case body != nil:
		cm.Text = textOf(body)
	default:
		cm.Text = textOf(n)
	}
	if len(cm.Date) >= 10 && cm.Date[4] == '-' {
		cm.Date = cm.Date[:10]
	}
	return cm, cm.Text != ""
}
