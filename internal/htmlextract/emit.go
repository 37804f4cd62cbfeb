package htmlextract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/boilerplate"
	"github.com/lede-news/lede/internal/model"
)

// ctx is the kind of block that inline text currently flows into.
type ctx struct {
	kind    string
	level   int
	ordered bool
}

// Pruning thresholds.
const (
	// linkListShare is rule "link-list": a list or container with more of
	// its text in links than this is navigation or related links (menus and
	// "More stories" lists run above 0.8; prose lists with a link per item
	// stay under 0.5).
	linkListShare = 0.65
	// linkListProse spares a link-heavy container whose unlinked text is
	// mostly prose (a short article body next to a "Breaking news" list):
	// it is descended into and its lists pruned one by one. The test is
	// "at most", so that a list of nothing but links (no unlinked text, no
	// prose) is pruned too.
	linkListProse = 0.25
	// linkParaShare and linkParaMax are rule "link-line": a short paragraph
	// that is nearly all link ("Read more: <a>Title</a>"). Like rule
	// "link-list" it applies on pages with thinPageGood of prose or more;
	// on a thinner page (a service's or a shop's landing page) the linked
	// lines are its offers ("Ferry timetables for every harbour"),
	// and only a teaser's call to action that repeats its linked title's
	// link goes (see repeatsLink). (On the WCXB dev pages: words
	// 0.87441→0.87469, 16 pages up, 12 down by half as much; articles and
	// extract/ bodies unchanged, snippets 0.938→0.939.)
	linkParaShare = 0.8
	linkParaMax   = 200
	// keepShare is the safeguard of every pruning rule: a region holding
	// this share of the content's good text is content whatever its class
	// says (a blog whose article wrapper is class="post-share-wrap").
	keepShare = 0.6
	// thinPageGood: on a page with less prose than this in its content
	// (a service or shop page), link lists are what it offers and stay.
	thinPageGood = 1500
	// teaserKeepMin: teaser cards are dropped only when the content holds
	// this much prose besides them; on a listing page the cards are the
	// content.
	teaserKeepMin = 400
	// layoutCellMax: a table cell with more text than this makes the table a
	// layout table (data cells hold words and figures, not articles).
	layoutCellMax = 600
	// threadAuthors: this many author-classed elements on a page are post
	// signatures (an article has one byline, at most two).
	threadAuthors = 3
	// removedTextMax bounds the text kept per Removed record.
	removedTextMax = 120
)

func (x *extractor) emitChildren(n *html.Node, c ctx, depth int) {
	if depth > maxDepth {
		return
	}
	// prevEnd is where the previous child element's text ended, while no
	// text node has followed it (rule "element-boundary").
	prevEnd := -1
	// prevShown is the previous child element while only white space has
	// followed it, if it added text (rule "adjacent-copy").
	var prevShown *html.Node
	// prevText is the previous child text node while only white space has
	// followed it, and prevLen its visible length (rule "adjacent-copy").
	var prevText string
	prevLen := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			v := visibleLen(ch.Data)
			if prevShown != nil && x.textCopy(ch.Data, v, prevShown) {
				x.a.Removed = append(x.a.Removed, model.Removed{Kind: model.RemovedOther, Text: model.CollapseSpace(ch.Data), Rule: "adjacent-copy"})
				prevShown = nil
				continue
			}
			x.appendText(ch.Data)
			x.edge, x.sibling, prevEnd = 0, false, -1
			if v > 0 {
				prevShown, prevText, prevLen = nil, ch.Data, v
			}
		case html.ElementNode:
			if prevShown != nil && x.adjacentCopy(prevShown, ch) ||
				prevText != "" && x.textCopy(prevText, prevLen, ch) {
				x.a.Removed = append(x.a.Removed, model.Removed{Kind: model.RemovedOther, Text: shortText(ch, removedTextMax), Rule: "adjacent-copy"})
				continue
			}
			prevText = ""
			start, blocks := len(x.buf), len(x.a.Body)
			if start != x.edge {
				x.sibling = false
			}
			if start == prevEnd && !phrasing(ch.DataAtom) && n.DataAtom != atom.P {
				x.sibling = true
			}
			x.edge = start
			x.emitElement(ch, c, depth+1)
			end := len(x.buf)
			if end != start {
				x.sibling = false
			}
			x.edge, prevEnd = end, end
			if phrasing(ch.DataAtom) {
				prevEnd = -1
			}
			prevShown = nil
			if end > start || len(x.a.Body) > blocks {
				prevShown = ch
			}
		}
	}
}

func (x *extractor) emitElement(n *html.Node, c ctx, depth int) {
	// Rule "control-label": see controlLabel.
	if n.DataAtom == atom.Select && x.thread && x.controlLabel() {
		x.a.Removed = append(x.a.Removed, model.Removed{Kind: model.RemovedOther, Text: model.CollapseSpace(string(x.buf)), Rule: "control-label"})
		x.buf = x.buf[:0]
	}
	ni, ok := x.get(n)
	if !ok || ni.skip() {
		x.skipped(n)
		return
	}
	if x.embedBlock(n) {
		return
	}
	if n.DataAtom == atom.A && headingAnchor(n) {
		return
	}
	if ni.strip() {
		x.drop(n, bkRelated, "offer-strip", c)
		return
	}
	if ni.effBoiler() || (ni.boiler != bkNone && !ni.rescued() && x.applies(&ni) && float64(ni.good) < keepShare*float64(x.rootGood)) {
		if ni.boiler == bkByline && (ni.text > bylineMaxLen || x.authors >= threadAuthors) {
			// Long "author"-classed regions are forum posts and the like;
			// many short ones are the signatures of a thread's posts.
		} else if (ni.word == wHidden || ni.word == wClassHidden) && x.disclosurePanel(n, &ni) {
			// Rule "disclosure-panel": see disclosurePanel.
		} else if ni.boiler == bkNone {
			if x.rootCGood >= thinPageGood && !x.cardStays(n, &ni) {
				x.drop(n, bkRelated, "teaser-card", c)
				return
			}
			// On a thin page the cards are what it offers.
		} else {
			x.drop(n, ni.boiler, ni.word.String(), c)
			return
		}
	}
	if x.storyCard(n, &ni) {
		x.drop(n, bkRelated, "story-run", c)
		return
	}
	if ni.teaser() && !x.noTeasers && !x.threadPost(&ni) && !x.listing && x.rootCGood >= teaserKeepMin && float64(ni.good) < keepShare*float64(x.rootGood) && !x.cardStays(n, &ni) {
		x.drop(n, bkRelated, "teaser-card", c)
		return
	}
	// Rules "vote-count" (see voteCount) and "accepted-mark" (see
	// acceptedMark): a short element with nothing pending before it (a
	// vote count is the shorter, maxVoteCount < maxAcceptedMark).
	if ni.text <= maxAcceptedMark && !x.pending() {
		if ni.text <= maxVoteCount && voteCount(n) {
			x.drop(n, bkOther, "vote-count", c)
			return
		}
		if acceptedMark(n) {
			x.drop(n, bkOther, "accepted-mark", c)
			return
		}
	}
	// Rule "post-signature": see postSignature.
	if x.postSignature(n) {
		x.drop(n, bkOther, "post-signature", c)
		return
	}
	// Rule "starter-label": see starterLabel.
	if ni.text > 0 && ni.text <= maxStarterLabel && c.kind != model.KindPreformatted && !x.pending() && starterLabel(n) {
		x.drop(n, bkOther, "starter-label", c)
		return
	}
	// Rule "post-badge": see postBadge.
	if x.thread && ni.text > 0 && ni.text <= maxPostBadge && postBadge(n) {
		if isBlockTag(n.DataAtom) {
			x.flush(c) // the post's date before it is no label of the badge
		}
		x.drop(n, bkOther, "post-badge", c)
		return
	}
	if float64(ni.good) < keepShare*float64(x.rootGood) {
		// Rules "titled-region" and "related-box": see titledRegion.
		if k, rule := x.titledRegion(n); k != bkNone {
			x.drop(n, k, rule, c)
			return
		}
		// Rule "related-list": see relatedList.
		if x.relatedList(n) {
			x.drop(n, bkRelated, "related-list", c)
			return
		}
	}
	a := n.DataAtom
	// Rule "reply-form": see replyForm.
	if a == atom.Form && !x.pending() && replyForm(n) {
		if body := x.a.Body; len(body) > 0 && body[len(body)-1].Kind == model.KindHeading {
			if m := len(x.emptyTitles); m == 0 || x.emptyTitles[m-1].i != len(body)-1 {
				x.emptyTitles = append(x.emptyTitles, emptyTitle{len(body) - 1, body[len(body)-1].Text, bkComments})
			}
		}
	}
	if a == atom.Form && ni.text < signupFormMax && signupForm(n) {
		x.drop(n, bkNewsletter, "signup-form", c)
		return
	}
	// Rule "subscribe-pitch": see subscribePitch.
	if (a == atom.Div || a == atom.Section || a == atom.Aside) && x.subscribePitch(n, &ni) {
		x.drop(n, bkAppeal, "subscribe-pitch", c)
		return
	}
	// Rules "card-link" and "price-grid": inside a card that holds prose,
	// or a product grid (see gridBlocks), the cards' titles and short
	// lines are no link list.
	card := (a == atom.A && ni.good >= cardLinkProse) || n == x.grid
	if card {
		x.proseCard++
	}
	from, start := len(x.a.Body), len(x.buf)
	x.emitKept(n, &ni, c, depth)
	if a == atom.Code || a == atom.Kbd || a == atom.Samp {
		// Rule "code-shortcode": see noteCodeLine.
		x.codeFrom, x.codeTo = start, len(x.buf)
	}
	if card {
		x.proseCard--
	}
	if n == x.grid {
		// Rule "grid-repeats": see noteGridLines.
		x.noteGridLines(from)
	}
}

