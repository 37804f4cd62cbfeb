package htmlextract

import (
	"fmt"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"strings"
)

// nodeInfo is what the scoring pass learns about one element.
// nodeFlags are an element's marks, a bit each (a bool each made the
// record 44 bytes, not 36: see nodeInfo).
type nodeFlags uint8

const (
	// fEffBoiler: the element is boilerplate-classed and does not hold the
	// bulk of the page's prose (see refine).
	fEffBoiler nodeFlags = 1 << iota
	// fRescued: exempt from its boilerplate rule (rule "rescue").
	fRescued
	// fTeaser: the element is a teaser card (rule "teaser-card").
	fTeaser
	// fSkip: a junk tag or hidden: never text.
	fSkip
	// fSrOnly: hidden by a screen reader's class (rule
	// "screen-reader-only") or by a price block's state (rule
	// "price-state"): hidden for certain, whatever the relaxing.
	fSrOnly
	// fStrip: a strip of other offers' cards (rule "offer-strip").
	fStrip
)

// set turns flag f on or off.
func (p *nodeInfo) set(f nodeFlags, on bool) {
	if on {
		p.flags |= f
	} else {
		p.flags &^= f
	}
}

func (p nodeInfo) effBoiler() bool { return p.flags&fEffBoiler != 0 }
func (p nodeInfo) rescued() bool   { return p.flags&fRescued != 0 }
func (p nodeInfo) teaser() bool    { return p.flags&fTeaser != 0 }
func (p nodeInfo) skip() bool      { return p.flags&fSkip != 0 }
func (p nodeInfo) srOnly() bool    { return p.flags&fSrOnly != 0 }
func (p nodeInfo) strip() bool     { return p.flags&fStrip != 0 }

type nodeInfo struct {
	// (The counts come first, the flags, the kind and the word after them,
	// so that a record packs into 36 bytes: a dense page has 10-15k, a
	// table of 1-character cells one per 10 bytes of HTML.)

	// text and link count visible non-space bytes in the subtree, and those
	// inside links.
	text, link int32
	// good is the text of the subtree's paragraph-like blocks that are long
	// enough and not link lists (rule "good-text"); cgood is the same without
	// the blocks inside boilerplate-classed regions.
	good, cgood int32
	// ownGood is the good text of the element's own block (0 for inline
	// elements and short or link-heavy blocks).
	ownGood int32
	// ctext and clink are the text and link text outside effective
	// boilerplate.
	ctext, clink int32
	// paras counts the good blocks (cgood) in the subtree.
	paras int32
	// flags are the element's marks (nodeFlags), read through the methods
	// named after them (ni.skip()).
	flags nodeFlags
	// boiler is the boilerplate kind the element's own tag, role, class or
	// id names; word is what matched.
	boiler boilerKind
	word   wordID
}

// Scoring thresholds.
const (
	// minGoodLen: a block with fewer visible bytes is not a paragraph of
	// prose (menu items, buttons, dates run to 5-25 bytes; the shortest real
	// paragraphs on the dev pages run to about 40).
	minGoodLen = 30
	// maxGoodLinkShare: a block with more of its text in links than this is
	// a link list, not prose (Readability's 0.5 cut-off; "Read more: <a>…</a>"
	// lines have more than half their text in the link).
	maxGoodLinkShare = 0.5
	// maxDepth bounds recursion on hostile, deeply nested pages. Real pages
	// nest fewer than 60 elements.
	maxDepth = 400
	// maxBoilerTops bounds the boilerplate regions remembered for
	// Article.Removed outside the content.
	maxBoilerTops = 64
	// linkHeadShare: a heading with this share of its text in a link is a
	// link to another page (a teaser's title), not a section heading.
	// In-page links (href="#q1", javascript:) do not count (rule
	// "in-page-link": an FAQ's questions linked to their own anchors).
	linkHeadShare = 0.8
	// teaserMaxText: a card with more text than this is a section of its
	// own, not a teaser (teasers run to a title and one or two sentences,
	// under 400 bytes on the dev pages).
	teaserMaxText = 500
	// cardLinkProse: see rule "card-link". Teaser summaries run under
	// 200 bytes on the dev pages; a linked card's paragraph that long
	// describes what the card stands for.
	cardLinkProse = 200
)

type blockAcc struct {
	own, ownLink int32
	// ownAnchor is the part of ownLink inside in-page links (href="#...",
	// javascript:), which lead nowhere else (rule "in-page-link").
	ownAnchor int32
}

