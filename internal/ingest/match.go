package ingest

import (
	"context"
	"strings"

	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
)

// Rule cut-matches-stored: a page with neither URL nor canonical link is
// identified by its content hash, so a cut copy of it (a saved page whose
// download stopped) and the whole page get two ids, and the cut copy was
// stored as a new article beside the whole one. The cut copy is matched
// instead to the stored article holding most of its text, of the same
// outlet and title when both are known (or, when no text matches, to the
// one stored article of that outlet and title: matchByTitle), and takes
// its id: Put then keeps
// the whole record current (store.Kept). The other way round, a whole page
// without an address that holds most of the text of a stored cut one takes
// that one's id, and replaces it (the cut text is kept as a version).
const (
	// matchMinChars is the least text (in bytes, complete paragraphs of
	// the cut copy) that names a stored article: a headline and a
	// standfirst are shared by too many pages, a few sentences are not.
	matchMinChars = 200
	// matchMinShare is the share of the cut copy's complete paragraphs
	// (by bytes) the other text must hold: the same text extracted from
	// a cut page may differ by a caption or a box the cut fell in; a
	// different article sharing a quotation or a wire paragraph holds far
	// less of it.
	matchMinShare = 0.8
	// matchPhraseWords is how many words of the cut copy's first
	// paragraph the full-text query looks for, as a phrase: enough to
	// name one article, few enough to stay within one sentence.
	matchPhraseWords = 8
	// matchHits is how many search hits are read whole and compared.
	matchHits = 5
	// matchTitleWords is the least number of words of a title that
	// matchByTitle trusts: "News", "Home" or "Contact us" name many pages
	// of one outlet; "Ferry timetable redrawn for summer" names one.
	matchTitleWords = 4
	// matchTitleHits is how many hits of the title query are read: the
	// phrase also matches texts that quote the title, ranked after.
	matchTitleHits = 10
)

// matchStored returns the id of the stored article a page without an
// address is a copy of (rule cut-matches-stored), or "": for a cut page
// (cut) any stored article holding most of its text, for a whole one a
// stored cut article whose text it holds (or, stored without an address
// either, the same text: the whole page that healed a cut copy, read
// again). Store errors count as no match:
// the page is then stored under its own id, as before the rule.
func matchStored(ctx context.Context, st store.Store, a *model.Article, cut bool) string {
	if id := matchByText(ctx, st, a, cut); id != "" {
		return id
	}
	return matchByTitle(ctx, st, a, cut)
}

// matchByText is matchStored on the text: the stored articles holding the
// first words of the page's first paragraph, then compared paragraph by
// paragraph. Of the page's outlet when it is known; and then, if none of
// those matches, of no known outlet (rule matchUnknownOutlet).
func matchByText(ctx context.Context, st store.Store, a *model.Article, cut bool) string {
	paras := dedup.Paragraphs(a.Text)
	if len(paras) == 0 {
		return ""
	}
	words := queryWords(paras[0])
	if len(words) == 0 {
		return ""
	}
	q := store.Query{Text: `"` + strings.Join(words[:min(len(words), matchPhraseWords)], " ") + `"`, Outlet: a.Outlet, Limit: matchHits}
	if id := compareHits(ctx, st, q, a, paras, cut, false); id != "" || a.Outlet == "" {
		return id
	}
	// Rule matchUnknownOutlet: an outlet named only near a page's end (in
	// JSON-LD after the article, or a footer) is unknown in a copy cut
	// before it, so the stored cut copy of a whole page, or the whole one
	// a cut copy stopping there was read from, has none; the outlet
	// filter above never finds it. The phrase is searched again without
	// the filter, among more hits since other outlets' (wire copies of the
	// same text) come too, and only hits of no outlet are read.
	q.Outlet, q.Limit = "", matchUnknownOutletHits
	return compareHits(ctx, st, q, a, paras, cut, true)
}

// matchUnknownOutletHits is how many hits rule matchUnknownOutlet reads
// the outlets of (only those without one are read whole): a wire story's
// opening phrase is carried by many outlets.
const matchUnknownOutletHits = 20

