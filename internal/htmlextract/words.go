package htmlextract

import "slices"

// wordID stands, in an element's record (nodeInfo.word), for what made
// the element boilerplate, its "rule" in Article.Removed ("tag:footer",
// "role:navigation", "class:share", "hidden"): an index into words rather
// than the string itself. Every element of a page has a record, so the
// record's size is paid per element: without the string a record is 12
// bytes shorter (56 -> 44, before nodeFlags took it to 36) and holds no
// pointer (the collector never scans the records), and boilerOf no
// longer builds a "class:" string for each classed element.
type wordID uint16

// The words boilerOf names by themselves; the role, itemprop and class
// words follow them in words.
const (
	wNone wordID = iota
	wHidden
	wTagNav
	wTagFooter
	wTagAside
	wTagNoscript
	wPopover
	wCartButton
	wMemberStats
	wPostCounter
	wItemPosition
)

// words lists every word a record can hold, wordID's index into it: the
// fixed words above, then "role:" with each of roleKinds, "itemprop:"
// with each of postMetaProps and "class:" with each of classTokens.
// roleWords, propWords and classWords give the word of a role, an
// itemprop value and a class token.
var words, roleWords, propWords, classWords = buildWords()

func buildWords() (ws []string, roles, props, classes map[string]wordID) {
	ws = []string{wNone: "", wHidden: "hidden", wTagNav: "tag:nav", wTagFooter: "tag:footer",
		wTagAside: "tag:aside", wTagNoscript: "tag:noscript", wPopover: "popover", wCartButton: "cart-button", wMemberStats: "member-stats",
		wPostCounter: "post-counter", wItemPosition: "item-position"}
	add := func(prefix string, keys []string) map[string]wordID {
		m := make(map[string]wordID, len(keys))
		for _, k := range keys {
			m[k] = wordID(len(ws))
			ws = append(ws, prefix+k)
		}
		return m
	}
	keys := func(m map[string]boilerKind) []string {
		ks := make([]string, 0, len(m))
		for k := range m {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	roles = add("role:", keys(roleKinds))
	props = add("itemprop:", postMetaProps)
	classes = add("class:", keys(classTokens))
	if len(ws) > 1<<16 {
		panic("htmlextract: more boilerplate words than a wordID holds")
	}
	return ws, roles, props, classes
}

// String returns the word w stands for.
func (w wordID) String() string { return words[w] }

// The class words the rules test by name (rule "disclosure-panel",
// "review-widget", "footer-strong"), compared as ids rather than by
// their strings; mustWord fails at init if a token leaves classTokens,
// where a string compared by hand would silently never match again.
var (
	wClassHidden   = mustWord("class:hidden")
	wClassReviews  = mustWord("class:reviews")
	wClassFooter   = mustWord("class:footer")
	wClassCurrency = mustWord("class:currency")
)

// mustWord returns the wordID of w; it panics when words lacks w.
func mustWord(w string) wordID {
	i := slices.Index(words, w)
	if i < 0 {
		panic("htmlextract: " + w + " is not a boilerplate word")
	}
	return wordID(i)
}