// maxHiddenLabel is rule "hidden-price-label": an element of a shop's
// price block (a class holding "price") that the page hides (the hidden
// attribute, an inline display:none) and that holds this many visible
// bytes or fewer is a label or a slot the shop's script fills and shows
// in another state of the product ("MSRP:", "Was:", "Now:" beside a
// card's price, waiting for a sale, in a common hosted shop's theme);
// it is hidden for certain, whatever the relaxing (on a listing page the
// class words and inline hiding are relaxed, and every card read "MSRP:
// Was: Now:$12.00"). Not every short hidden element: rows of a table
// hidden until a click are a listing's text (a WCXB listing lost them).
const maxHiddenLabel = 24

// score fills x.info for n's subtree and returns its figures.
func (x *extractor) score(n *html.Node, blk *blockAcc, inLink, inBoiler bool, depth int) (text, link, good, linkHeads, paras int32) {
	switch n.Type {
	case html.TextNode:
		l := int32(visibleLen(n.Data))
		blk.own += l
		if inLink {
			blk.ownLink += l
			if x.anchorDepth > 0 {
				blk.ownAnchor += l
			}
			return l, l, 0, 0, 0
		}
		return l, 0, 0, 0, 0
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if depth > maxDepth {
		return
	}
	var ni nodeInfo
	// What this element adds to the extractor's counters while its
	// subtree is scored, undone before the one return below that follows
	// (not with defer: score runs once per node, and the deferred calls
	// went through the runtime's slow path, a tenth of score's time).
	var reviews, byline, anchor, card bool
	// The class value, read once: the rules below each read it.
	cls := attr(n, "class")
	if n.Type == html.ElementNode {
		if isJunkTag(n.DataAtom) {
			ni.set(fSkip, true)
			x.set(n, ni)
			return
		}
		ni.boiler, ni.word = x.boilerOf(n)
		if ni.word == wClassCurrency && x.shop && currencyPart(cls) {
			// Rule "currency-part": see currencyPart.
			ni.boiler, ni.word = bkNone, wNone
		}
		if ni.word == wClassCarousel && x.unpricedSlides(n) {
			// Rule "unpriced-slides": see unpricedSlides.
			ni.boiler, ni.word = bkNone, wNone
		}
		if ni.word == wClassHidden {
			ni.set(fSrOnly, hiddenClass(cls)) // "visually-hidden" reads as the word "hidden"
		}
		if ni.boiler == bkNone && isHidden(n) {
			// Hidden regions are boilerplate under the safeguard, not junk:
			// streaming renderers ship the whole page in <div hidden>.
			ni.boiler, ni.word = bkOther, wHidden
			ni.set(fSrOnly, hiddenClass(cls))
		}
		if priceStateHidden(n, cls) || cardStateHidden(n, cls) || carouselClone(cls) || shortVariant(n, cls) {
			// Rules "price-state", "card-state", "carousel-clone" and
			// "short-variant": the stylesheet hides it, or it is a
			// script's copy, for certain, as a screen reader's class
			// hides, whatever else its classes say (Dawn's unit price is
			// also a "caption").
			ni.boiler, ni.word = bkOther, wHidden
			ni.set(fSrOnly, true)
		}
		if ni.boiler != bkCookie && isPopover(n) {
			ni.boiler, ni.word = bkOther, wPopover // rule "popover-strong"
		}
		if ni.boiler != bkNone {
			if !inBoiler && ni.word == wClassReviews {
				x.reviews++
				reviews = true
			}
			if !inBoiler && len(x.boilerTops) < maxBoilerTops {
				x.boilerTops = append(x.boilerTops, n)
			}
			inBoiler = true
			if ni.boiler == bkByline {
				// Only the outermost of nested author-classed elements
				// counts: one author box (author-box-wrap > author-box-text
				// > author-name) is one author.
				if x.bylineDepth == 0 {
					x.authors++
				}
				x.bylineDepth++
				byline = true
			}
		}
		if n.DataAtom == atom.A && !inLink {
			h := attr(n, "href")
			inLink = h != ""
			if inLink && inPageHref(h) {
				x.anchorDepth++
				anchor = true
			} else if inLink && hasHeading(n, 0) {
				x.cardDepth++
				card = true
			}
		}
	}
	isBlock := n.Type == html.DocumentNode || isBlockTag(n.DataAtom) || n.DataAtom == 0
	var own blockAcc
	acc := blk
	if isBlock {
		acc = &own
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l, g, lh, p := x.score(c, acc, inLink, inBoiler, depth+1)
		text += t
		link += l
		good += g
		paras += p
		linkHeads += lh
	}
	if headingLevel(n.DataAtom) > 0 && own.own > 0 && float64(own.ownLink-own.ownAnchor) >= linkHeadShare*float64(own.own) {
		linkHeads++
	}
	// Rule "teaser-card": a list item, article or box holding exactly one
	// linked headline and little else is a teaser for another page (the
	// "More from ..." cards under an article: <li><h5><a>Title</a></h5>
	// <div>one-line summary</div></li>).
	switch n.DataAtom {
	case atom.Li, atom.Article, atom.Div, atom.Section:
		if linkHeads == 1 && text < teaserMaxText {
			ni.set(fTeaser, true)
		}
	}
	// Rule "card-link": a whole card wrapped in one link (<a class="card">
	// <h3>Title</h3><p>A paragraph on the program…</p></a>) holds prose
	// all the same: a paragraph of cardLinkProse or more inside a link
	// that also wraps a heading counts as text, not as link text. (A link
	// around a paragraph alone is a quoted snippet of another page: a
	// feed's comment excerpts.)
	cardProse := x.cardDepth > 0 && (n.DataAtom == atom.P && own.own >= cardLinkProse || x.cardDescription(n, own.own))
	if isBlock && headingLevel(n.DataAtom) == 0 && own.own >= minGoodLen &&
		(float64(own.ownLink) <= maxGoodLinkShare*float64(own.own) || cardProse) {
		g := own.own - own.ownLink
		if cardProse {
			g = own.own
		}
		good += g
		paras++
		ni.ownGood = g
	}
	// Rule "hidden-price-label": see maxHiddenLabel.
	if ni.word == wHidden && text <= maxHiddenLabel && strings.Contains(cls, "price") {
		ni.set(fSrOnly, true)
	}
	// Rule "member-stats": see memberStats.
	if ni.boiler == bkNone && n.DataAtom == atom.Dl && text <= maxMemberStats && memberStats(n) {
		ni.boiler, ni.word = bkOther, wMemberStats
		ni.set(fSrOnly, true) // a profile's figures, whatever the relaxing
	}
	// Rule "post-counter": see postCounter.
	if ni.boiler == bkNone && n.DataAtom == atom.A && text >= 2 && text <= maxPostCounter && postCounter(n) {
		ni.boiler, ni.word = bkOther, wPostCounter
		ni.set(fSrOnly, true) // a post's permalink, whatever the relaxing
	}
	// Rule "item-position": see itemPosition.
	if x.thread && ni.boiler == bkNone && text >= 1 && text <= maxItemPosition && n.Type == html.ElementNode && itemPosition(n) {
		ni.boiler, ni.word = bkOther, wItemPosition
		ni.set(fSrOnly, true) // an ordinal, whatever the relaxing
	}
	// Rule "cart-button": see cartButton.
	if ni.boiler == bkNone && text >= minCartLabel && text <= maxCartLabel && cartButton(n, cls) {
		ni.boiler, ni.word = bkOther, wCartButton
		ni.set(fSrOnly, true) // a control, whatever the relaxing
	}
	ni.text, ni.link, ni.good, ni.paras = text, link, good, paras
	if n.Type == html.ElementNode {
		x.set(n, ni)
	}
	if reviews {
		x.reviewText += text
	}
	if byline {
		x.bylineDepth--
	}
	if anchor {
		x.anchorDepth--
	}
	if card {
		x.cardDepth--
	}
	return
}

// refine is rule "class-safeguard": a boilerplate-classed region counts as
// boilerplate only while it holds less than keepShare of the page's good
// text (a theme that wraps every post in class="post-share-wrap" or
// "has-sidebar" must not lose the article). It sets cgood, the good text
// outside effective boilerplate, and returns it.
func (x *extractor) refine(n *html.Node, total int32, depth int) (cgood, ctext int32) {
	if depth > maxDepth {
		return 0, 0
	}
	p := x.ptr(n)
	if p == nil {
		return 0, 0
	}
	var sumG, sumT, sumL, childText, childLink int32
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			g, t := x.refine(c, total, depth+1)
			sumG += g
			sumT += t
			if cp := x.ptr(c); cp != nil {
				childText += cp.text
				childLink += cp.link
				sumL += cp.clink
			}
		}
	}
	p = x.ptr(n)
	cg := sumG + p.ownGood
	ct := sumT + p.text - childText
	cl := sumL + p.link - childLink
	p.set(fEffBoiler, false)
	boiler := p.boiler != bkNone && !p.rescued() && (x.applies(p) || x.relax == 2 && thinShareBar(n, p))
	teaser := p.teaser() && !x.noTeasers && !x.threadPost(p)
	// Rule "consent-always": a consent manager's legal text can outweigh a
	// short article, so cookie regions get no safeguard.
	// Rule "declared-chrome" (see declaredChrome) on a thin page that is
	// no listing: the page's own menus and footer get no safeguard.
	if (boiler || teaser) && (float64(p.good) < keepShare*float64(total) || (boiler && noSafeguard(p) && (x.relax < 2 || overlay(p.word.String()))) ||
		boiler && x.relax == 2 && !x.listing && declaredChrome(p)) {
		p.set(fEffBoiler, true)
		if !boiler {
			x.teaserLoss += cg
		}
		cg, ct, cl = 0, 0, 0
	}
	p.cgood, p.ctext, p.clink = cg, ct, cl
	return cg, ct
}