// compareHits is matchByText's comparison of the hits of query q with the
// page a (its paragraphs paras), reading only hits of no outlet when
// unknownOutlet.
func compareHits(ctx context.Context, st store.Store, q store.Query, a *model.Article, paras []string, cut, unknownOutlet bool) string {
	hits, err := st.Search(ctx, q)
	if err != nil {
		return ""
	}
	for _, h := range hits {
		if h.ID == a.ID || unknownOutlet && h.Outlet != "" {
			continue
		}
		r, err := st.Get(ctx, h.ID)
		if err != nil {
			continue
		}
		s := r.Article
		if a.Title != "" && s.Title != "" && a.Title != s.Title {
			continue
		}
		switch {
		case cut && holdsMost(s.Text, paras),
			!cut && s.Source.Cut && holdsMost(a.Text, dedup.Paragraphs(s.Text)):
			return s.ID
		case !cut && s.URL == "" && s.CanonicalURL == "" && s.Text == a.Text:
			// The whole page again, stored under the cut copy's id since
			// it healed it: the same article, not a new one.
			return s.ID
		}
	}
	return ""
}

// matchByTitle is matchStored's fallback when the texts cannot be
// compared: a page cut before its article begins gives a menu or a
// sidebar for text (of the 300 first WCXB pages, stripped of their
// canonical links and cut at 40-90%, 13 cut copies matched no whole
// one by text, most of them for this: a one-off scratch probe at commit
// 3256055, not in the repo, made before sameHead was required). The page then matches the one
// stored article of the same outlet and the same title of at least
// matchTitleWords words (for a whole page, only a stored cut one) whose
// head agrees with the page's (sameHead); none, or two or more, is no
// match.
func matchByTitle(ctx context.Context, st store.Store, a *model.Article, cut bool) string {
	words := queryWords(a.Title)
	if a.Outlet == "" || len(words) < matchTitleWords {
		return ""
	}
	hits, err := st.Search(ctx, store.Query{Text: `"` + strings.Join(words, " ") + `"`, Outlet: a.Outlet, Limit: matchTitleHits})
	if err != nil {
		return ""
	}
	var found *model.Article
	for _, h := range hits {
		if h.ID == a.ID || h.Title != a.Title {
			continue
		}
		r, err := st.Get(ctx, h.ID)
		if err != nil || r.Article.Outlet != a.Outlet {
			continue
		}
		if found != nil {
			return "" // two articles of that title: which one is unknown
		}
		found = r.Article
	}
	if found == nil || !cut && !found.Source.Cut || !sameHead(a, found) {
		return ""
	}
	return found.ID
}

// sameHead reports whether two articles of one outlet and title are one
// article by what a page's head tells even when it is cut (part of rule
// cut-matches-stored's title fallback): the description, the stated
// publication date and the featured image. At least one must be known on
// both and equal, and none known on both may differ. A title alone is not
// enough: an outlet's recurring "Postbag from our readers" or "Weather for
// the week ahead" page is a new article each time under the same title,
// and a cut copy of this week's must not be kept as last week's.
func sameHead(a, b *model.Article) bool {
	agree := 0
	for _, f := range [...][2]string{
		{a.Description, b.Description},
		{statedDate(a.Dates.Published), statedDate(b.Dates.Published)},
		{featuredImage(a), featuredImage(b)},
	} {
		switch {
		case f[0] == "" || f[1] == "":
		case f[0] != f[1]:
			return false
		default:
			agree++
		}
	}
	return agree > 0
}

// statedDate is d's value when the page states it, "" when unknown or
// inferred (an inference from a cut copy's text may differ).
func statedDate(d *model.Date) string {
	if d == nil || d.Estimated {
		return ""
	}
	return d.Value
}

// featuredImage is the address of a's featured image, or "".
func featuredImage(a *model.Article) string {
	if a.Media.FeaturedImage == nil {
		return ""
	}
	return a.Media.FeaturedImage.URL
}

// queryWords splits text into words for a quoted FTS phrase, without the
// characters that would end or change the phrase.
func queryWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '"' || r == '*' || r == '\u00a0'
	})
}

// holdsMost reports whether whole holds most of a cut text, given as its
// paragraphs (dedup.Paragraphs): at least matchMinChars and
// matchMinShare of the bytes of its paragraphs but the last (which the
// cut may have broken off mid-word) are paragraphs, or parts of
// paragraphs, of whole.
func holdsMost(whole string, cutParas []string) bool {
	ps := cutParas
	if len(ps) > 1 {
		ps = ps[:len(ps)-1]
	}
	total, found := 0, 0
	for _, p := range ps {
		total += len(p)
		if strings.Contains(whole, p) {
			found += len(p)
		}
	}
	return found >= matchMinChars && float64(found) >= matchMinShare*float64(total)
}