// emitKept is emitElement on an element the rules before the card-link
// count kept. (A function of its own, not a deferred decrement: a defer
// in emitElement, which has more returns than the compiler open-codes
// defers for, cost every element a deferreturn, 2-4% of emitting on
// pages of tiny elements, pprof of BenchmarkPatho.)
func (x *extractor) emitKept(n *html.Node, ni *nodeInfo, c ctx, depth int) {
	a := n.DataAtom
	if x.listing && a == atom.Header && ni.text > 0 && float64(ni.link) > linkListShare*float64(ni.text) && siteBanner(n) {
		x.drop(n, bkNav, "site-banner", c)
		return
	}
	if (a == atom.Ul || a == atom.Ol || a == atom.Div) && ni.link > 0 && ni.text < paginationMax && pagination(n) {
		x.drop(n, bkNav, "pagination", c)
		return
	}
	switch a {
	case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Dl, atom.Table, atom.Menu, atom.Form, atom.Header:
		if !x.listing && x.proseCard == 0 && x.rootCGood >= thinPageGood && ni.text > 0 && float64(ni.link) > linkListShare*float64(ni.text) &&
			float64(ni.good) < keepShare*float64(x.rootGood) && float64(ni.good) <= linkListProse*float64(ni.text-ni.link) &&
			!(a == atom.Table && x.linkedDataTable(n)) && !x.termList(n, ni) && !nameList(n) && !x.entryTitle(n, ni) && !quoteHead(n) {
			k := bkNav
			if a == atom.Ul || a == atom.Ol {
				k = bkRelated
			}
			x.drop(n, k, "link-list", c)
			return
		}
	case atom.P:
		if !x.listing && x.proseCard == 0 && ni.text > 0 && ni.text < linkParaMax && float64(ni.link) > linkParaShare*float64(ni.text) &&
			(x.rootCGood >= thinPageGood || repeatsLink(n)) && !linkedSentence(n) {
			x.drop(n, bkRelated, "link-line", c)
			return
		}
	}
	switch a {
	case atom.Br:
		x.buf = append(x.buf, '\n')
		return
	case atom.Img:
		if x.inFigure == 0 && x.addImage(n, "", "") {
			x.looseImg = n
		}
		return
	case atom.Hr:
		x.flush(c)
		return
	}
	if a == 0 && x.ampComponent(n) {
		return
	}
	if !isBlockTag(a) && (a != 0 || inlineCustom(n)) {
		x.emitChildren(n, c, depth)
		return
	}
	x.flush(c)
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		hc := ctx{kind: model.KindHeading, level: headingLevel(a)}
		x.emitChildren(n, hc, depth)
		x.flush(hc)
		return
	case atom.Ul, atom.Ol, atom.Menu:
		x.emitChildren(n, ctx{kind: model.KindListItem, ordered: a == atom.Ol}, depth)
	case atom.Li:
		lc := c
		if lc.kind != model.KindListItem {
			lc = ctx{kind: model.KindListItem}
		}
		x.emitChildren(n, lc, depth)
		x.flush(lc)
		return
	case atom.Dl:
		x.emitChildren(n, ctx{kind: model.KindListItem}, depth)
	case atom.Blockquote:
		bc := ctx{kind: model.KindBlockquote}
		x.emitChildren(n, bc, depth)
		x.flush(bc)
		return
	case atom.Pre:
		x.appendRaw(n)
		x.flushRaw()
		return
	case atom.Table:
		if x.isDataTable(n) {
			x.emitTable(n)
			return
		}
		x.emitChildren(n, ctx{kind: model.KindParagraph}, depth)
	case atom.Figure:
		x.inFigure++
		x.figure(n)
		x.emitChildren(n, c, depth)
		x.inFigure--
	case atom.Figcaption:
		if x.inFigure > 0 {
			x.buf = x.buf[:0]
			return
		}
		x.emitChildren(n, c, depth)
	case atom.P, atom.Td, atom.Th, atom.Dt, atom.Dd:
		x.emitChildren(n, c, depth)
	default:
		if c.kind == model.KindListItem && a != atom.Li {
			// A <div> inside a list item is still the item.
			x.emitChildren(n, c, depth)
		} else {
			x.emitChildren(n, c, depth)
		}
	}
	x.flush(c)
}

// siteBanner reports whether the <header> n stands outside any <main>,
// <article> or role=main: the site's banner, not an article's header.
// Rule "site-banner": on a listing page (too little prose for the class
// rules, see listing) the banner is kept for the site's title and
// description the search weighs, but a banner mostly of links (its menus,
// "Sign in", "Orders", "Cart") is no text of the page's: it goes at
// emission. (On the WCXB dev pages: 4 listing and collection pages up,
// none down; role=banner besides <header> changed none.)
func siteBanner(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Main || p.DataAtom == atom.Article || attr(p, "role") == "main" {
			return false
		}
	}
	return true
}

// paginationMax bounds the text of a pager: page numbers and arrows
// ("1 2 3 … 48 Next »" is 15 bytes; ten numbers of three digits and two
// words run under 60). Not tuned: 120 is twice that, and the rule's word
// test, not the bound, keeps prose out.
const paginationMax = 120

// pageWords are the pager's words besides its numbers, lower-cased.
var pageWords = map[string]bool{"page": true, "next": true, "previous": true, "prev": true, "first": true, "last": true,
	"»": true, "«": true, "›": true, "‹": true, "→": true, "←": true, ">": true, "<": true, "…": true, "...": true,
	"weiter": true, "zurück": true, "suivant": true, "précédent": true, "siguiente": true, "anterior": true}

// pagination is rule "pagination": a box of minPageLinks or more links
// and as many page numbers, holding nothing but page numbers and a
// pager's words ("1 2 3 … 12 Next »"), is a listing's pager, not its text.
func pagination(n *html.Node) bool {
	links, nums := 0, 0
	ok := true
	var walk func(m *html.Node, depth int)
	walk = func(m *html.Node, depth int) {
		for c := m.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for _, f := range strings.Fields(c.Data) {
					switch {
					case numeral(f) && !strings.ContainsAny(f, ".,"):
						nums++
					case pageWords[strings.ToLower(f)]:
					default:
						ok = false
						return
					}
				}
			case html.ElementNode:
				if isJunkTag(c.DataAtom) {
					continue
				}
				if depth > maxCardDepth {
					ok = false
					return
				}
				if c.DataAtom == atom.A {
					links++
				}
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return ok && links >= minPageLinks && nums >= minPageLinks
}

// minPageLinks: a pager links to two pages or more and shows two page
// numbers or more (the current page, the next ones).
const minPageLinks = 2

// repeatsLink reports whether the first link inside n points where
// another link beside n, inside n's parent, already points: a teaser's
// call to action ("Explore ways to keep your boat dry") under its
// linked title.
func repeatsLink(n *html.Node) bool {
	a := firstChild(n, atom.A)
	if a == nil || n.Parent == nil {
		return false
	}
	href := attr(a, "href")
	if href == "" || href[0] == '#' {
		return false
	}
	found := false
	var walk func(m *html.Node, depth int)
	walk = func(m *html.Node, depth int) {
		for c := m.FirstChild; c != nil && !found && depth < maxCardDepth; c = c.NextSibling {
			if c == n || c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A && attr(c, "href") == href {
				found = true
				return
			}
			walk(c, depth+1)
		}
	}
	walk(n.Parent, 0)
	return found
}

// skipped handles a junk element: players and frames can be embeds.
func (x *extractor) skipped(n *html.Node) {
	switch n.DataAtom {
	case atom.Iframe, atom.Embed, atom.Object:
		src := attr(n, "src")
		if src == "" {
			src = attr(n, "data-src")
		}
		if src == "" {
			src = attr(n, "data")
		}
		if src != "" {
			x.addEmbedURL(src, nil)
		}
	case atom.Script:
		// Telegram's widget script names the post it becomes:
		// data-telegram-post="channel/123"
		if post := attr(n, "data-telegram-post"); post != "" {
			x.addEmbedURL("https://t.me/"+post, nil)
		}
	case atom.Video:
		x.a.Media.Video = true
	case atom.Audio:
		x.a.Media.Audio = true
	}
}

// pending reports whether the inline buffer holds visible text.
func (x *extractor) pending() bool {
	for _, c := range x.buf {
		if c > ' ' {
			return true
		}
	}
	return false
}

// drop records a pruned region in Article.Removed and, for comments on
// request, in Article.Comments. A heading left just before a region named
// as boilerplate (its title: "Related stories") goes with it (see
// namedRegion), unless the region is named for how it shows its content
// (see presentational).
func (x *extractor) drop(n *html.Node, k boilerKind, rule string, c ctx) {
	// Rule "pending-text": the inline text read before the dropped region
	// is not the region's. Inside a paragraph (an inline <span
	// class="share"> mid-sentence) it goes on after the region. Before a
	// dropped block it is a block of its own when a heading heads it (a
	// section written as loose text and <br> under its <h2>, then an image
	// carousel) or when it is a sentence (see pendingProse); otherwise it
	// is the region's label ("Share this:", "Was this article helpful?
	// (95 votes)" before a rating widget) and goes with it.
	if isBlockTag(n.DataAtom) {
		if body := x.a.Body; (len(body) > 0 && body[len(body)-1].Kind == model.KindHeading) || x.pendingProse() {
			x.flush(c)
		} else {
			x.buf = x.buf[:0]
		}
	}
	body := x.a.Body
	if k == bkByline && x.bylineAt < 0 {
		x.bylineAt = len(body)
	}
	if len(body) > 0 && body[len(body)-1].Kind == model.KindHeading && len(body[len(body)-1].Text) < maxRegionTitle && namedRegion(rule) && !x.pending() && !presentational(rule) && !x.deckHeading(k, body) {
		if x.headline(body[len(body)-1].Text) {
			// The headline over a byline box goes as the title, not as
			// the box's (rule "title-echo").
			x.removeTitle(len(body) - 1)
		} else if x.emptyRegion(n) {
			if m := len(x.emptyTitles); m == 0 || x.emptyTitles[m-1].i != len(body)-1 {
				x.emptyTitles = append(x.emptyTitles, emptyTitle{len(body) - 1, body[len(body)-1].Text, k})
			}
		} else {
			// dropBlock, not a cut: an embed inside the heading came
			// after it and must move back with it.
			x.dropBlock(len(body)-1, removedKind[k], "heading-of-dropped")
		}
	}
	if k == bkComments && x.opts.Comments {
		x.comments(n)
	}
	// Embedded posts inside a dropped wrapper (<div class="social-embed">
	// around a tweet) are still the article's, unless the region is
	// comments, related links or ads.
	if k != bkComments && k != bkRelated && k != bkAd {
		x.scanEmbeds(n)
	}
	if rule == "class:caption" {
		x.looseCaption(n)
	}
	t := shortText(n, removedTextMax)
	if t == "" {
		return
	}
	x.a.Removed = append(x.a.Removed, model.Removed{Kind: removedKind[k], Text: t, Rule: rule})
	if name := x.posterName(n); name != "" {
		x.emitPostLine(name) // rule "poster-name"
	} else if date := x.postDate(n, rule); date != "" {
		x.emitPostLine(date) // rule "post-date"
	}
}

// looseCaption is rule "loose-caption": a caption element (n, classed
// "caption") beside a picture set outside <figure> (<div class="image">
// <img><p class="caption">Ships at anchor. Image: Port office</p></div>)
// is that picture's caption and credit, as a <figcaption> is its
// figure's. Beside means the next element after the picture or after its
// wrapper (a link or <picture> around the <img>). (lede extract --format
// json over the 2,057 pages of extract/ and extract-wcxb/: 29 pictures of
// 17 pages gain a caption or credit, all the picture's when read. A
// caption anywhere in the wrapper's wrapper reached one standing after
// other text: TestLooseCaption.)
func (x *extractor) looseCaption(n *html.Node) {
	img, imgs := x.looseImg, x.a.Media.Images
	if img == nil || len(imgs) == 0 || imgs[len(imgs)-1].Caption != "" || imgs[len(imgs)-1].Credit != "" ||
		nextElement(img) != n && (img.Parent == nil || nextElement(img.Parent) != n) {
		return
	}
	x.looseImg = nil
	last := &imgs[len(imgs)-1]
	t := textOf(n)
	if kind, _, ok := x.classifyBlock(t); ok && kind == model.RemovedImageCredit {
		last.Credit = t // a credit alone ("© Agency", "photo: Ada Lund via Flickr")
		return
	}
	last.Caption, last.Credit = splitCredit(t)
}

// headline reports whether heading text t is the article's title.
func (x *extractor) headline(t string) bool {
	return x.a.Title != "" && foldEq(t, x.a.Title)
}

// cardStays reports whether a teaser-shaped card is kept from rule
// "teaser-card" by one of the rules that read it as part of the page: a
// card set between paragraphs of the text (interleaved), an entry of a
// ranked list (rankedEntry), an item of a kept list of names (termItem),
// a service's offer (serviceCard), or an entry's title (entryTitle). Both
// of the rule's drops ask it.
func (x *extractor) cardStays(n *html.Node, ni *nodeInfo) bool {
	return x.interleaved(n) || rankedEntry(n) || x.termItem(n) || x.serviceCard(n, ni) || x.entryTitle(n, ni)
}

// nextElement returns the element after n among its siblings, past white
// space only, or nil.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode:
			return c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		}
	}
	return nil
}