// shareBarMax and shareBarLabels are rule "share-bar-thin": a region the
// page calls its share bar ("Teilen: Facebook Twitter WhatsApp E-Mail"),
// of at most shareBarMax bytes of text, all but one of its words network
// or action labels, is chrome even when all class words are relaxed on a
// page of little prose (rule "listing-page": a news brief of three
// paragraphs), where it stayed as the text's last paragraph. The labels
// keep what such a box holds on a shop page (a product code, a maker's
// line), which a WCXB gold keeps: without them the rule lost a page of
// half 0 (lede bench extract, score_extract.py --per-page).
const shareBarMax = 80

var shareBarLabels = map[string]bool{"share": true, "teilen": true, "partager": true, "compartir": true, "condividi": true,
	"compartilhar": true, "delen": true, "facebook": true, "twitter": true, "x": true, "whatsapp": true, "linkedin": true,
	"pinterest": true, "pin": true, "tweet": true, "email": true, "e-mail": true, "mail": true, "telegram": true,
	"reddit": true, "messenger": true, "threads": true, "bluesky": true, "xing": true, "print": true, "drucken": true,
	"like": true, "copy": true, "link": true, "kopieren": true}

func thinShareBar(n *html.Node, p *nodeInfo) bool {
	if p.boiler != bkShare || p.text > shareBarMax {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(textOf(n)), func(r rune) bool { return r == ' ' || r == ':' || r == '|' || r == ',' || r == '/' })
	other := 0
	for _, w := range words {
		if !shareBarLabels[w] {
			other++
		}
	}
	return len(words) >= 2 && other <= 1
}

