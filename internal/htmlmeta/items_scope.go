package htmlmeta

import (
	"reflect"
	"slices"
	"strings"
	"unsafe"

	"golang.org/x/net/html"
)

// itemScope is where a microdata property sits, by the nearest enclosing
// itemscope that tells (rule authorListedWorkScope).
type itemScope uint8

const (
	// itemNone: no item, a web page's item, or one of a kind that does not
	// tell (a Person, an Offer): the page's own properties.
	itemNone itemScope = iota
	// itemOwn: inside the page's own kind of item (an Article, a
	// NewsArticle, a BlogPosting).
	itemOwn
	// itemList: inside an ItemList, whose entries are the list's.
	itemList
	// itemWork: inside a listed work (a Book, a Product, a Review, a
	// Recipe) that no other item holds: the page's own item when it is
	// the page's only such work (a recipe's page), one row of many
	// otherwise (a roundup).
	itemWork
	// itemNestedWork: inside a work held by an article, a list or another
	// work (a product's customer reviews, a ranked list's books).
	itemNestedWork
)

// itemKind sorts schema.org types into the scopes they open.
type itemKind uint8

const (
	kindOther itemKind = iota
	kindPage
	kindOwn
	kindList
	kindWork
)

// listedWorkTypes are the schema.org types of the works a page lists or
// reviews: their author is the work's (a novel's writer, a customer who
// reviewed a kettle, a recipe's cook), not the page's.
var listedWorkTypes = map[string]bool{
	"Book": true, "Product": true, "Review": true, "UserReview": true, "CriticReview": true, "EmployerReview": true,
	"Recipe": true, "Movie": true, "TVSeries": true, "TVEpisode": true, "MusicAlbum": true, "MusicRecording": true,
	"VideoGame": true, "Game": true, "SoftwareApplication": true, "MobileApplication": true,
	"Event": true, "Course": true, "Comment": true,
}

// itemTypeKind reads an itemtype attribute ("https://schema.org/Book",
// several URLs possibly) or an RDFa typeof ("schema:Book") as the kind of
// its first type.
func itemTypeKind(itemtype string) itemKind {
	for f := range strings.FieldsSeq(itemtype) {
		t := f[strings.LastIndexAny(f, "/#:")+1:]
		switch {
		case listedWorkTypes[t]:
			return kindWork
		case t == "ItemList" || t == "OfferCatalog":
			return kindList
		case strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Blog" || t == "Report":
			return kindOwn
		case strings.HasSuffix(t, "Page"):
			return kindPage
		}
		return kindOther
	}
	return kindOther
}

// enterItem is the scope inside n when n opens an item (itemscope), outer
// otherwise. A property on n itself belongs to the outer item, so the walk
// asks this after reading n's itemprop.
func (c *collector) enterItem(n *html.Node, outer itemScope) itemScope {
	typ, scope := opensItem(n)
	if !scope {
		return outer
	}
	switch itemTypeKind(typ) {
	case kindOwn:
		return itemOwn
	case kindList:
		if outer < itemList {
			return itemList
		}
	case kindWork:
		if outer == itemNone {
			c.topWorks++
			return itemWork
		}
		c.nestedWorks = true
		return itemNestedWork
	}
	return outer
}

// opensItem reports whether n opens an item (itemscope, or RDFa's
// typeof: <div typeof="schema:Recipe">), and the item's type.
func opensItem(n *html.Node) (typ string, scope bool) {
	for _, a := range n.Attr {
		switch a.Key {
		case "itemscope":
			scope = true
		case "itemtype":
			typ = a.Val
		case "typeof":
			scope, typ = true, a.Val
		}
	}
	return typ, scope
}

// listedWork reports whether a microdata property read in scope belongs to
// a work the page lists rather than to the page (rule
// authorListedWorkScope); the walk must be over, as it counts the works.
func (c *collector) listedWork(scope itemScope) bool {
	return scope == itemNestedWork || (scope == itemWork && c.topWorks > 1)
}