// signupFormMax bounds the text of a signup form (rule "signup-form"): a
// newsletter box's pitch, field labels and consent line run to a few
// hundred bytes. On the dev pages the longest form the rule takes holds
// 400 to 600 bytes (a bound of 400 changes one WCXB page) and no bound at
// all changes none: the bound guards against a <form> wrapping the page's
// text (ASP.NET pages wrap theirs in one) whose e-mail field would take
// that text with it.
const signupFormMax = 600

// signupForm is rule "signup-form": a <form> that asks for an e-mail
// address and takes no message is a newsletter or account signup, whatever
// its classes ("JOIN our free tide-table newsletter [email] [Join]"). A
// comment or contact form has a <textarea> and is left to the other rules.
func signupForm(n *html.Node) bool {
	email := false
	for d := range n.Descendants() {
		switch d.DataAtom {
		case atom.Textarea:
			return false
		case atom.Input:
			if typ := attr(d, "type"); strings.EqualFold(typ, "email") ||
				((typ == "" || strings.EqualFold(typ, "text")) && strings.Contains(strings.ToLower(attr(d, "name")), "email")) {
				email = true
			}
		}
	}
	return email
}

// deckHeading is rule "byline-deck": a heading that is a sentence of
// four words or more ("The new owners plan to reopen the mill in May.")
// standing over a byline box is the story's deck, which sites set between
// the headline and the byline; a byline box's own title is a label
// ("About the author", "Autor"). The deck stays, also when the regions
// after the byline (its e-mail link, a share bar) are dropped in turn.
func (x *extractor) deckHeading(k boilerKind, body []model.Block) bool {
	last := len(body) - 1
	if x.deck.text != "" && x.deck.i == last && x.deck.text == body[last].Text {
		return true
	}
	if k != bkByline || !deckSentence(body[last].Text) {
		return false
	}
	x.deck.i, x.deck.text = last, body[last].Text
	return true
}

// deckSentence: s ends a sentence and has four words or more.
func deckSentence(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "…") {
		return false
	}
	return len(strings.Fields(s)) >= 4
}

// emptyRegion reports whether n shows no text. An empty region named as
// boilerplate after a heading (an ad slot, a hidden placeholder) says
// nothing of what the heading titles: rule "heading-of-dropped" then
// decides by what follows (see emptyTitle).
func (x *extractor) emptyRegion(n *html.Node) bool {
	ni, ok := x.get(n)
	return ok && ni.text == 0
}

// scanEmbeds records the embeds inside n (markup and frames), in order.
func (x *extractor) scanEmbeds(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Iframe, atom.Embed, atom.Object, atom.Video:
			x.skipped(c)
			continue
		case atom.Blockquote, atom.Div:
			if x.embedBlock(c) {
				continue
			}
		case 0:
			if _, ok := ampPost[c.Data]; ok && x.ampComponent(c) {
				continue
			}
		}
		x.scanEmbeds(c)
	}
}

// Text accumulation.

// appendText adds s to the inline buffer, folding white space.
func (x *extractor) appendText(s string) {
	b := x.buf
	space := len(b) == 0 || b[len(b)-1] == ' ' || b[len(b)-1] == '\n'
	if !space && len(b) == x.edge && s != "" && !inlineSpace(s[0]) && boundarySpace(b, s, x.sibling) {
		b = append(b, ' ')
		space = true
	}
	for i := 0; i < len(s); {
		c := s[i]
		format := 0 // the byte length of an invisible character at i (rule "format-char")
		if c == 0xC2 || c == 0xE2 || c == 0xEF {
			format = formatChar(s[i:])
		}
		switch {
		case inlineSpace(c):
			if !space {
				b = append(b, ' ')
				space = true
			}
			i++
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			// U+00A0 no-break space.
			if !space {
				b = append(b, ' ')
				space = true
			}
			i += 2
		case format > 0:
			// Rule "format-char": see formatChar.
			if r := c1Rune(s[i:]); r != 0 {
				b = utf8.AppendRune(b, r)
				space = false
			}
			i += format
		default:
			// A run of other bytes is copied at once (byte by byte, this
			// loop was a tenth of emitting).
			j := i + 1
			for j < len(s) && !inlineSpace(s[j]) && s[j] != 0xC2 && s[j] != 0xE2 && s[j] != 0xEF {
				j++
			}
			b = append(b, s[i:j]...)
			space = false
			i = j
		}
	}
	x.buf = b
}

// inlineCustom is rule "inline-custom": an element of a name HTML does
// not know (a web component, "<source-note>") is laid out as a block
// unless it flows inside a line, where a browser shows it inline as it
// does every unknown element: set in a paragraph, a heading or a link
// ("…boats in the bay are under ten metres long
// (<trusted-ref><a>1</a></trusted-ref>).") or with text of its own
// beside it. A block there cut the sentence in three.
func inlineCustom(n *html.Node) bool {
	if p := n.Parent; p != nil {
		switch p.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I:
			return true
		}
	}
	for _, s := range [2]*html.Node{n.PrevSibling, n.NextSibling} {
		if s != nil && s.Type == html.TextNode && visibleLen(s.Data) > 0 {
			return true
		}
	}
	return false
}

// boundarySpace is rule "element-boundary": text that meets an element
// boundary with no white space between is two words when a browser shows
// it so, by the page's styles we do not read. Two signs say so without
// them. A lower-case letter followed by a capital across any element edge
// ("<b>Opening hours</b>Monday to Friday", "<a>Harbour</a><em>Tide
// Tables</em>", an empty <span class="br"> between two sentences): inside
// a word a capital follows a lower-case letter only in names like
// "iPhone", which are not split at tags. And two sibling elements with no
// text node between whose texts meet letter to letter or after a
// sentence's stop ("<span>brand</span><span>model</span>": a card's
// fields, a flex row's items, a menu of inline-blocks), when both run to
// two characters or more: an animation that sets each letter in its own
// <span> stays one word, and so do words marked up in parts (see
// phrasing). Scripts written without spaces
// (Chinese, Japanese, Thai) are left alone.
func boundarySpace(b []byte, s string, sibling bool) bool {
	prev, pn := utf8.DecodeLastRune(b)
	next, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(prev) && unicode.IsUpper(next) || unicode.IsLetter(prev) && unicode.Is(unicode.Sc, next) {
		// "…hours</b>Monday", and a label before a price ("Sale
		// price<span>£20</span>").
		return true
	}
	if !sibling || !spacedWordRune(next) || len(b) < pn+1 {
		return false
	}
	switch {
	case unicode.IsLower(prev) && unicode.IsLower(next):
		// Word processors split running text into styled runs anywhere,
		// mid-word too ("hous</span><span>ing").
		return false
	case spacedWordRune(prev):
	case strings.ContainsRune(".!?;:,", prev) && !unicode.IsDigit(next):
		// A shop sets a price's cents apart ("19.</span><span>60").
	default:
		return false
	}
	// Both sides run to two characters: the byte before prev is part of
	// the left element's text only when it is no space.
	before, _ := utf8.DecodeLastRune(b[:len(b)-pn])
	second, _ := utf8.DecodeRuneInString(s[utf8.RuneLen(next):])
	return before != ' ' && before != '\n' && before != utf8.RuneError && second != utf8.RuneError && !unicode.IsSpace(second)
}

// minCopyText is the least visible text of an element rule
// "adjacent-copy" takes for a copy of its sibling: a shorter one ("1",
// "★", a letter of a word set letter by letter) repeats legitimately.
// "NEW", a badge, is the shortest copy on the WCXB dev pages.
const minCopyText = 3