// noSafeguard is rule "consent-always" and its kin "overlay-always": a
// consent manager's legal text, a dialog (the terms of service a shop
// renders into a hidden modal on every page) and the page's footer (rule
// "footer-fineprint") can outweigh a short article or a product's
// description, so these regions get no keepShare safeguard. Nor does a
// shop's reviews widget (rule "review-widget"): a bestseller's hundred
// reviews outweigh its blurb (on the WCXB dev pages a book's reviews held
// 0.7 of the page's prose; the one page it changed went from 0.42 to
// 0.84). Many reviews regions of a listing or directory are no widget and
// never count as boilerplate (see applies).
func noSafeguard(p *nodeInfo) bool {
	return p.boiler == bkCookie || overlay(p.word.String()) || finePrintFooter(p) || p.word == wClassReviews
}

// overlay tells the words of dialogs and log-in boxes: a login dialog's
// form hints ("Das Passwort muss mindestens 8 Zeichen lang sein") outweigh
// a video page's short text, yet no reader came for them.
func overlay(word string) bool {
	switch word {
	case "role:dialog", "role:alertdialog", "class:modal", "class:login", "class:signin", "class:popup":
		return true
	}
	return false
}

// maxReviewRegions: a product page has one reviews widget, sometimes a
// summary at the top as well; a listing has one per card.
const maxReviewRegions = 2

// reviewDominance: see rule "review-widget". On the WCXB dev pages with
// more than maxReviewRegions reviews regions, a shop's reviews widget held
// 0.63 to 0.99 of their text beside its rating lines; the cards of a
// listing or a directory held a similar share each (at most 0.25).
const reviewDominance = 0.5