// dropListedWorks is rule authorListedWorkScope: a ranked list of books,
// a product page with its customers' reviews, a roundup of recipes mark
// each row as an item of its own (itemscope itemtype=Book) with its own
// itemprop=author, datePublished and headline. Those are the row's: the
// page's author is the author of the page's own item (an Article, a
// BlogPosting, a web page, or no item), and the rows' authors read as the
// page's piled every novelist of the list into its byline. A work that is
// the page's only one and sits in no other item (a recipe's own page, a
// single review) is the page's item, and keeps its properties.
func (c *collector) dropListedWorks() {
	if c.topWorks == 0 && !c.nestedWorks {
		return
	}
	c.bylines = slices.DeleteFunc(c.bylines, func(b bylineCand) bool { return c.listedWork(b.item) })
	c.times = slices.DeleteFunc(c.times, func(t timeCand) bool { return c.listedWork(t.item) })
	if !c.listedWork(itemWork) {
		for k, vs := range c.workMetas {
			c.metas[k] = append(c.metas[k], vs...)
		}
		if c.headline == "" {
			c.headline = c.workHeadline
		}
	}
}

// workMeta keeps a <meta itemprop> of a work aside: a nested work's is
// never the page's, a top-level work's is once the walk shows it alone.
func (c *collector) workMeta(key, content string, item itemScope) {
	if item != itemWork {
		return
	}
	if c.workMetas == nil {
		c.workMetas = map[string][]string{}
	}
	for f := range strings.FieldsSeq(key) {
		if len(c.workMetas[f]) < maxWorkMetas {
			c.workMetas[f] = append(c.workMetas[f], content)
		}
	}
}

// maxWorkMetas bounds the values kept per key, as metas does.
const maxWorkMetas = 16

// ldListedWorks is rule authorListedWorkScope read in JSON-LD: it
// returns whether an object is a work the page lists. A work held by
// another item (an ItemList's books, a learning path's courses, a
// product's reviews) is its holder's part; works that no item holds, when
// there are several (a roundup's Recipe objects), are rows of the page.
// Their author and dates are the row's, as in microdata: the best-ranked
// of them became the main object (a Recipe outranks the WebPage), and the
// first recipe's cook and year were read as the roundup's byline and date.
// A page's only work keeps them (a recipe's own page). A web page holding
// a work (mainEntity) is the page, not a holder.
func (ld *ldData) ldListedWorks() func(map[string]any) bool {
	works := 0
	for _, o := range ld.objects {
		if ldKind(o) == kindWork {
			works++
		}
	}
	if works < 2 {
		return func(map[string]any) bool { return false }
	}
	held := map[unsafe.Pointer]bool{}
	var mark func(v any, depth int)
	mark = func(v any, depth int) {
		if depth > maxLDHoldDepth {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				mark(e, depth+1)
			}
		case map[string]any:
			if depth > 0 && ldKind(x) == kindWork {
				held[reflect.ValueOf(x).UnsafePointer()] = true
			}
			for _, e := range x {
				mark(e, depth+1)
			}
		}
	}
	for _, o := range ld.objects {
		if k := ldKind(o); k != kindPage && k != kindOther {
			mark(o, 0)
		}
	}
	top := works - len(held)
	return func(o map[string]any) bool {
		return ldKind(o) == kindWork && (held[reflect.ValueOf(o).UnsafePointer()] || top > 1)
	}
}

// maxLDHoldDepth bounds the nesting searched for the works an object
// holds (an ItemList's ListItem's item is three levels down).
const maxLDHoldDepth = 6

// ldKind is the kind of a JSON-LD object's first type, read from @type
// as written (itemTypeKind drops a schema.org prefix): not through types,
// which copies the list, as every object is asked twice per page.
func ldKind(o map[string]any) itemKind {
	switch t := o["@type"].(type) {
	case string:
		return itemTypeKind(t)
	case []any:
		if len(t) > 0 {
			if s, ok := t[0].(string); ok {
				return itemTypeKind(s)
			}
		}
	}
	return kindOther
}
