// Package htmlextract is Lede's HTML engine: it finds a page's main content,
// keeps its structure, and reads its metadata, embeds and media.
//
// One parse, two linear passes: a scoring pass records, for every element,
// its visible text, link text and "good" text (prose in paragraph-like
// blocks outside boilerplate-classed regions); the search then walks down
// from <body> while one child dominates, and an emitting pass turns the
// chosen subtree into blocks, pruning boilerplate (named rules) and lifting
// embeds, figures and, on request, comments.
package htmlextract

import (
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/lede-news/lede/internal/htmlmeta"
	"github.com/lede-news/lede/internal/model"
)

// Options for the HTML engine.
type Options struct {
	// URL is the page's URL, if known.
	URL string
	// Comments keeps reader comments in Article.Comments.
	Comments bool
	// Now bounds dates: none may lie after it. Zero means time.Now().
	Now time.Time
}

// extractor holds the per-page state; pooled so that the maps and buffers
// are reused across pages.
type extractor struct {
	// info indexes nodes, the scoring pass's record of each element.
	info  map[*html.Node]int32
	nodes []nodeInfo
	buf   []byte
	opts  Options
	a     *model.Article
	// rootGood is the chosen root's good text, for the safeguards.
	rootGood, rootCGood int32
	// relax is 0 while all boilerplate rules apply; 1 when class rules
	// would remove most of the page's prose, so only the strong kinds and
	// the tag rules apply (see fragmentShare); 2 when even that leaves less
	// than minArticleGood, so only tag rules (nav, footer, aside) apply.
	relax int
	// listing: the page has too little prose for the prose measure (rule
	// "listing-page"); the search weighs all text outside boilerplate and
	// link lists and teasers stay.
	listing bool
	// noTeasers: teaser cards hold most of the prose, so they are the
	// content (a listicle whose items are linked headings with a blurb).
	noTeasers  bool
	teaserLoss int32
	// lastDrop is the body length when a block was last dropped.
	inFigure int
}

var pool = sync.Pool{New: func() any {
	return &extractor{info: make(map[*html.Node]int32, 1024), nodes: make([]nodeInfo, 0, 1024), buf: make([]byte, 0, 4096)}
}}

// fragmentShare is rule "class-overfire": when boilerplate-classed regions
// together hold more than 1-fragmentShare of the page's prose, the classes
// are the site's naming scheme, not boilerplate (AEM names every component
// "cmp-…", page builders wrap every block in "widget"), and only the tag
// rules apply.
const fragmentShare = 0.35

// minArticleGood is rule "thread-page": when, outside comment threads,
// related lists and share bars, a page has less prose than this, those
// regions are the content (a forum thread whose posts are classed
// "comment"). Article bodies on the dev pages run above 500 bytes.
const minArticleGood = 400

// teaserContentShare is rule "teaser-content": when teaser cards hold more
// than this share of the page's prose they are what the reader came for.
const teaserContentShare = 0.5

// listingMaxGood is rule "listing-page": a page with less prose than this
// outside boilerplate is a listing, a shop grid or a schedule, whose content
// is short linked items. (The shortest news articles on the dev pages carry
// about 600 bytes of prose.)
const listingMaxGood = 300

// Extract turns one HTML page (already decoded to UTF-8) into an Article.
func Extract(page string, opts Options) (*model.Article, error) {
	doc, err := html.ParseWithOptions(strings.NewReader(page), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, err
	}
	return ExtractNode(doc, opts)
}

// ExtractNode is Extract on an already parsed document.
func ExtractNode(doc *html.Node, opts Options) (*model.Article, error) {
	a := &model.Article{URL: opts.URL}
	meta := htmlmeta.Extract(doc, opts.URL, opts.Now)
	meta.Apply(a)

	x := pool.Get().(*extractor)
	defer func() {
		clear(x.info)
		clear(x.nodes)
		x.nodes = x.nodes[:0]
		x.buf = x.buf[:0]
		x.a = nil
		pool.Put(x)
	}()
	x.opts = opts
	x.a = a
	body := findBody(doc)
	if body == nil {
		body = doc
	}
	var acc blockAcc
	x.score(body, &acc, false, 0)
	bi := x.info1(body)
	x.relax, x.noTeasers, x.teaserLoss = 0, false, 0
	g, _ := x.refine(body, bi.good, 0)
	if g < int32(fragmentShare*float64(bi.good)) {
		x.relax = 1
		x.teaserLoss = 0
		if g, _ = x.refine(body, bi.good, 0); g < minArticleGood {
			x.relax = 2
			x.teaserLoss = 0
			g, _ = x.refine(body, bi.good, 0)
		}
	}
	if float64(x.teaserLoss) > teaserContentShare*float64(g+x.teaserLoss) {
		x.noTeasers = true
		x.refine(body, bi.good, 0)
	}
	x.listing = x.info1(body).cgood < listingMaxGood
	root := x.selectRoot(body)
	x.rootGood = x.info1(root).good
	x.rootCGood = x.info1(root).cgood
	x.emitChildren(root, ctx{kind: model.KindParagraph}, 0)
	x.flush(ctx{kind: model.KindParagraph})

	x.dropTitle(meta)
	if len(a.Body) == 0 && len(meta.ArticleBody) > 0 {
		x.fromArticleBody(meta.ArticleBody)
	}
	if len(a.Body) == 0 {
		return a, model.ErrNoContent
	}
	a.Text = model.JoinBlocks(a.Body)
	return a, nil
}

func findBody(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Body {
				return c
			}
			if c.DataAtom == atom.Html {
				if b := findBody(c); b != nil {
					return b
				}
			}
		}
	}
	return nil
}

// dropTitle is rule "title-echo": the headline repeated as the first body
// block goes, as gold bodies leave it out (it is Article.Title).
func (x *extractor) dropTitle(meta *htmlmeta.Meta) {
	a := x.a
	if len(a.Body) == 0 {
		return
	}
	title := strings.TrimSpace(a.Title)
	for i := 0; i < len(a.Body) && i < 3; i++ {
		b := a.Body[i]
		if b.Kind != model.KindHeading {
			continue
		}
		if (title != "" && foldEq(b.Text, title)) || (b.Level == 1 && i == 0) {
			a.Body = append(a.Body[:i], a.Body[i+1:]...)
			for j := range a.Embeds {
				if a.Embeds[j].Position > i {
					a.Embeds[j].Position--
				}
			}
			return
		}
	}
}

func foldEq(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// fromArticleBody is rule "articlebody-fallback": when the page's layout
// yields nothing, the structured-data body (JSON-LD articleBody) is the text.
func (x *extractor) fromArticleBody(s string) {
	for _, p := range strings.Split(s, "\n") {
		p = strings.TrimSpace(p)
		if p != "" {
			x.a.Body = append(x.a.Body, model.Block{Kind: model.KindParagraph, Text: p})
		}
	}
}