// applies tells whether the element's boilerplate rule applies at the
// current relax level.
func (x *extractor) applies(p *nodeInfo) bool {
	if x.thread && (p.boiler == bkComments || p.boiler == bkByline) {
		return false
	}
	// Rule "consent-strong": a cookie or consent banner is never a
	// page's text, so its class words apply when the others are relaxed
	// too (a thin shop page kept its consent dialog's 150 words).
	if overlay(p.word.String()) || p.boiler == bkCookie {
		return true
	}
	// Rule "popover-strong": see isPopover.
	if p.word == wPopover {
		return true
	}
	// Rule "review-widget": one reviews region is the shop's widget under
	// a product; many are the cards of a listing or a directory of
	// reviewed businesses, which are the content. Among many, one that
	// holds most of their text together is the widget all the same: the
	// others are the rating stars and counts a shop sets by the product's
	// name and price ("4.5 (37 reviews)").
	if p.word == wClassReviews && x.reviews > maxReviewRegions && float64(p.text) <= reviewDominance*float64(x.reviewText) {
		return false
	}
	// Rule "prose-slides": see slideContent.
	if x.slideContent(p) {
		return false
	}
	switch x.relax {
	case 0:
		return true
	}
	// Rule "screen-reader-only": text a page marks for screen readers
	// only (see hiddenClasses) is no part of what a reader sees however
	// the page names its regions, like a tag: relaxing the class words
	// must not bring back a shop card's "Sale price" and "Regular price"
	// labels. (The hidden attribute and an inline display:none stay under
	// the relaxing: streaming renderers ship whole pages hidden, and
	// taking them on every page cost WCXB 0.0014.)
	if p.srOnly() {
		return true
	}
	// Rule "role-landmark": an ARIA navigation, search or footer landmark
	// is a declaration like a tag, not a naming scheme: it stays chrome when
	// the class words are relaxed. Not the banner: on a thin page its
	// site description and title are part of the text the root is chosen by.
	switch p.word.String() {
	case "role:navigation", "role:contentinfo", "role:search":
		return true
	}
	switch x.relax {
	case 1:
		// Rule "footer-strong": a region the page calls its footer is not
		// a naming scheme; it holds the legal pages and terms a shop
		// renders into every page (81 KB of terms under one product).
		return p.boiler.strong() || strings.HasPrefix(p.word.String(), "tag:") || p.word == wClassFooter
	}
	return strings.HasPrefix(p.word.String(), "tag:")
}

func (x *extractor) set(n *html.Node, ni nodeInfo) {
	x.info.put(n, int32(len(x.nodes)))
	x.nodes = append(x.nodes, ni)
}

// get returns n's record and whether it has one.
func (x *extractor) get(n *html.Node) (nodeInfo, bool) {
	if i, ok := x.info.get(n); ok {
		return x.nodes[i], true
	}
	return nodeInfo{}, false
}

func (x *extractor) info1(n *html.Node) nodeInfo {
	ni, _ := x.get(n)
	return ni
}

func (x *extractor) ptr(n *html.Node) *nodeInfo {
	if i, ok := x.info.get(n); ok {
		return &x.nodes[i]
	}
	return nil
}

// boilerOf names the boilerplate kind of an element from its tag, role,
// class and id.
func (x *extractor) boilerOf(n *html.Node) (boilerKind, wordID) {
	switch n.DataAtom {
	case atom.Nav:
		return bkNav, wTagNav
	case atom.Footer:
		return bkNav, wTagFooter
	case atom.Aside:
		return bkOther, wTagAside
	case atom.Noscript:
		// Parsed as markup (scripting off): usually a tracking pixel or
		// "enable JavaScript", but some forums serve the whole thread there.
		return bkOther, wTagNoscript
	case atom.Html, atom.Body, atom.Main:
		// The page's own frame is never boilerplate, whatever its classes
		// ("home page-template-default ...").
		return bkNone, wNone
	}
	// The role and the itemprop come from one pass over the attributes,
	// and a map is asked only of a value: boilerOf runs on every element,
	// most have neither, and roleKinds is past the size Go's maps look up
	// without hashing the key (TestBoilerOfRoleProp pins this to attr and
	// the maps).
	if n.DataAtom == atom.P && x.labelOnlyByline(n) {
		return bkOther, propWords["author"] // rule "byline-label"
	}
	r, p := roleProp(n)
	if r != "" {
		if k := roleKinds[r]; k != bkNone {
			return k, roleWords[r]
		}
	}
	// Rule "post-meta": the microdata of a post's author and dates
	// (Discourse's "mara (mara) June 9, 2023, 6:10pm 1" line) is
	// furniture around the text, not the text (postMetaProps).
	if p != "" && !x.listedWorkAuthor(n, p) && !((p == "author" || p == "creator") && x.bylineSentence(n)) {
		if w, ok := propWords[p]; ok {
			return bkOther, w
		}
	}
	k, w := classify(n, x.classMemo)
	if k != bkNone && !quoteHead(n) {
		return k, classWords[w]
	}
	return bkNone, wNone
}

// roleProp returns attr(n, "role") and attr(n, "itemprop").
func roleProp(n *html.Node) (role, prop string) {
	seenRole, seenProp := false, false
	for i := range n.Attr {
		a := &n.Attr[i]
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "role":
			if !seenRole {
				role, seenRole = a.Val, true
			}
		case "itemprop":
			if !seenProp {
				prop, seenProp = a.Val, true
			}
		}
	}
	return role, prop
}

// postMetaProps are the itemprop values of rule "post-meta" (see boilerOf).
var postMetaProps = []string{"author", "creator", "datePublished", "dateModified", "dateCreated"}

// Content selection.

// descendShare is rule "dominant-child": the search moves from a container
// into its child while that child holds at least this share of the
// container's good text. Sidebars and footers rarely hold more than a fifth
// of a page's prose; an article's lead paragraph outside the body wrapper is
// about a tenth. Tuned on the dev pages: 0.7 to 0.85 score within 0.3 points.
const descendShare = 0.75