// adjacentCopy is rule "adjacent-copy": an element that shows the same
// text as the sibling element just before it, with nothing between them,
// is a second rendering of it (one copy for phones, one for desktops,
// styled by classes we do not read: "<span class="md:hidden">New</span>
// <span class="hidden md:block">New</span>"; a ticker that repeats its
// message to scroll it), never new text for the reader: the first, which
// was emitted, stays. Only inline elements are compared: copies set apart
// as blocks are rule "repeated-block"'s.
func (x *extractor) adjacentCopy(prev, n *html.Node) bool {
	if isBlockTag(n.DataAtom) || n.DataAtom == 0 {
		// Blocks side by side are a table's or a record's fields as often
		// ("Withheld" as employer and as place, "No limit" in two
		// plans' unclassed columns): a block copy is the same element,
		// class and all, rendered twice.
		if n.DataAtom != prev.DataAtom {
			return false
		}
		if c := attr(n, "class"); c == "" || c != attr(prev, "class") {
			return false
		}
	}
	ni, ok := x.get(n)
	if !ok || ni.text < minCopyText {
		return false
	}
	pi, ok := x.get(prev)
	if !ok || ni.text != pi.text || ni.link != pi.link {
		return false
	}
	t := textOf(n)
	if strings.IndexByte(t, ' ') < 0 && attr(n, "class") == attr(prev, "class") {
		// One word twice in spans alike is a sentence set word by word
		// ("I know <span>that</span> <span>that</span> is so"); a
		// badge's copies differ by their screen-size classes.
		return false
	}
	return strings.IndexFunc(t, unicode.IsLetter) >= 0 && t == textOf(prev) && sameLinks(prev, n)
}

// minTextCopy is the least visible text rule "adjacent-copy" takes for a
// copy between a text node and an element ("Sold by the harbour shop<span
// class="clipped">Sold by the harbour shop</span>", a screen reader's
// copy): longer than minCopyText, since a word said twice, once
// emphasised ("very, <em>very</em>"), is no copy. The shortest such copy
// on the WCXB dev pages is a price (as "EUR 14.50").
const minTextCopy = 8

// textCopy reports whether the text node t (v visible bytes) and the
// element n, side by side, show the same text (rule "adjacent-copy").
func (x *extractor) textCopy(t string, v int, n *html.Node) bool {
	if v < minTextCopy {
		return false
	}
	ni, ok := x.get(n)
	if !ok || int(ni.text) != v || ni.link > 0 {
		return false
	}
	c := model.CollapseSpace(t)
	return strings.IndexFunc(c, unicode.IsLetter) >= 0 && c == textOf(n)
}

// sameLinks reports whether a and b link to the same places in the same
// order: two listings' cards can read alike ("Harbour master, Full-time")
// and link to different offers.
func sameLinks(a, b *html.Node) bool {
	var la []string
	for d := range a.Descendants() {
		if d.DataAtom == atom.A {
			la = append(la, attr(d, "href"))
		}
	}
	i := 0
	for d := range b.Descendants() {
		if d.DataAtom == atom.A {
			if i >= len(la) || la[i] != attr(d, "href") {
				return false
			}
			i++
		}
	}
	return i == len(la) && (a.DataAtom != atom.A || attr(a, "href") == attr(b, "href"))
}

// phrasing reports the elements that mark up words inside a sentence
// (emphasis, code, a superscript): they are never a card's field or a
// row's item, and two of them side by side with nothing between show as
// one word ("<em><b>half</b></em><em>way</em>"), so rule
// "element-boundary" takes no boundary beside them for a sibling's.
func phrasing(a atom.Atom) bool {
	switch a {
	case atom.Em, atom.Strong, atom.B, atom.I, atom.U, atom.S, atom.Mark, atom.Small,
		atom.Code, atom.Abbr, atom.Cite, atom.Q, atom.Kbd, atom.Var, atom.Samp,
		atom.Sup, atom.Sub, atom.Font, atom.Tt, atom.Del, atom.Ins, atom.Dfn, atom.Bdi, atom.Bdo:
		return true
	}
	return false
}

// spacedWordRune reports a letter or digit of a script that separates
// words with spaces (rule "element-boundary").
func spacedWordRune(r rune) bool {
	if r >= 0x0E00 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF || r >= 0x2E80 {
		return false // Thai, Lao, Myanmar, Khmer, CJK and beyond
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// formatChar is rule "format-char": the byte length of the invisible
// formatting character or C1 control that s opens, or 0. A zero-width
// space (U+200B), the word joiner (U+2060), left-to-right and
// right-to-left marks (U+200E, U+200F) and a stray byte-order mark
// (U+FEFF) show as nothing, yet cut a word in two for any reader of the
// text ("harbour\u200bmaster" is two words to a search index); they go.
// Joiners that shape a script or an emoji (U+200C, U+200D) stay, and so do
// the soft hyphen and the invisible separators (U+00AD, U+2061-U+2064):
// both benchmarks' golds keep them, and reading them as nothing cost
// extract/ snippets 0.94146 -> 0.94037 and WCXB words 0.00045 (soft
// hyphens split words there). A C1 control (U+0080-U+009F) is never text:
// it is a Windows-1252 byte decoded as Latin-1 on the page's way (U+0092
// for the apostrophe of "don't"), and reads as that character (see
// c1Rune).
func formatChar(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[0] {
	case 0xC2:
		if s[1] >= 0x80 && s[1] <= 0x9F {
			return 2
		}
	case 0xE2:
		if len(s) >= 3 && (s[1] == 0x80 && (s[2] == 0x8B || s[2] == 0x8E || s[2] == 0x8F) || s[1] == 0x81 && s[2] == 0xA0) {
			return 3
		}
	case 0xEF:
		if len(s) >= 3 && s[1] == 0xBB && s[2] == 0xBF {
			return 3
		}
	}
	return 0
}

// cp1252 maps the C1 controls U+0080-U+009F to the characters of
// Windows-1252 that share their byte (0 where it has none).
var cp1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// c1Rune is the character a C1 control opening s stands for (see
// formatChar), or 0 for anything else.
func c1Rune(s string) rune {
	if len(s) >= 2 && s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F {
		return cp1252[s[1]-0x80]
	}
	return 0
}

// inlineSpace reports the ASCII white space appendText folds.
func inlineSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// appendRaw adds the text of a <pre> as written.
func (x *extractor) appendRaw(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			x.buf = append(x.buf, c.Data...)
		case html.ElementNode:
			if c.DataAtom == atom.Br {
				x.buf = append(x.buf, '\n')
			} else if !isJunkTag(c.DataAtom) {
				x.appendRaw(c)
			}
		}
	}
}

// flush turns the inline buffer into a block of the context's kind.
func (x *extractor) flush(c ctx) {
	code := x.codeSpan()
	t := trimBlock(x.buf)
	x.buf = x.buf[:0]
	if t == "" || invisible(t) || (c.kind != model.KindHeading && counterOnly(t)) {
		return
	}
	if imageURL(t) {
		x.a.Removed = append(x.a.Removed, model.Removed{Kind: model.RemovedOther, Text: t, Rule: "image-url"})
		return
	}
	// Rule "bare-marker": see listMarker.
	if m := listMarker(t); m != 0 {
		if m == markerNumber {
			x.marker = t
		}
		return
	}
	// Rule "post-furniture" and the paragraph rules read the block
	// lower-cased: it is lowered once, by the first that reads it, and
	// only for a block short enough for one of them.
	var l string
	if c.kind != model.KindHeading && len(t) <= maxFurnitureLen {
		l = strings.ToLower(t)
		if postFurniture(l) {
			x.a.Removed = append(x.a.Removed, model.Removed{Kind: model.RemovedOther, Text: t, Rule: "post-furniture"})
			return
		}
	}
	// Rule "phrase": short blocks the shared boilerplate rules know ("Share
	// this article", "Read more:", cookie sentences, ad labels).
	if len(t) <= boilerplate.MaxBlockLen || boilerplate.TextLen(t) <= boilerplate.MaxBlockLen {
		if kind, rule, ok := x.classifyBlock(t); ok {
			x.a.Removed = append(x.a.Removed, model.Removed{Kind: kind, Text: t, Rule: rule})
			return
		}
	}
	// Rule "entry-time": the stamp waits for the block under it.
	// (A clock time opens with a digit: only such short blocks are read,
	// lowered once with the rules above.)
	if c.kind == model.KindParagraph && len(t) <= maxEntryTime && isDigit(t[0]) {
		if l == "" {
			l = strings.ToLower(t)
		}
		if entryTime(t, l) {
			x.settleStamp(false)
			x.stamp = t
			return
		}
	}
	// Rule "embed-code": see embedCode. (Only a block that opens with '<'
	// is read.)
	if (c.kind == model.KindParagraph || c.kind == model.KindListItem) && t[0] == '<' && embedCode(t) {
		x.a.Removed = append(x.a.Removed, model.Removed{Kind: model.RemovedShare, Text: t, Rule: "embed-code"})
		return
	}
	// Rules "dateline", "license-notice", "figure-label",
	// "credited-caption", "share-line" and "form-consent": see
	// paragraphRules.
	if c.kind == model.KindParagraph && len(t) <= maxParagraphRuleLen {
		if l == "" {
			l = strings.ToLower(t)
		}
		for _, r := range paragraphRules {
			if r.match(t, l) {
				x.a.Removed = append(x.a.Removed, model.Removed{Kind: r.kind, Text: t, Rule: r.rule})
				return
			}
		}
	}
	if x.marker != "" {
		t = x.marker + " " + t
		x.marker = ""
	}
	if x.stamp != "" {
		x.settleStamp(c.kind == model.KindHeading || c.kind == model.KindParagraph && entrySentence(t))
	}
	if code && c.kind == model.KindParagraph {
		x.noteCodeLine(t)
	}
	x.a.Body = append(x.a.Body, model.Block{Kind: c.kind, Text: t, Level: c.level, Ordered: c.ordered})
}

// minEntryWords: the paragraph under an entry time (rule "entry-time") is
// a sentence of this many words or more, as in the text path's rule
// entry-time-heading.
const minEntryWords = 6

// entrySentence reports whether t reads as a live blog entry's paragraph.
func entrySentence(t string) bool {
	t = strings.TrimRight(t, " \"'”’)")
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "…") {
		return false
	}
	return len(strings.Fields(t)) >= minEntryWords
}

// settleStamp ends the wait of an entry time (rule "entry-time"): over an
// entry's heading or sentence it heads the entry, as a heading; over
// anything else (a video card's duration badge over its title, another
// time) it goes.
func (x *extractor) settleStamp(heads bool) {
	if x.stamp == "" {
		return
	}
	if heads {
		x.a.Body = append(x.a.Body, model.Block{Kind: model.KindHeading, Text: x.stamp, Level: 2})
	} else {
		x.a.Removed = append(x.a.Removed, model.Removed{Kind: model.RemovedOther, Text: x.stamp, Rule: "entry-time"})
	}
	x.stamp = ""
}

// phraseVerdict is boilerplate.Classify's answer on a block.
type phraseVerdict struct {
	kind, rule string
	ok         bool
}