// landmarkShare is rule "main-landmark": the page's <main> or <article>
// (or role="main", itemprop="articleBody", an article's microdata scope,
// or a wrapper its theme names for the article's body: see contentNamed)
// is the page's own declaration
// of where its content lies, and the search moves into it while it holds this share of the
// prose, less than descendShare asks of an unnamed <div>: a short
// article's "more stories" grid beside it can hold a third of the page's
// prose. <main> takes the same share of rule "keep-plain-text" (see
// plainTo). (On the dev pages 0.5 and 0.6 give the same output; 0.65 loses
// a page that 0.5 wins.)
const landmarkShare = 0.5

// descendTo returns the share of its parent's prose a child must hold for
// the search to move into it.
func (x *extractor) descendTo(c *html.Node) float64 {
	if c.DataAtom == atom.Article && x.repeatedItem(c) {
		// Rule "article-run": an <article> beside another built alike
		// that holds text is one item of a run (a forum's posts, each an
		// <article class="message">), no declaration of where the page's
		// content lies: it takes descendShare like any <div>. With
		// landmarkShare a thread of two posts went into the longer
		// reply, and its question was lost.
		return descendShare
	}
	if c.DataAtom == atom.Main || c.DataAtom == atom.Article || attr(c, "role") == "main" || attr(c, "itemprop") == "articleBody" || contentNamed(c) || articleScope(c) {
		return landmarkShare
	}
	return descendShare
}

// contentNames are what themes call the article's body wrapper, lower-cased
// and without separators: "article-body", "entry-content", "post_content",
// "storyBody".
var contentNames = []string{"articlebody", "entrycontent", "postcontent", "postbody", "storybody", "articlecontent",
	"entrybody", "maincontent", "contentbody", "articletext", "storycontent"}

// contentNamed reports whether n's class or id names the article's body
// (see contentNames).
func contentNamed(n *html.Node) bool {
	for i := range n.Attr {
		a := &n.Attr[i]
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range contentNames {
			if containsLoose(a.Val, w) {
				return true
			}
		}
	}
	return false
}

// containsLoose reports whether v holds w, ignoring ASCII case and the
// '-' and '_' between words. w is lower-case without separators.
func containsLoose(v, w string) bool {
	for i := 0; i < len(v); i++ {
		j, k := i, 0
		for j < len(v) && k < len(w) {
			c := v[j]
			if c == '-' || c == '_' {
				if k == 0 {
					break
				}
				j++
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[k] {
				break
			}
			j++
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// descendPlainShare: see rule "keep-plain-text".
const descendPlainShare = 0.7

// measure is what the content search weighs: prose, or on a listing page
// all text outside boilerplate.
func (x *extractor) measure(n *html.Node) int32 {
	ni := x.info1(n)
	if x.listing {
		return ni.ctext
	}
	return ni.cgood
}

// selectRoot returns the element whose subtree holds the main content.
func (x *extractor) selectRoot(body *html.Node) *html.Node {
	node := body
	for depth := 0; depth < maxDepth; depth++ {
		total := x.measure(node)
		if total == 0 {
			break
		}
		var best *html.Node
		var bestG int32
		for c := node.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			ci := x.info1(c)
			if ci.skip() || ci.effBoiler() || x.measure(c) <= bestG {
				continue
			}
			best, bestG = c, x.measure(c)
		}
		if best == nil || !isContainerTag(best.DataAtom) || float64(bestG) < x.descendTo(best)*float64(total) {
			break
		}
		// Rule "section-spread": see proseSections.
		if !x.article && (node.DataAtom == atom.Main || attr(node, "role") == "main") && best.DataAtom == atom.Section &&
			x.proseSections(node) >= minProseSections && firstChild(best, atom.H1) == nil && firstChild(node, atom.H1) != nil {
			break
		}
		// Rule "sibling-posts": see repeatedItem.
		if x.thread && x.repeatedItem(best) {
			break
		}
		// Rule "tab-set": see tabSet.
		if x.tabSet(best) {
			break
		}
		// Rule "keep-plain-text": prose is not all of the content; the
		// ingredient list beside a recipe's method, a product's
		// specification beside its description are short lines. Stay when
		// the move would leave much of the unlinked text behind.
		if !x.listing {
			if ni, bi := x.info1(node), x.info1(best); float64(bi.ctext-bi.clink) < plainTo(best)*float64(ni.ctext-ni.clink) {
				break
			}
		}
		node = best
	}
	if debugRoot != nil {
		path := ""
		for p := node; p != nil && p.Type == html.ElementNode; p = p.Parent {
			path = "/" + p.Data + "." + attr(p, "class") + "#" + attr(p, "id") + fmt.Sprintf("(%d/%d p%d)", x.info1(p).cgood, x.info1(p).good, x.info1(p).ctext-x.info1(p).clink) + path
		}
		debugRoot(path)
	}
	return node
}

// repeatedItem is rule "sibling-posts": a child that has a sibling built
// alike (see madeAs: <article id="post_12" class="post"> beside
// <article id="post_13" class="post">) holding text of its own is one
// item of a run, a thread's posts or a Q&A page's answers, and the search
// does not move into it however much it outweighs the others: a thread
// whose short question ("Is there a timetable for the new berth?") sat
// over a long answer lost the question. The sibling's unlinked text
// counts, not its prose: a question is often too short for prose. Only on
// a page that declares itself a discussion (x.thread): on every page but
// articles it moved 18 WCXB pages, articles and listings down on half a
// (an article's body beside a teaser of the next story built alike, a
// listing's lead card), and extract/ too.
func (x *extractor) repeatedItem(c *html.Node) bool {
	return x.alikeSibling(c, func(si nodeInfo) bool {
		return !si.skip() && !si.effBoiler() && si.ctext-si.clink >= minGoodLen
	})
}

// alikeSibling tells whether c has a sibling built alike (see madeAs:
// same tag, same classes, the same id but for its digits) for which ok
// holds (rules sibling-posts and undeclared-thread).
func (x *extractor) alikeSibling(c *html.Node, ok func(nodeInfo) bool) bool {
	cls, id := attr(c, "class"), attr(c, "id")
	if cls == "" && id == "" {
		return false
	}
	cls, id = strings.Join(strings.Fields(cls), " "), strings.Map(dropDigit, id)
	for _, next := range [2]bool{false, true} {
		for s := step(c, next); s != nil; s = step(s, next) {
			// The tag first: most siblings of another tag cost nothing.
			if s.Type != html.ElementNode || s.DataAtom != c.DataAtom || s.Data != c.Data || !madeAs(s, cls, id) {
				continue
			}
			if ok(x.info1(s)) {
				return true
			}
		}
	}
	return false
}

// step returns n's next sibling when next is set, else its previous one.
func step(n *html.Node, next bool) *html.Node {
	if next {
		return n.NextSibling
	}
	return n.PrevSibling
}

// madeAs reports whether n is built as rule "sibling-posts" asks: its
// classes are cls (space-normalised) and its id is id once its digits are
// dropped ("post_12", "post_13").
func madeAs(n *html.Node, cls, id string) bool {
	if c := attr(n, "class"); c != cls && strings.Join(strings.Fields(c), " ") != cls {
		return false
	}
	return strings.Map(dropDigit, attr(n, "id")) == id
}

// dropDigit drops ASCII digits, for strings.Map.
func dropDigit(r rune) rune {
	if r >= '0' && r <= '9' {
		return -1
	}
	return r
}

// minProseSections: see proseSections. Two children with prose already
// make a page told in parts; it is the least that can.
const minProseSections = 2

// proseSections counts n's children that hold prose (rule
// "section-spread"): a <main> whose content is told in several sections (a
// service's or a product's landing page: the pitch, then how it works,
// then the plans) is read whole, even when one section outweighs the
// others: the search does not move into the longest while the page's
// headline (its <h1>) stands in another, on a page that does not declare
// itself an article. (An article's body section holds its headline, or
// the page says it is one; the sections beside it are promotions.)
func (x *extractor) proseSections(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isContainerTag(c.DataAtom) {
			if ci := x.info1(c); !ci.skip() && !ci.effBoiler() && ci.cgood >= minGoodLen {
				k++
			}
		}
	}
	return k
}

// debugRoot, when set (in tests), is told the chosen root's path.
var debugRoot func(path string)

// debugDone, when set (in tests), is shown the scored page and its root
// after emitting.
var debugDone func(x *extractor, body, root *html.Node)

// visibleLen counts the non-space bytes of s.
func visibleLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' {
			n++
		}
	}
	return n
}

// debugNeedle, when set (in tests), names a text whose ancestors
// debugFind reports with their records.
var debugNeedle func() (needle string, report func(string))

func (x *extractor) debugFind(body, root *html.Node) {
	needle, report := debugNeedle()
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode && strings.Contains(n.Data, needle) {
			for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
				ni := x.info1(p)
				mark := ""
				if p == root {
					mark = " <== ROOT"
				}
				cls := attr(p, "class")
				if len(cls) > 60 {
					cls = cls[:60]
				}
				report(fmt.Sprintf("%s.%s#%s text=%d link=%d good=%d cgood=%d ctext=%d boiler=%d/%s eff=%v teaser=%v skip=%v%s",
					p.Data, cls, attr(p, "id"), ni.text, ni.link, ni.good, ni.cgood, ni.ctext, ni.boiler, ni.word.String(), ni.effBoiler(), ni.teaser(), ni.skip(), mark))
			}
			report(fmt.Sprintf("relax=%d listing=%v noTeasers=%v", x.relax, x.listing, x.noTeasers))
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(body)
}