// maxMemoBlock and maxMemoEntries bound the blocks classifyBlock
// remembers: short ones (a table's cells, a listing's labels, a forum's
// "Reply" and "Quote"), at most a few thousand distinct ones per page, so
// that the map stays small to look up and to clear.
const (
	maxMemoBlock   = 64
	maxMemoEntries = 4096
)

// classifyBlock is boilerplate.Classify remembered per page for short
// blocks: a dense page repeats its cells ("Yes", "n/a", "—"), and each
// repeat cost a full pass over the rules (pprof: 0.4 us per block, an
// eighth of a 300k-row table's extraction). Classify is a pure function
// of the text, so the answer is the same.
func (x *extractor) classifyBlock(t string) (kind, rule string, ok bool) {
	if len(t) > maxMemoBlock {
		return boilerplate.Classify(t)
	}
	if v, hit := x.phraseMemo[t]; hit {
		return v.kind, v.rule, v.ok
	}
	kind, rule, ok = boilerplate.Classify(t)
	if x.phraseMemo == nil {
		x.phraseMemo = make(map[string]phraseVerdict, 64)
	}
	if len(x.phraseMemo) < maxMemoEntries {
		x.phraseMemo[t] = phraseVerdict{kind, rule, ok}
	}
	return kind, rule, ok
}

// imageExts are the image file types of rule "image-url".
var imageExts = []string{".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg", ".avif"}

// imageURL is rule "image-url": a block that is only the address of an
// image file is a template's field or a lazy loader's payload printed as
// text ("https://cdn.example/thumbs/boot_red_160.jpg" under a shop's
// colour swatches), never what a reader reads: the image is what the page
// shows. (No gold line of either benchmark is one; bare links to pages
// are kept: the WCXB gold, bodies and snippets, keeps 85 of them, in
// guides and references.)
func imageURL(t string) bool {
	if len(t) < 12 || t[0] != 'h' || !(strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http://")) || strings.ContainsAny(t, " \n") {
		return false
	}
	path, _, _ := strings.Cut(t, "?")
	path = strings.ToLower(path)
	for _, e := range imageExts {
		if strings.HasSuffix(path, e) {
			return true
		}
	}
	return false
}

// Kinds of bare list markers (rule "bare-marker").
const (
	markerNone = iota
	markerBullet
	markerNumber
)

// listMarker is rule "bare-marker": a block that is only a bullet ("•",
// "-", "▪") or an item's number ("3.") is the marker of the item whose
// text a page sets in the next element ("<span class="num">3.</span>
// <div>Check the tide tables</div>"). Alone on a line it reads as an
// empty bullet: a bullet goes, a number opens the next block ("3. Check
// the tide tables"), since it counts the steps.
func listMarker(t string) int {
	switch t {
	case "•", "·", "-", "–", "*", "▪", "◦", "●", "○", "■", "□", "►", "▸", "›", "»":
		return markerBullet
	}
	if n := len(t); n >= 2 && n <= 4 && t[n-1] == '.' {
		for i := 0; i < n-1; i++ {
			if !isDigit(t[i]) {
				return markerNone
			}
		}
		return markerNumber
	}
	return markerNone
}

// paragraphRules remove a whole paragraph block, tried in order after
// rule "phrase": a publication line, a reuse notice, a numbered caption,
// a credited caption outside <figure>, a share bar of a label and
// network names and a form's consent line (see datelineBlock,
// licenseNotice, figureLabel, creditedCaption, shareLine, formConsent).
// Each match takes the block and the block lower-cased.
var paragraphRules = []struct {
	rule  string
	kind  string
	match func(t, lower string) bool
}{
	{"dateline", model.RemovedOther, datelineBlock},
	{"license-notice", model.RemovedOther, licenseNotice},
	{"figure-label", model.RemovedImageCredit, figureLabel},
	{"credited-caption", model.RemovedImageCredit, creditedCaption},
	{"share-line", model.RemovedShare, shareLine},
	{"form-consent", model.RemovedOther, formConsent},
}

// maxEntryTime bounds rule "entry-time": a clock time and a zone or an
// am/pm ("10:42 a.m. GMT").
const maxEntryTime = 16

// entryTimeSuffixes may follow the clock time of rule "entry-time",
// lower-cased: am/pm, "Uhr", and the common time zones.
var entryTimeSuffixes = []string{"am", "pm", "a.m.", "p.m.", "uhr", "h", "gmt", "bst", "utc", "cet", "cest", "est", "edt", "cst",
	"cdt", "pst", "pdt", "et", "pt", "mez", "mesz", "ist", "aest", "aedt"}

// entryTime is rule "entry-time": a paragraph that is a clock time alone
// ("10:42", "9:15am", "14.05 GMT", "10h15") stamps a live blog's entry
// (the entry's <time> set in a box of its own above its text). It waits
// for the block under it (see settleStamp): over the entry's heading or
// sentence it heads the entry as a heading, as the text path's rule
// entry-time-heading does (the time is the entry's news, and gold bodies
// keep it); over anything else (a video card's duration badge, "1:07",
// over its title) it goes. A colon or "h" between hours and minutes makes
// a clock time; a period does only with a suffix ("10.42" alone is a
// price or a figure).
//
// The text path's rule (internal/textclean entryTimeLine and
// entryParagraph) reads a stamp nearly so; not the same helper, as
// either side's output would move: this one also takes "10h15" (the
// text path leaves "1h30", a recipe's time, alone), bounds hours and
// minutes, takes only entryTimeSuffixes after the time (the text path
// its dateWords, with weekdays and separators), allows 16 bytes (the
// text path 15), heads a heading as well as a sentence, and ends a
// sentence at "!", "?", "…" too (see entrySentence); a time over no
// entry goes here, and stays a paragraph there (but for rule
// watch-duration's video length under a teaser).
//
// Measured with lede bench extract --cases
// ../shared/bench/{extract,extract-wcxb}/cases.jsonl --out P.jsonl, P
// scored by score_extract.py --per-page, halves by md5(id)%2. Dropping
// the time (4b35702; 0816040 -> 4b35702): WCXB words half 0 0.87262 ->
// 0.87263 (listing 0.70887 -> 0.70907: a video listing's duration
// badges, an article's one badge), half 1 byte-identical; extract/
// byte-identical. Heading the entry (5e296a9; f69a6c4 -> 5e296a9): WCXB
// half 0 one article keeps a duration over its heading (page F1 0.97404
// -> 0.97369, half equal to 5 places), half 1 and extract/
// byte-identical.
func entryTime(t, l string) bool {
	if len(l) > maxEntryTime || len(l) < 4 {
		return false
	}
	i := 0
	for i < len(l) && isDigit(l[i]) {
		i++
	}
	if i == 0 || i > 2 || i+3 > len(l) {
		return false
	}
	sep := l[i]
	if (sep != ':' && sep != '.' && sep != 'h') || !isDigit(l[i+1]) || !isDigit(l[i+2]) || (i+3 < len(l) && isDigit(l[i+3])) {
		return false
	}
	h, m := int(l[0]-'0'), int(l[i+1]-'0')*10+int(l[i+2]-'0')
	if i == 2 {
		h = h*10 + int(l[1]-'0')
	}
	if h > 23 || m > 59 {
		return false
	}
	rest := strings.TrimSpace(l[i+3:])
	if rest == "" {
		return sep != '.'
	}
	for _, w := range strings.Fields(rest) {
		if !slices.Contains(entryTimeSuffixes, w) {
			return false
		}
	}
	return true
}

// creditedCaption is rule "credited-caption": a short block that ends in
// a picture credit ("Marco Odermatt, Ski-Star aus der Schweiz. © AFP /
// MARCO BERTORELLO", "Roman Prymula, photo: Government archive") is a
// caption outside <figure>.
func creditedCaption(t, lower string) bool {
	if len(t) > maxCaptionLen {
		return false
	}
	i := strings.LastIndex(t, "©")
	return (i > 0 && len(t)-i <= maxCreditTail) || creditTail(lower)
}

// maxCaptionLen and maxCreditTail bound rule "credited-caption": captions
// run to a sentence or two, credits to an agency and a name or two.
const (
	maxCaptionLen = 300
	maxCreditTail = 60
)

// maxEmbedCodeLen bounds rule "embed-code": a player's embed tag with its
// size, title and allow list runs to a few hundred bytes.
const maxEmbedCodeLen = 600

// embedTags open the markup a share tool offers to copy, lower-cased
// with the space after the tag's name.
var embedTags = []string{"<iframe ", "<script ", "<embed ", "<object ", "<video ", "<audio "}

// embedCode is rule "embed-code": a paragraph or list item that is one tag of player
// markup and nothing else (`<iframe src="https://radio.example/player/7"
// width="100%" height="290">`) is the copy-and-paste box of an audio or
// video tool's "Embed" button, which a listing repeats under every story
// and a reader never reads as text. It opens with one of embedTags,
// carries a source (src= or data=) and ends with the tag's '>'. Code a
// documentation page shows sits in <pre>, a block of its own kind this
// rule never sees, and a sentence that names a tag ("Paste the <iframe>
// tag") opens with a word.
func embedCode(t string) bool {
	if t == "" || len(t) > maxEmbedCodeLen || t[len(t)-1] != '>' {
		return false
	}
	l := strings.ToLower(t)
	for _, p := range embedTags {
		if strings.HasPrefix(l, p) {
			return strings.Contains(l, " src=") || strings.Contains(l, " data=")
		}
	}
	return false
}

// maxParagraphRuleLen: no paragraphRules match takes a longer block.
const maxParagraphRuleLen = max(maxDatelineLen, maxLicenseLen, maxFigureLabelLen, maxCaptionLen, maxConsentLen)

func (x *extractor) flushRaw() {
	t := strings.TrimRight(string(x.buf), " \n\t\r")
	t = strings.TrimLeft(t, "\n\r")
	x.buf = x.buf[:0]
	if strings.TrimSpace(t) == "" {
		return
	}
	x.settleStamp(false)
	x.a.Body = append(x.a.Body, model.Block{Kind: model.KindPreformatted, Text: t})
}

// trimBlock trims the buffer and removes spaces around line breaks.
func trimBlock(b []byte) string {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\n') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\n') {
		j--
	}
	if i == j {
		return ""
	}
	b = b[i:j]
	hasNL := false
	for _, c := range b {
		if c == '\n' {
			hasNL = true
			break
		}
	}
	if !hasNL {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for k := 0; k < len(b); k++ {
		c := b[k]
		if c == ' ' && ((k+1 < len(b) && b[k+1] == '\n') || (len(out) > 0 && out[len(out)-1] == '\n')) {
			continue
		}
		if c == '\n' && len(out) > 1 && out[len(out)-1] == '\n' && out[len(out)-2] == '\n' {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// shortText returns at most max bytes of n's folded text, cut at a rune
// boundary. Words are parted at every tag as well as at white space (share
// buttons stand side by side with nothing between them), except at a mark
// the page writes against the tag: "By <a>Jo Roe</a>, Rome (<i>AP</i>)"
// reads "By Jo Roe, Rome (AP)".
func shortText(n *html.Node, max int) string {
	var b []byte
	glued := false // no white space or block edge since the last word
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				d := c.Data
				if r, _ := utf8.DecodeRuneInString(d); unicode.IsSpace(r) {
					glued = false
				}
				for f := range strings.FieldsSeq(d) {
					if len(b) > 0 && !(glued && (strings.IndexByte(closingMarks, f[0]) >= 0 || strings.IndexByte(openingMarks, b[len(b)-1]) >= 0)) {
						b = append(b, ' ')
					}
					b = append(b, f...)
					glued = true
					if len(b) >= max {
						return false
					}
				}
				if r, _ := utf8.DecodeLastRuneInString(d); unicode.IsSpace(r) {
					glued = false
				}
			case html.ElementNode:
				if isJunkTag(c.DataAtom) {
					continue
				}
				block := isBlockTag(c.DataAtom)
				glued = glued && !block
				if !walk(c) {
					return false
				}
				glued = glued && !block
			}
		}
		return true
	}
	walk(n)
	if len(b) > max {
		k := max
		for k > 0 && !utf8.RuneStart(b[k]) {
			k--
		}
		b = b[:k]
	}
	return string(b)
}

// closingMarks are written against the word before them, openingMarks
// against the word after them.
const (
	closingMarks = ",.;:!?)]}%"
	openingMarks = "([{"
)

// textOf returns n's folded text (all of it).
func textOf(n *html.Node) string {
	b := appendRawText(nil, n, nil)
	// b is not written again: the string may share its bytes, as
	// strings.Builder's does.
	return model.CollapseSpace(unsafe.String(unsafe.SliceData(b), len(b)))
}

// appendRawText appends the text under n to b as textOf reads it, before
// its white space is folded: junk tags left out, a space before each
// block element, and the elements skip reports (nil: none).
func appendRawText(b []byte, n *html.Node, skip func(*html.Node) bool) []byte {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b = append(b, c.Data...)
		case html.ElementNode:
			if isJunkTag(c.DataAtom) || skip != nil && skip(c) {
				continue
			}
			if isBlockTag(c.DataAtom) {
				b = append(b, ' ')
			}
			b = appendRawText(b, c, skip)
		}
	}
	return b
}

// appendCellText is appendRawText for a table cell, leaving out the
// elements a reader of the page never sees there (rule "hidden-cell":
// hiddenInCell): a cell is written whole, so the boilerplate rules, which
// drop hidden elements elsewhere, never reach inside it, and a standings
// table's "<span class="show-mobile">HBR</span><span
// class="hide-mobile">Harbour Rovers</span>" read "HBRHarbour Rovers".
func (x *extractor) appendCellText(b []byte, n *html.Node) []byte {
	return appendRawText(b, n, x.hiddenInCell)
}

// hiddenInCell is rule "hidden-cell" on the element c of a cell: left
// out are the elements hidden by the hidden attribute or an inline
// display:none, and by a class that says so ("hidden", "md:hidden", rule
// "mobile-only"'s names). Not a screen reader's text: in a cell it stands
// for what an icon shows (a check mark's "Yes" in a plan comparison; left
// out, a WCXB service page lost its table's every answer).
func (x *extractor) hiddenInCell(c *html.Node) bool {
	ni := x.info1(c)
	switch {
	case ni.srOnly():
		return false
	case ni.word == wHidden:
		return true
	case ni.word == wClassHidden:
		// The word may come from an id ("reveal_hidden_rows", a button's
		// own): the class must say it.
		_, w := classifyValue(attr(c, "class"))
		return w == "hidden"
	}
	return false
}

// Tables.

// isDataTable tells a table of data from a layout table: no table inside
// it and no cell longer than layoutCellMax.
func (x *extractor) isDataTable(n *html.Node) bool {
	return x.dataTableUnder(n, 0)
}

// dataTableUnder is isDataTable's walk of the elements under m, depth
// levels below the table (a plain recursive method: a recursive closure
// was an allocation per call, and leafBlocks asks of every table).
func (x *extractor) dataTableUnder(m *html.Node, depth int) bool {
	for c := m.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Table:
			if depth > 0 {
				return false
			}
		case atom.Td, atom.Th:
			if x.info1(c).text > layoutCellMax {
				return false
			}
		}
		if !x.dataTableUnder(c, depth+1) {
			return false
		}
	}
	return true
}

// emitTable emits a data table as one block: its Text, the rows a line
// each and the cells parted by tabs, and its Rows, each cell's text (an
// all-empty row left out, the caption a first row of one cell). The cells
// are substrings of the Text, which is written once, and the rows share
// one slice of cells: a string and a closure per cell (textOf) and a
// slice per row grown by append made 142 allocations per KB of a page
// over a table of rows of two 1-character cells, and kept the rows' text
// twice (go test ./internal/htmlextract -run TestPathoAlloc -v, shape
// "data").
func (x *extractor) emitTable(n *html.Node) {
	t := tableText{scratch: x.cellBuf[:0]}
	nRows, nCells := 0, 0
	x.tableRows(n, func(tr *html.Node) {
		nRows++
		nCells += x.tableCells(tr, nil)
	}, func(*html.Node) {
		nRows++
		nCells++
	})
	t.spans = make([][2]int32, 0, nCells)
	t.ends = make([]int, 0, nRows)
	x.tableRows(n, func(tr *html.Node) {
		t.startRow()
		x.tableCells(tr, &t)
		t.endRow()
	}, func(c *html.Node) {
		// The caption is part of the table's text as the first row.
		t.startRow()
		t.scratch = appendRawText(t.scratch[:0], c, nil)
		t.cell(t.scratch)
		t.endRow()
	})
	x.cellBuf = t.scratch[:0]
	if len(t.ends) == 0 {
		return
	}
	text := string(t.text)
	cells := make([]string, len(t.spans))
	for i, s := range t.spans {
		cells[i] = text[s[0]:s[1]]
	}
	rows := make([][]string, len(t.ends))
	start := 0
	for i, end := range t.ends {
		rows[i] = cells[start:end:end]
		start = end
	}
	x.settleStamp(false)
	x.a.Body = append(x.a.Body, model.Block{Kind: model.KindTable, Text: text, Rows: rows})
}

// tableRows calls row for each row of table n and caption for each
// caption, in document order, looking through the row groups (thead,
// tbody) and other wrappers but not into skipped elements.
func (x *extractor) tableRows(n *html.Node, row, caption func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Tr:
			row(c)
		case atom.Caption:
			caption(c)
		default:
			if !x.info1(c).skip() {
				x.tableRows(c, row, caption)
			}
		}
	}
}

// tableCells counts the cells of row tr that are not skipped and, with t,
// writes their text into it.
func (x *extractor) tableCells(tr *html.Node, t *tableText) int {
	n := 0
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.Type != html.ElementNode || (td.DataAtom != atom.Td && td.DataAtom != atom.Th) || x.info1(td).skip() {
			continue
		}
		n++
		if t != nil {
			t.scratch = x.appendCellText(t.scratch[:0], td)
			t.cell(t.scratch)
		}
	}
	return n
}

// tableText is a table's text as emitTable writes it: the text, each
// cell's span in it, and the end of each row in the spans.
type tableText struct {
	text    []byte
	spans   [][2]int32
	ends    []int
	scratch []byte // a cell's text before its space is folded
	// row and mark are where the row being written starts in spans and
	// text; full says whether one of its cells holds text.
	row, mark int
	full      bool
}

func (t *tableText) startRow() {
	t.row, t.mark, t.full = len(t.spans), len(t.text), false
	if len(t.ends) > 0 {
		t.text = append(t.text, '\n')
	}
}

// cell writes a cell of the row from its raw text, its space folded as
// textOf folds it.
func (t *tableText) cell(raw []byte) {
	if len(t.spans) > t.row {
		t.text = append(t.text, '\t')
	}
	// raw is written again only after c is copied.
	c := model.CollapseSpace(unsafe.String(unsafe.SliceData(raw), len(raw)))
	start := len(t.text)
	t.text = append(t.text, c...)
	t.spans = append(t.spans, [2]int32{int32(start), int32(len(t.text))})
	if c != "" {
		t.full = true
	}
}

// endRow ends the row being written, or takes it back when none of its
// cells holds text (a row of no cells or of empty ones is left out).
func (t *tableText) endRow() {
	if !t.full {
		t.spans, t.text = t.spans[:t.row], t.text[:t.mark]
		return
	}
	t.ends = append(t.ends, len(t.spans))
}

// invisible reports whether a block holds only zero-width characters and
// spaces (a "\u200d" spacer paragraph of a page builder, a paragraph of
// en or ideographic spaces).
func invisible(t string) bool {
	for _, r := range t {
		if !unicode.IsSpace(r) && !strings.ContainsRune(zeroWidth, r) {
			return false
		}
	}
	return true
}

// zeroWidth are the characters invisible finds besides white space.
const zeroWidth = "\u200b\u200c\u200d\u2060\ufeff"

// maxFurnitureLen bounds rule "post-furniture": a post's action label or
// counter is a word or three ("Report inappropriate content", "12,408
// posts").
const maxFurnitureLen = 40

// postActions are, lower-cased, the action labels under a forum post,
// and the header of a code box inside one (rule "code-box-label": forum
// software sets "Code: Select all" over each code block a post quotes, a
// link that selects the code, in the board's language).
var postActions = map[string]bool{"reply": true, "quote": true, "report": true, "report inappropriate content": true,
	"share": true, "like": true, "permalink": true, "flag": true, "upvote": true, "downvote": true, "report post": true,
	"report abuse": true, "reply with quote": true, "quick reply": true, "multiquote": true, "multi-quote": true,
	"code: select all": true, "code: alles auswählen": true, "code : tout sélectionner": true, "code: tout sélectionner": true,
	"código: seleccionar todo": true, "código: selecionar tudo": true, "codice: seleziona tutto": true,
	"code: selecteer alles": true, "kod: zaznacz wszystko": true, "код: выделить всё": true, "код: выделить все": true}