// maxCardDepth bounds hasHeading's search: card markup nests a heading a
// few levels inside the link.
const maxCardDepth = 6

// hasHeading reports whether a heading lies within n (rule "card-link"):
// a heading element, or one whose class names a title or heading (card
// components set their titles in <div class="card-title">).
func hasHeading(n *html.Node, depth int) bool {
	if depth > maxCardDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if headingLevel(c.DataAtom) > 0 || titleClass(attr(c, "class")) || hasHeading(c, depth+1) {
			return true
		}
	}
	return false
}

// titleClass reports whether a class attribute names a title or heading.
func titleClass(v string) bool {
	return v != "" && (strings.Contains(v, "title") || strings.Contains(v, "heading") || strings.Contains(v, "Title") || strings.Contains(v, "Heading"))
}

// plainTo returns the share of its parent's plain text a child must hold
// for rule "keep-plain-text" to let the search move into it. The page's
// one <main> (or role="main") holds its text by declaration, and takes
// landmarkShare: a short article's headline, dek and byline are short
// lines, and a grid of teasers beside <main> outweighs them in plain text
// (an <article> is no such declaration of the page: a forum wraps each
// post in one, and the first post may hold most of the thread's plain
// text).
func plainTo(c *html.Node) float64 {
	if c.DataAtom == atom.Main || attr(c, "role") == "main" {
		return landmarkShare
	}
	return descendPlainShare
}

// articleScope reports whether n is the microdata scope of a declared
// article (itemtype schema.org Article, NewsArticle or BlogPosting): the
// page's own declaration of where the article lies, like <main> (rule
// "main-landmark").
func articleScope(n *html.Node) bool {
	t := attr(n, "itemtype")
	return t != "" && (strings.HasSuffix(t, "/Article") || strings.HasSuffix(t, "/NewsArticle") || strings.HasSuffix(t, "/BlogPosting"))
}

// inPageHref reports whether a link's non-empty href leads nowhere else:
// an anchor on the page (href="#q1") or a script (javascript:), rule
// "in-page-link".
func inPageHref(h string) bool {
	return h[0] == '#' || strings.HasPrefix(h, "javascript:")
}

// commentThread is rule "undeclared-thread": a page that does not declare
// itself a discussion (rule "declared-thread") but whose prose is in a
// comment-classed post that outweighs the rest of the page, kept in spite
// of its class, beside a post built alike (<div id="comment-101_wrap"
// class="comment"> and <div id="comment-102_wrap" class="comment">, a Q&A
// or forum script's markup), is a thread all the same: the posts are the
// content. Without it only the longest post stayed, and a Q&A page lost
// its short question above the long answer. Only kept regions are walked:
// an article's comments under it are set aside as boilerplate and never
// seen here.
func (x *extractor) commentThread(n *html.Node, depth int) bool {
	if depth >= maxDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		ci := x.info1(c)
		if ci.skip() || ci.effBoiler() || ci.cgood == 0 {
			continue
		}
		if ci.boiler == bkComments && x.postSibling(c) {
			return true
		}
		if x.commentThread(c, depth+1) {
			return true
		}
	}
	return false
}

// postSibling tells whether c has a sibling built alike (see madeAs),
// comment-classed too, that holds text of its own: another post of the
// thread c is one of.
func (x *extractor) postSibling(c *html.Node) bool {
	return x.alikeSibling(c, func(si nodeInfo) bool {
		return !si.skip() && si.boiler == bkComments && si.text-si.link >= minGoodLen
	})
}

// threadPost is rule "thread-post": in a declared thread (rule
// "declared-thread") a comment- or author-classed region is a post, and a
// short post whose author's name is a linked heading (<article
// class="comment"><h3><a href="/profile/7">Name</a></h3><p>Agreed, the
// second coat needs a day.</p></article>) is shaped like a teaser card
// all the same: it must not be set aside as one, which dropped it under
// its class's name while the longer posts beside it stayed. lede bench
// extract --cases extract-wcxb/cases.jsonl, forum words F1 by md5(id)%2
// half: 0.81079 -> 0.81355 and 0.77931 -> 0.77938 (5 pages change, 3
// gain; the 2 that lose gained whole posts their gold leaves out); other
// page types and extract/ byte-identical.
func (x *extractor) threadPost(p *nodeInfo) bool {
	return x.thread && (p.boiler == bkComments || p.boiler == bkByline)
}