// postCounters are the units of a poster's or a post's counters ("231
// helpful votes", "1.2k likes"). Not "answers" (a Q&A page's "5 Answers"
// heads its answers) nor "followers" (a directory's entries).
var postCounters = map[string]bool{"post": true, "posts": true, "reply": true, "replies": true, "helpful vote": true,
	"helpful votes": true, "like": true, "likes": true, "reaction": true, "reactions": true, "point": true, "points": true,
	"message": true, "messages": true, "vote": true, "votes": true, "comment": true, "comments": true, "view": true, "views": true}

// postFurniture is rule "post-furniture": a block that is only a forum
// post's action label ("Reply", "Report inappropriate content") or a
// counter of its author's or its own ("12,408 posts", "231 helpful
// votes") is furniture around the posts, not their text. (On the WCXB dev
// pages: 18 pages up, 14 of them forums, none down.) l is the block
// lower-cased; flush asks only of blocks of maxFurnitureLen bytes or less.
func postFurniture(l string) bool {
	if postActions[l] {
		return true
	}
	n, unit, ok := strings.Cut(l, " ")
	if !ok || !postCounters[unit] {
		return false
	}
	n = strings.TrimRight(n, "km")
	return n != "" && isDigit(n[0]) && numeral(n)
}

// numeral reports whether s is a non-empty run of digits and the commas
// and points that group them ("12,408", "1.2").
func numeral(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != ',' && c != '.' {
			return false
		}
	}
	return s != ""
}

// counterOnly is rule "counter": a block that is only a post's number
// ("#12", the permalink of a forum post) is furniture. (Bare numbers stay:
// dropping them lost list values and scores on the dev pages.)
func counterOnly(t string) bool {
	return len(t) >= 2 && len(t) <= 12 && t[0] == '#' && numeral(t[1:]) || slideCounter(t)
}

// anchorMarks are the one-character links documentation generators and
// Markdown renderers put beside a heading to copy its address (Sphinx's
// "¶", "§", GitHub-style "#", a link symbol).
var anchorMarks = []string{"¶", "§", "#", "🔗", "⚓"}

// headingAnchor is rule "heading-anchor": a link to a place on its own
// page ("#options") whose whole text is an anchor mark is the heading's
// copy-link button, not words of the heading ("Options¶").
func headingAnchor(a *html.Node) bool {
	t := a.FirstChild
	if t == nil || t.Type != html.TextNode || t.NextSibling != nil || !strings.HasPrefix(attr(a, "href"), "#") {
		return false
	}
	return slices.Contains(anchorMarks, strings.TrimSpace(t.Data))
}

// maxSlides bounds a carousel's slide count in rule "slide-counter": two
// digits (the WCXB dev pages' counters run to a dozen slides); "1 of 300" is a
// quantity, not a slide.
const maxSlides = 99

// slideWords join a slide's number to the count in the languages of the
// dev pages ("2 of 5", "2 von 5", "2 de 5", "2 sur 5").
var slideWords = []string{"of", "von", "de", "sur", "di", "van", "z", "av", "af"}

// slideCounter is rule "slide-counter": a block that is only "N of M"
// (N at most M, M at most maxSlides) is a carousel's counter, shown over
// its slides, not text. The bare "N/M" form stays: it is also a rating
// ("5/5") or a step, and the WCXB gold keeps both (26 such lines), while
// no gold line on either benchmark is "N of M" alone.
func slideCounter(t string) bool {
	if len(t) < 6 || len(t) > 16 || !isDigit(t[0]) {
		return false
	}
	a, rest, ok := strings.Cut(t, " ")
	if !ok {
		return false
	}
	w, b, ok := strings.Cut(rest, " ")
	if !ok || !numeral(a) || !numeral(b) || strings.ContainsAny(a+b, ".,") {
		return false
	}
	n, m := atoiSmall(a), atoiSmall(b)
	return n >= 1 && n <= m && m <= maxSlides && slices.Contains(slideWords, strings.ToLower(w))
}

// atoiSmall reads a run of at most three digits (larger: 1000).
func atoiSmall(s string) int {
	if len(s) > 3 {
		return 1000
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// maxRegionTitle: a region's title ("Related stories", "More from our
// partners") is a few words; a longer heading before a dropped region is a
// section of the text. (Set in the engine's first version, not measured.)
const maxRegionTitle = 80

// namedRegion tells the rules that drop a region by what the page calls it
// (class, id, tag or role). Only such a region takes the heading before it
// along: the heading over a region dropped for its shape (a link list, a
// run of teaser cards, a link line) is as often the title of a section the
// reader came for ("Frequently Asked Questions" over linked questions).
// Rule "offer-strip" counts as named: its heading ("Other mugs from this
// shop", invented) titles the other offers, never the product's own text.
func namedRegion(rule string) bool {
	return strings.HasPrefix(rule, "class:") || strings.HasPrefix(rule, "tag:") || strings.HasPrefix(rule, "role:") || rule == "offer-strip"
}

// dropTrailingHeadings is rule "trailing-heading": a heading that closes
// the text with a colon ("Participating blogs:", "Save the map:")
// introduces something that is not there: a region that was pruned or lies
// outside the root. (Closing headings without a colon are often a page's
// last line of copy, and stay.) It first ends rule "heading-of-dropped"
// for the headings before empty regions (dropEmptyTitles), which waits,
// like this rule, for the whole body.
func (x *extractor) dropTrailingHeadings() {
	x.dropEmptyTitles()
	// dropBlock moves back the embeds that came after the heading.
	for body := x.a.Body; len(body) > 1 && body[len(body)-1].Kind == model.KindHeading && endsWithColon(body[len(body)-1].Text); body = x.a.Body {
		x.dropBlock(len(body)-1, model.RemovedOther, "trailing-heading")
	}
}

// emptyTitle is a heading followed by an empty region named as
// boilerplate (rule "heading-of-dropped"): Body[i], whose text is text,
// when the region went; k is the region's kind.
type emptyTitle struct {
	i    int
	text string
	k    boilerKind
}

// dropEmptyTitles ends rule "heading-of-dropped" for headings before an
// empty region: a heading whose section text follows the empty region
// ("<h2>When the ferry sails</h2><div class="ad-slot"></div><p>…") titles
// that text and stays; one followed by no text of its own (the next block
// is a heading of its level or above, or nothing) titled the region, a
// widget filled by script ("<h3>News</h3><div class="widget-news"></div>"),
// and goes.
func (x *extractor) dropEmptyTitles() {
	for j := len(x.emptyTitles) - 1; j >= 0; j-- {
		e, body := x.emptyTitles[j], x.a.Body
		if e.i >= len(body) || body[e.i].Kind != model.KindHeading || body[e.i].Text != e.text {
			continue // the heading went another way
		}
		if e.i+1 < len(body) && (body[e.i+1].Kind != model.KindHeading || body[e.i+1].Level > body[e.i].Level) {
			continue
		}
		x.dropBlock(e.i, removedKind[e.k], "heading-of-dropped")
	}
	x.emptyTitles = x.emptyTitles[:0]
}

// endsWithColon reports whether s ends in an ASCII or full-width colon.
func endsWithColon(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// minDataRows and minDataCols: see rule "linked-data-table".
const (
	minDataRows = 4
	minDataCols = 3
)

// linkedDataTable is rule "linked-data-table": a table with a header row
// and rows of several cells is data even when most cells are links (a
// list of laureates by year and field, every name linked); navigation
// tables are one link per cell in one row or column, or nested layout.
func (x *extractor) linkedDataTable(n *html.Node) bool {
	if !x.isDataTable(n) {
		return false
	}
	rows, head := 0, false
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom != atom.Tr {
				walk(c)
				continue
			}
			cells, ths := 0, 0
			for td := c.FirstChild; td != nil; td = td.NextSibling {
				switch td.DataAtom {
				case atom.Th:
					ths++
					cells++
				case atom.Td:
					cells++
				}
			}
			if ths >= minDataCols {
				head = true
			}
			if cells >= minDataCols {
				rows++
			}
		}
	}
	walk(n)
	return head && rows >= minDataRows
}

// maxDatelineLen: a publication line is a label, a date and a time or a
// second label and date ("Pubblicato il 19 Febbraio 2020 Ultima modifica
// 19 Febbraio 2020 12:02"); longer blocks are sentences.
const maxDatelineLen = 90

// datelineLabels open a publication line, lower-cased.
var datelineLabels = []string{"published", "last updated", "updated", "posted on", "veröffentlicht", "veröffentlichung",
	"aktualisiert", "zuletzt aktualisiert", "publiziert", "erschienen am", "publié", "mis à jour", "pubblicato", "ultima modifica",
	"aggiornato", "publicado", "actualizado", "opublikowano", "zaktualizowano", "gepubliceerd", "bijgewerkt"}

// datelineBlock is rule "dateline": a short block that opens with a
// publication label and holds a year is the article's date line, which
// the record keeps in Dates, not in the text.
func datelineBlock(t, l string) bool {
	if len(t) > maxDatelineLen {
		return false
	}
	if !hasAnyPrefix(l, datelineLabels) {
		return false
	}
	for i := 0; i+4 <= len(l); i++ {
		if (l[i] == '1' && l[i+1] == '9' || l[i] == '2' && l[i+1] == '0') && isDigit(l[i+2]) && isDigit(l[i+3]) &&
			(i == 0 || !isDigit(l[i-1])) && (i+4 == len(l) || !isDigit(l[i+4])) {
			return true
		}
	}
	return false
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// maxFigureLabelLen: captions run to a sentence or two.
const maxFigureLabelLen = 200

// figureLabels open a numbered caption, lower-cased: "Figure 3:",
// "Abbildung 4:", "Fig. 2.".
var figureLabels = []string{"figure ", "fig. ", "fig ", "abbildung ", "abb. ", "figura ", "rysunek ", "rys. ", "afbeelding "}

// figureLabel is rule "figure-label": a short block that opens with a
// numbered figure label and a colon or a period ("Abbildung 4: klassische
// Schwachschicht.") is the caption of a picture set outside <figure>. ("Figure
// 2 shows ..." is a sentence of the text and stays.)
func figureLabel(t, l string) bool {
	if len(t) > maxFigureLabelLen {
		return false
	}
	for _, p := range figureLabels {
		if !strings.HasPrefix(l, p) {
			continue
		}
		j := len(p)
		for j < len(l) && isDigit(l[j]) {
			j++
		}
		if j == len(p) {
			return false
		}
		return j == len(l) || l[j] == ':' || l[j] == '.'
	}
	return false
}

// interleaved is rule "listicle-item": a teaser-shaped card whose
// siblings hold more prose than the cards among them is an item of the
// text (a buying guide's "<h3><a>Product</a></h3><p>why we like it</p>"
// between its paragraphs), not a box of links to other stories, whose
// siblings are cards. Wrappers that hold the card alone (<div
// class="item-wrap"><div class="card">…</div></div>) are looked through:
// the card's siblings are those of its outermost sole wrapper.
func (x *extractor) interleaved(n *html.Node) bool {
	if x.info1(n).good == 0 {
		return false
	}
	n = x.soleWrapper(n)
	p := n.Parent
	if p == nil {
		return false
	}
	// What follows depends on p alone, and the cards of one box are
	// emitted one after the other: the last box's answer is kept, so a box
	// of k cards is read once, not k times over (see ilvBox).
	if p == x.ilvBox {
		return x.ilv
	}
	x.ilvBox, x.ilv = p, x.interleavedBox(p)
	return x.ilv
}

// interleavedBox is interleaved's verdict on the box p whose children are
// the card and its siblings.
func (x *extractor) interleavedBox(p *html.Node) bool {
	var cards, prose, ncards int32
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		ci := x.info1(c)
		if ci.teaser() {
			ncards++
			cards += ci.good
		} else {
			prose += ci.good
		}
	}
	if prose > cards {
		return true
	}
	return ncards >= minRunCards && x.cardRun(x.soleWrapper(p))
}

// termList is rule "term-list": a short list of short linked names set
// between the text's paragraphs is part of the text, not navigation: a
// guide's picks ("Our picks:" then <li><a>Harbour Goggles</a>
// </li><li><a>Pier Fins</a></li>), the data types or commands a tutorial
// links to their reference pages. A menu or a box of other stories closes
// the text or stands beside it, and its headlines run longer than names
// (see termItemMax); a long directory of links (a mover's hundreds of
// town pages under its article) exceeds termListMax.
func (x *extractor) termList(n *html.Node, ni *nodeInfo) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items := countChildren(n, atom.Li)
	return items > 0 && items <= termListMax && int(ni.text) <= termItemMax*items && x.cardRun(n)
}

// countChildren counts the elements named a among n's children.
func countChildren(n *html.Node, a atom.Atom) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			k++
		}
	}
	return k
}

// nameList is rule "name-list": a box of links to people written as one
// enumeration, the links set apart by commas, semicolons or "and" and by
// nothing else ("<a>A. Lindqvist</a>, <a>B. Osei</a> and <a>C. Ruiz</a>"),
// is a record's list of names (a paper's authors, a film's cast), read as
// a sentence; a menu or a box of other stories sets its links apart by
// elements (items, cells, blocks), never by commas. Tag lines do use
// commas, but their tags are no names (see personName). (On the WCXB dev
// pages without the name test: 14 pages up, 28 down, tag rows and
// keyword lines taken in.)
func nameList(n *html.Node) bool {
	links, seps := 0, 0
	ok := true
	var walk func(m *html.Node, depth int)
	walk = func(m *html.Node, depth int) {
		for c := m.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for _, f := range strings.Fields(c.Data) {
					if f != "," && f != ";" && f != "and" && f != "&" && f != "，" {
						ok = false
						return
					}
					seps++
				}
			case html.ElementNode:
				switch {
				case c.DataAtom == atom.A:
					if !personName(textOf(c)) {
						ok = false
						return
					}
					links++
				case isJunkTag(c.DataAtom):
				case isBlockTag(c.DataAtom) || depth > maxCardDepth:
					ok = false
				default:
					walk(c, depth+1)
				}
			}
		}
	}
	walk(n, 0)
	// Every pair of names is set apart by a separator ("A, B and C";
	// links side by side with only spaces between are a tag row).
	return ok && links >= minNameLinks && seps >= links-1
}

// personName reports whether t reads as a person's name: two to
// maxNameWords words, the first and the last capitalised ("Ana de la
// Cruz"). A tag ("road trip", "Travel") is one word or lower case.
func personName(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > maxNameWords {
		return false
	}
	a, _ := utf8.DecodeRuneInString(f[0])
	b, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsUpper(a) && unicode.IsUpper(b)
}

// maxNameWords bounds a name in rule "name-list": given names, particles
// and family names ("Maria Luisa Ortega Vidal", "Ana de la Cruz"); a
// longer link text is a title. Not tuned: the authors on the WCXB dev page the
// rule was written for run to four words.
const maxNameWords = 6

// minNameLinks: an enumeration of names has two or more.
const minNameLinks = 2

// termListMax and termItemMax bound rule "term-list". On the dev pages
// the lists it keeps hold 2-20 items of 4-30 bytes on average; any bound
// from 20 to 100 items gives the same output, the smallest is kept. At 40
// bytes an item the rule took in boxes of two or three linked headlines
// (36-54 bytes an item) set into news stories on extract/ pages.
const (
	termListMax = 20
	termItemMax = 32
)

// soleWrapper returns the outermost ancestor of n (or n) that holds n's
// text alone: every element up to it has no sibling with text.
func (x *extractor) soleWrapper(n *html.Node) *html.Node {
	for depth := 0; depth < maxDepth && n.Parent != nil && n.Parent.Type == html.ElementNode; depth++ {
		for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c != n && c.Type == html.ElementNode && x.info1(c).text > 0 {
				return n
			}
		}
		if n.Parent.DataAtom == atom.Body {
			return n
		}
		n = n.Parent
	}
	return n
}

// cardRun is rule "listicle-run": a box mostly of teaser-shaped cards
// (minRunCards or more, holding more text than the box's other blocks: a
// roundup's one-line intro) set between the text's paragraphs, with
// prose before and after it, is the text's ranked list (a roundup
// plugin's "1. Product / why we like it" items in the middle of a buying
// guide), not a box of links to other stories, which closes the text or
// stands beside it.
func (x *extractor) cardRun(p *html.Node) bool {
	if p.Parent == nil {
		return false
	}
	var before, after int32
	seen := false
	for c := p.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == p {
			seen = true
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		// Boilerplate siblings count nothing: their cgood is 0 (see
		// refine); teaser cards kept as text are no prose either.
		ci := x.info1(c)
		if ci.teaser() {
			continue
		}
		if seen {
			after += ci.cgood
		} else {
			before += ci.cgood
		}
	}
	return before >= minGoodLen && after >= minGoodLen
}

// creditMarkers name a picture credit inside a caption, lower-cased and
// with the separator before them: "Roman Prymula, photo: Government
// archive", "Die Halle. Foto: Stadt Erfurt".
var creditMarkers = []string{", photo:", ". photo:", ", foto:", ". foto:", ", bild:", ". bild:", ", photo :", " | photo:", " | foto:",
	", credit:", ". credit:", ", photograph:", ", source:", ". quelle:", ", quelle:"}

// creditTail reports whether one of creditMarkers opens the tail of l, a
// block lower-cased.
func creditTail(l string) bool {
	// Only a marker starting in the last maxCreditTail bytes (and not at
	// the block's start) counts, so only that tail is searched: the same
	// answer as the last occurrence's position, without scanning the
	// whole block once per marker.
	start := max(1, len(l)-maxCreditTail)
	if start >= len(l) {
		return false
	}
	tail := l[start:]
	// every marker holds a colon (TestCreditMarkers): a tail without one
	// holds none, and most blocks end without a colon near
	if strings.IndexByte(tail, ':') < 0 {
		return false
	}
	for _, m := range creditMarkers {
		if strings.Contains(tail, m) {
			return true
		}
	}
	return false
}

// maxLicenseLen: a licence notice is a sentence or two.
const maxLicenseLen = 200

// licenseMarkers name a Creative Commons licence by its code or grant,
// lower-cased ("CC-BY-NC-ND-4.0", "CC BY-SA 4.0", "under a Creative
// Commons license"); a text about Creative Commons names it otherwise.
var licenseMarkers = []string{"cc-by", "cc by-", "cc by 2", "cc by 3", "cc by 4", "cc0 ", "under a creative commons",
	"under the creative commons", "unter einer creative-commons", "unter einer creative commons", "sous licence creative commons"}

// licenseNotice is rule "license-notice": a one-line block that grants a
// Creative Commons licence ("Dieser Text wurde veröffentlicht unter der
// Lizenz CC-BY-NC-ND-4.0-DE.") is the site's reuse notice, not the text.
// (A block of several lines is a record: an episode's date, length and
// licence.)
func licenseNotice(t, l string) bool {
	if len(t) > maxLicenseLen || strings.IndexByte(t, '\n') >= 0 {
		return false
	}
	// every marker holds "cc" or "creative" (TestLicenseMarkers): two
	// searches rule out most blocks instead of eleven
	if !strings.Contains(l, "cc") && !strings.Contains(l, "creative") {
		return false
	}
	for _, m := range licenseMarkers {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// pendingProse reports whether the inline buffer holds a sentence: at
// least minGoodLen visible bytes ending in sentence punctuation, that of
// Chinese and Japanese ("。", "！", "？"), Hindi ("।"), Arabic and Urdu
// ("؟", "۔") included.
func (x *extractor) pendingProse() bool {
	b := x.buf
	j := len(b)
	for j > 0 && b[j-1] <= ' ' {
		j--
	}
	if j == 0 || visibleLen(string(b[:j])) < minGoodLen {
		return false
	}
	switch b[j-1] {
	case '.', '!', '?':
		return true
	}
	if b[j-1] >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRune(b[:j])
		return strings.ContainsRune("。！？।؟۔", r)
	}
	return false
}

// presentational tells the rules of regions named for how they show
// their content (a carousel, a gallery, a collapsed panel) or for what
// they ask of the reader (a call-to-action box: "Book a sailing
// lesson"), not for what it is: the heading above one is the title of a
// section of the page, and stays when the region goes. (The heading over
// a "cta" box was gold text 22 times to 7 on the WCXB dev pages.) Only
// named regions (see namedRegion) are asked, so rule "hidden" (an
// attribute or style, not a name) is not here.
func presentational(rule string) bool {
	switch rule {
	case "class:carousel", "class:slideshow", "class:gallery", "class:lightbox", "class:caption",
		"class:hidden", "class:modal", "class:popup", "class:overlay", "class:cta":
		return true
	}
	return false
}

// minRunCards: see rule "listicle-run". A ranked list runs to three items
// or more; one or two cards set between paragraphs are an in-text "read
// also" box (on the dev pages the single and double cards so set were
// such boxes).
const minRunCards = 3
