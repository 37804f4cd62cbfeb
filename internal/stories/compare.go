package stories

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/claims"
	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/segment"
)

// Comparison is how the outlets covered one story.
type Comparison struct {
	Story model.Story `json:"story"`
	// Outlets are the outlets that reported the story themselves, with
	// their articles; copies are folded under their source.
	Outlets []OutletCoverage `json:"outlets"`
	// Quotes are grouped by speaker, the variants of one quotation aligned.
	Quotes []SpeakerQuotes `json:"quotes"`
	// Claims are grouped by what they measure, with each outlet's value.
	Claims []ClaimGroup `json:"claims"`
	// Exclusives are what each outlet alone reported (people, places,
	// quotations, figures), when at least two outlets reported the story.
	Exclusives []Exclusive `json:"exclusives"`
}

// OutletCoverage is one outlet's own articles on the story.
type OutletCoverage struct {
	Outlet   string          `json:"outlet"`
	Articles []ArticleReport `json:"articles"`
}

// ArticleReport is an original article and the copies made of it.
type ArticleReport struct {
	ID     string       `json:"id"`
	Title  string       `json:"title"`
	URL    string       `json:"url,omitempty"`
	Date   string       `json:"date,omitempty"`
	Copies []CopyReport `json:"copies,omitempty"`
}

// CopyReport is a syndicated copy and what it changed.
type CopyReport struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	// Update marks a copy its source's own outlet published (rule
	// own-update: a later version, a wire's "UPDATE 1"), which the text
	// views show as "republished by" (lede story) and "update" (lede
	// copies). Rule update-json: the JSON said so nowhere, and a
	// reader of it took the wire's update for another outlet's copy.
	Update  bool          `json:"update,omitempty"`
	Changes dedup.Changes `json:"changes"`
}

// SpeakerQuotes are one speaker's quotations across outlets.
type SpeakerQuotes struct {
	// Speaker is the fullest form of the name the outlets gave; empty
	// for quotations no outlet attributed.
	Speaker string       `json:"speaker"`
	Quotes  []QuoteGroup `json:"quotes"`
}

// QuoteGroup is one quotation as the outlets worded it.
type QuoteGroup struct {
	// Text is the wording most outlets used (the longest on a tie).
	Text     string         `json:"text"`
	Variants []QuoteVariant `json:"variants"`
}

// QuoteVariant is one wording and the outlets that used it.
type QuoteVariant struct {
	Text    string   `json:"text"`
	Outlets []string `json:"outlets"`
	// Diff shows how this wording differs from the group's Text
	// ([-removed-] {+added+}), or, for an excerpt of another wording
	// only, which part of that wording it is (rule excerpt-of-wording);
	// empty for the group's own wording.
	Diff string `json:"diff,omitempty"`
}

// ClaimGroup is one measured quantity and each outlet's figure for it.
type ClaimGroup struct {
	Measure string       `json:"measure"`
	Unit    string       `json:"unit,omitempty"`
	Values  []ClaimValue `json:"values"`
	// Disagree is set when the outlets give different values.
	Disagree bool `json:"disagree,omitempty"`
}

// ClaimValue is one outlet's figure.
type ClaimValue struct {
	Outlet string   `json:"outlet"`
	Value  *float64 `json:"value,omitempty"`
	Text   string   `json:"text"`
	Source string   `json:"source,omitempty"`
}

// Exclusive is what one outlet alone reported.
type Exclusive struct {
	Outlet string   `json:"outlet"`
	People []string `json:"people,omitempty"`
	Places []string `json:"places,omitempty"`
	Quotes []string `json:"quotes,omitempty"`
	Claims []string `json:"claims,omitempty"`
}

// Grouping thresholds.
const (
	// sameQuote: two quotations by one speaker are the same one worded
	// differently when this share of the shorter one's words is in the
	// longer ("not all Jeremys are bad" / "Don't worry, not all Jeremys
	// are bad" share all of the shorter's words).
	sameQuote = 0.6
	// sameMeasure: two claims measure the same thing when they have the
	// same unit and this Jaccard overlap of their subjects' content words.
	sameMeasure = 0.3
)

// Compare builds the comparison of a story from its articles and the
// copy links (SourceOf, as in Index). Articles missing from the map are
// treated as originals.
func Compare(st model.Story, arts []*model.Article, sourceOf map[string]string) Comparison {
	arts = slices.Clone(arts)
	slices.SortFunc(arts, byDate)
	byID := map[string]*model.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	src := func(a *model.Article) string {
		if s, ok := sourceOf[a.ID]; ok && byID[s] != nil {
			return s
		}
		return a.ID
	}
	c := Comparison{Story: st, Quotes: []SpeakerQuotes{}, Claims: []ClaimGroup{}, Exclusives: []Exclusive{}}
	var originals, additions []*model.Article
	added := map[*model.Article][]string{}
	outletIdx := map[string]int{}
	reports := map[string]*ArticleReport{}
	for _, a := range arts {
		if src(a) != a.ID {
			continue
		}
		originals = append(originals, a)
		name := outletName(a)
		i, ok := outletIdx[name]
		if !ok {
			i = len(c.Outlets)
			outletIdx[name] = i
			c.Outlets = append(c.Outlets, OutletCoverage{Outlet: name})
		}
		c.Outlets[i].Articles = append(c.Outlets[i].Articles, ArticleReport{ID: a.ID, Title: ShownTitle(a), URL: a.URL, Date: dateString(a)})
	}
	for i := range c.Outlets {
		for j := range c.Outlets[i].Articles {
			r := &c.Outlets[i].Articles[j]
			reports[r.ID] = r
		}
	}
	// links: per source, its copies; those that carry a passage of its
	// quotations unchanged are listed with the source's wording, marked
	// (copy) (rule copy-carries-passage in compareQuotes).
	links := &copyLinks{copies: map[string][]*model.Article{}, source: map[*model.Article]*model.Article{}}
	revised := map[claimRef]claimRef{}
	for _, a := range arts {
		s := src(a)
		if s == a.ID {
			continue
		}
		o := byID[s]
		ch := dedup.Diff(o.Title, o.Text, a.Title, a.Text)
		reports[s].Copies = append(reports[s].Copies, CopyReport{
			ID: a.ID, Outlet: outletName(a), Title: ShownTitle(a), URL: a.URL, Date: dateString(a), Update: OwnUpdate(o, a), Changes: ch,
		})
		links.copies[s] = append(links.copies[s], a)
		if v := copyAdditions(o, a); v != nil {
			additions = append(additions, v)
			links.source[v] = o
			added[v] = addedText(ch)
			revisedFigures(revised, o, v, ch)
		}
	}
	slices.SortStableFunc(c.Outlets, func(a, b OutletCoverage) int { return compareOutlets(a.Outlet, b.Outlet) })
	own := slices.Concat(originals, additions)
	c.Quotes = compareQuotes(own, links)
	c.Claims = claimGroups(own, revised)
	if len(c.Outlets) > 1 {
		c.Exclusives = exclusives(own, c.Quotes, c.Claims, added)
	}
	return c
}

// copyAdditions is rule copy-additions: what a copy adds to its source
// is its outlet's own reporting: a paragraph of local reaction with a
// resident's quotation, a figure of its own. It was shown only as an
// added paragraph under the copy: the quotation was in no speaker's list
// and the outlet was never said to have reported anything alone. The
// result is the copy with only its additions (nil when it has none):
// its quotations whose words its source does not hold (a quotation the
// copy reworded is its outlet's wording), its figures whose value and
// unit (by unitKey) its source gives nowhere, and its people and places its source
// does not name; its headline and text are the added paragraphs only,
// so that what the source said does not become the copy's outlet's too
// (rule named-elsewhere). The quotations and figures keep their offsets
// into the copy's own text, which only their sentence is read from.
func copyAdditions(src, cp *model.Article) *model.Article {
	v := &model.Article{ID: cp.ID, Outlet: cp.Outlet, URL: cp.URL, Dates: cp.Dates}
	for _, q := range cp.Quotes {
		if q.Form != model.QuoteIndirect && !quotedIn(src.Text, q) {
			v.Quotes = append(v.Quotes, q)
		}
	}
	for _, c := range cp.Claims {
		unit := unitKey(c.Unit) // a unit respelled is the source's (rule unit-spelling)
		if !slices.ContainsFunc(src.Claims, func(o model.Claim) bool { return unitKey(o.Unit) == unit && sameValue(o.Value, c.Value) }) {
			v.Claims = append(v.Claims, c)
		}
	}
	texts := []string{src.Title, src.Text}
	for _, p := range cp.People {
		if !namedIn(texts, p.Name) {
			v.People = append(v.People, p)
		}
	}
	for _, p := range cp.Places {
		if !namedIn(texts, p.Name) {
			v.Places = append(v.Places, p)
		}
	}
	if len(v.Quotes)+len(v.Claims)+len(v.People)+len(v.Places) == 0 {
		return nil
	}
	// The text the quotations and claims were found in, read through
	// their offsets; the added paragraphs alone are what exclusives
	// reads for names (addedText).
	v.Text = cp.Text
	return v
}

// quotedIn reports whether text holds quotation q: rule copy-passages,
// each of its passages (Passages), not its whole span. A quotation split
// by its attribution ("A," the chief told reporters on Tuesday. "B.")
// spans the attribution, and a copy that trimmed a word of it ("on
// Tuesday morning" to "on Tuesday") carried the speaker's words
// unchanged: read whole, the quotation was the copy's own, and its
// outlet was listed twice beside the source's wording, once as a copy
// and once as reporting it itself.
func quotedIn(text string, q model.Quote) bool {
	ps := Passages(q)
	if len(ps) == 0 {
		return strings.Contains(text, strings.TrimSpace(q.Text))
	}
	for _, p := range ps {
		if !strings.Contains(text, p) {
			return false
		}
	}
	return true
}

// addedText is what a copy wrote that its source did not (rule
// copy-additions): its added paragraphs and sentences, and its
// rewordings.
func addedText(ch dedup.Changes) []string {
	out := slices.Clone(ch.Added)
	for _, x := range slices.Concat(ch.Sentences, ch.Quotes) {
		if x.To != "" {
			out = append(out, x.To)
		}
	}
	return out
}

// sameValue reports two claims' values equal, or both missing.
func sameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// unknownOutlet begins the name given the outlet of an article with
// neither outlet nor URL.
const unknownOutlet = "(unknown outlet"

// isUnknownOutlet reports a name outletName made for an article of no
// known outlet.
func isUnknownOutlet(o string) bool { return strings.HasPrefix(o, unknownOutlet) }

// compareOutlets is rule unknown-outlet-last: outlets by name, the
// articles of no known outlet (rule unknown-outlet-article) after the
// named ones. Their names open with a parenthesis, which sorts before
// any letter: a folder's saved text led the story's outlets, its
// figures and a quotation's wordings ahead of the outlets that reported
// them.
func compareOutlets(a, b string) int {
	if ua, ub := isUnknownOutlet(a), isUnknownOutlet(b); ua != ub {
		if ua {
			return 1
		}
		return -1
	}
	return cmp.Compare(a, b)
}

// outletName is the article's outlet, or its URL's host when the outlet
// is not known. Rule unknown-outlet-article: an article with neither is
// named by its id, "(unknown outlet 1a2b3c4d5e6f7a8b)": a folder of saved
// texts gave a story whose every report, quotation wording and figure
// was "(unknown outlet)", one name for all, so that no reader could tell
// which article worded a quotation how, and the articles were taken for
// one outlet's (no outlet alone reported anything). They are still no
// known outlets: a story does not count them, and their figures never
// make outlets disagree (rule disagreeAcrossOutlets).
func outletName(a *model.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	if a.URL != "" {
		if i := strings.Index(a.URL, "://"); i >= 0 {
			h := a.URL[i+3:]
			if j := strings.IndexByte(h, '/'); j >= 0 {
				h = h[:j]
			}
			return strings.TrimPrefix(h, "www.")
		}
	}
	return unknownOutlet + " " + a.ID + ")"
}

func dateString(a *model.Article) string {
	if t := PublishedAt(a); !t.IsZero() {
		if t.Hour() == 0 && t.Minute() == 0 {
			return t.Format(time.DateOnly)
		}
		return t.Format(time.RFC3339)
	}
	return ""
}

// words returns the lower-cased words of s.
func words(s string) []string {
	var out []string
	dedup.Words(s, func(w []byte) { out = append(out, string(w)) })
	return out
}

// overlapMin is |a∩b| / min(|a|,|b|) over word sets.
func overlapMin(a, b []string) float64 {
	n, na, nb := setOverlap(a, b)
	if na == 0 || nb == 0 {
		return 0
	}
	return float64(n) / float64(min(na, nb))
}

// setOverlap counts the distinct words a and b share, and the distinct
// words of each.
func setOverlap(a, b []string) (shared, na, nb int) {
	sa := map[string]bool{}
	for _, w := range a {
		sa[w] = true
	}
	sb := map[string]bool{}
	for _, w := range b {
		sb[w] = true
	}
	for w := range sa {
		if sb[w] {
			shared++
		}
	}
	return shared, len(sa), len(sb)
}

// speakerKey groups the forms of a name: "Oskar Brandvik", "Brandvik" and
// "Mr Brandvik" share their last word.
func speakerKey(name string) string {
	ws := nameWords(name)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// nameWords are the words a speaker's name is keyed on (speakerKey,
// namesakeKeys): rule name-forms: lower-cased, their accents dropped, and a
// generational suffix after the surname dropped. Outlets spell one person
// "Zoë Ferrand" and "Zoe Ferrand", "Milo Varga Jr." and "Milo Varga":
// keyed on their words as written, each spelling was its own speaker, and
// one person's quotation, given by two outlets, read as two speakers'
// quotations, each only its outlet's.
func nameWords(name string) []string {
	ws := words(segment.DropMarks(name))
	if len(ws) > 1 && nameSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// nameSuffixes are the generational suffixes written after a surname.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// copySuffix marks an outlet that carried the quotation in a syndicated copy.
const copySuffix = " (copy)"

type quoteItem struct {
	speaker, text, outlet string
	// also are the outlets whose copies of the article carry the quote.
	also []string
	// person: the article lists the speaker among its people.
	person bool
	// quote numbers the quotation the item is a passage of, across the
	// story; passages of one quotation share it (rule passagesJoined).
	quote int
	// part numbers the passage in its quotation (rule passageOrphan).
	part int
	// art numbers the article the item is of (rule described-speaker).
	art int
}

// isPerson reports whether name is one of the article's people, by full
// name or by a mention.
func isPerson(a *model.Article, name string) bool {
	for _, p := range a.People {
		if p.Name == name || slices.Contains(p.Mentions, name) {
			return true
		}
	}
	return false
}

// shownSpeaker is the speaker the comparison states for q, "" when the
// text does not support the attribution (rule unsupportedSpeaker). A
// person of the article is always stated. Otherwise:
//   - a place is stated only where the text names it as the speaker: not
//     when the mention is something else ("The Porto Vell Gazette", "he"),
//     the place of someone else ("A spokeswoman in Porto Vell said"), or
//     a dateline ("Porto Vell (Wire) –");
//   - a vague speaker is not stated: one opening with a sentence adverb
//     or a verb form ("Technically", "Following Quint", "saying it"), a
//     function word ("Rather", "Take", "To"), one holding a verb ("the
//     two mayors would meet"), or a lower-case one that is no described
//     group ("a crowded", "counted two").
//
// person reports a speaker stated as one of the article's people.
func shownSpeaker(a *model.Article, q model.Quote) (sp string, person bool) {
	sp = q.Speaker
	if sp == "" {
		return "", false
	}
	if isPerson(a, sp) {
		// A person's name may still have a sentence's opener glued on
		// ("Anything Quint", "Unfortunately Zephyr").
		if f := strings.Fields(sp); len(f) > 1 && (vagueLead[strings.ToLower(f[0])] || sentenceAdverb(f[0])) {
			return "", false
		}
		return sp, true
	}
	if placeSpeakerUnsupported(a, q) || vagueSpeaker(sp) {
		return "", false
	}
	return sp, false
}

// sentenceAdverb reports a capitalised sentence adverb ("Technically",
// "Unfortunately", "Interestingly"): long words of an adverb's ending, so
// that names such as Kelly, Emily or Sally are not taken for one.
func sentenceAdverb(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if r < 'A' || r > 'Z' || len(w) < 8 {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"ally", "ately", "ently", "ingly", "ously", "ively", "antly"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// placeSpeakerUnsupported is the place half of rule unsupportedSpeaker.
func placeSpeakerUnsupported(a *model.Article, q model.Quote) bool {
	place := false
	for _, p := range a.Places {
		if strings.EqualFold(p.Name, q.Speaker) {
			place = true
			break
		}
	}
	if !place {
		return false
	}
	if q.SpeakerMention != q.Speaker || q.SpeakerStart == nil || q.SpeakerEnd == nil {
		return true
	}
	st, en := *q.SpeakerStart, *q.SpeakerEnd
	if st < 0 || en > len(a.Text) || st > en {
		return true
	}
	before := strings.Fields(a.Text[:st])
	if len(before) > 0 && locative[strings.ToLower(before[len(before)-1])] {
		return true
	}
	// A dateline opens a line and runs into the agency or a dash.
	lineStart := st == 0 || a.Text[st-1] == '\n'
	rest := strings.TrimLeft(a.Text[en:], " ")
	return lineStart && (strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-"))
}

// locative are the prepositions that make a place where someone is, not
// who speaks ("a spokeswoman in Porto Vell said").
var locative = map[string]bool{"in": true, "at": true, "from": true, "near": true, "outside": true, "inside": true, "to": true, "of": true}

// vagueLead are words no speaker opens with: function words and openers
// of a sentence read as a name ("Rather than report ...", "Take a
// stroll ...", "Overall Lensmark awarded ...").
var vagueLead = map[string]bool{"rather": true, "take": true, "to": true, "the": true, "t": true, "anything": true, "overall": true, "this": true,
	"that": true, "it": true, "if": true, "when": true, "while": true, "but": true, "and": true, "so": true, "then": true, "pros": true, "cons": true}

// clauseWords are verbs that make a speaker a clause, not a name.
var clauseWords = map[string]bool{"would": true, "will": true, "could": true, "should": true, "said": true, "says": true, "was": true, "were": true,
	"is": true, "are": true, "has": true, "have": true, "had": true, "doesn't": true, "don't": true, "did": true, "wasn't": true, "isn't": true,
	"weren't": true, "won't": true, "can't": true, "didn't": true}

// describedLead are the words a described group opens with ("the
// committee", "a ferry-line spokesman", "one U.S. official").
var describedLead = map[string]bool{"the": true, "a": true, "an": true, "one": true, "another": true, "some": true, "several": true, "many": true,
	"most": true, "two": true, "three": true, "his": true, "her": true, "their": true, "its": true, "other": true, "both": true, "all": true}

// vagueSpeaker is the vague half of rule unsupportedSpeaker.
func vagueSpeaker(sp string) bool {
	f := strings.Fields(sp)
	if len(f) == 0 {
		return false
	}
	first := strings.ToLower(f[0])
	if len(f) == 1 && (vagueLead[first] || describedLead[first]) {
		return true
	}
	if len(f) > 1 && vagueLead[first] && first != "the" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	upper := r >= 'A' && r <= 'Z'
	if strings.HasSuffix(first, "ing") || sentenceAdverb(f[0]) {
		return true
	}
	for _, w := range f {
		if clauseWords[strings.ReplaceAll(strings.ToLower(w), "’", "'")] {
			return true
		}
	}
	if !upper {
		if !describedLead[first] && !strings.HasSuffix(f[len(f)-1], "s") {
			return true
		}
		if last := strings.ToLower(f[len(f)-1]); strings.HasSuffix(last, "ed") || describedLead[last] {
			return true
		}
	}
	return false
}

// copyLinks are the copies of a story's sources, and the source of each
// copy's additions (rule copy-additions), for compareQuotes.
type copyLinks struct {
	copies map[string][]*model.Article
	source map[*model.Article]*model.Article
}

// carrying is rule copy-carries-passage: the outlets of a's copies whose
// text holds passage p, marked (copy). A copy that reworded one passage
// of a split quotation was no carrier of any (its diff listed a changed
// quotation), and a copy that cut a paragraph was listed as carrying the
// quotation it cut. A copy of a's own outlet is none (rule own-update).
func (l *copyLinks) carrying(a *model.Article, p string) []string {
	if l == nil {
		return nil
	}
	var out []string
	for _, c := range l.copies[a.ID] {
		if strings.Contains(c.Text, p) && !OwnUpdate(a, c) {
			out = append(out, outletName(c)+copySuffix)
		}
	}
	return out
}

// OwnUpdate is rule own-update: a copy that its source's own outlet
// published (a later version of its report under another address, an
// "UPDATE 1" of a wire) is that outlet's update, not another outlet
// carrying the report: the quotations were listed as "Nordic Wire,
// Coast Post (copy), Nordic Wire (copy)" and the story view said the
// outlet "copied" itself. Two articles of no known outlet are never one
// outlet's: the name outletName gives each holds its id.
func OwnUpdate(src, cp *model.Article) bool {
	return outletName(src) == outletName(cp)
}

// outlet is the outlet a passage p of a's is listed under: a's, marked
// (copy) when a holds a copy's additions and the passage is its
// source's, carried (rule copy-carries-passage): the copy that reworded
// one passage of a split quotation kept the other as its source had it.
func (l *copyLinks) outlet(a *model.Article, p string) string {
	if l != nil {
		if s := l.source[a]; s != nil && strings.Contains(s.Text, p) && !OwnUpdate(s, a) {
			return outletName(a) + copySuffix
		}
	}
	return outletName(a)
}

func compareQuotes(arts []*model.Article, links *copyLinks) []SpeakerQuotes {
	// reported are the passages of indirect quotations (rule
	// indirect-passage), which join a quotation and start none.
	var items, reported []quoteItem
	widely := storyNamesakes(arts)
	quote := 0
	for ai, a := range arts {
		if len(a.Quotes) == 0 {
			// Not analysed: fall back to the text's direct quotations,
			// unattributed. Rule additions-analysed: a copy's additions
			// (copyAdditions) with no quotation are an analysed copy
			// that added none; read as not analysed, a copy adding only
			// a figure listed every quotation of its text again,
			// unattributed and as its outlet's alone.
			if links != nil && links.source[a] != nil {
				continue
			}
			for _, q := range dedup.Quotations(a.Text) {
				if quotedTerm(q) {
					continue
				}
				quote++
				items = append(items, quoteItem{text: q, outlet: links.outlet(a, q), also: links.carrying(a, q), quote: quote, art: ai})
			}
			continue
		}
		for _, q := range a.Quotes {
			parts, to := Passages(q), &items
			if q.Form == model.QuoteIndirect {
				parts, to = markedPassages(q.Text), &reported
			}
			if len(parts) == 0 {
				continue
			}
			sp, person := shownSpeaker(a, q)
			if b := widely(sp, q.SpeakerMention); b != "" {
				sp, person = b, true
			}
			if sp == "" && quotedTerm(q.Text) {
				continue
			}
			quote++
			for k, part := range parts {
				*to = append(*to, quoteItem{speaker: sp, text: part, outlet: links.outlet(a, part), also: links.carrying(a, part), person: person, quote: quote, part: k, art: ai})
			}
		}
	}
	direct := len(items)
	items = append(items, reported...)
	// group is one quotation's items and the words of its first, which
	// the later items are compared on.
	type group struct {
		words []string
		items []quoteItem
	}
	type speaker struct {
		name   string
		groups []group
		// forms count the items per name form; person marks the forms
		// an article lists among its people.
		forms  map[string]int
		person map[string]bool
	}
	var speakers []*speaker
	bySpeaker := map[string]*speaker{}
	keyOf := namesakeKeys(items[:direct])
	for n, it := range items {
		k := keyOf(it)
		if d, ok := describedKey(it); ok {
			k = d + "#" + strconv.Itoa(it.art)
		}
		sp := bySpeaker[k]
		if sp == nil && n >= direct {
			continue
		}
		if sp == nil {
			sp = &speaker{name: it.speaker, forms: map[string]int{}, person: map[string]bool{}}
			bySpeaker[k] = sp
			speakers = append(speakers, sp)
		}
		sp.forms[it.speaker]++
		sp.person[it.speaker] = sp.person[it.speaker] || it.person
		sp.name = speakerName(sp.forms, sp.person)
		w := quoteWords(it.text)
		gi := -1
		if n >= direct {
			gi = excerptGroup(it, len(sp.groups), func(i int) []quoteItem { return sp.groups[i].items })
		}
		for i := 0; i < len(sp.groups) && n < direct; i++ {
			if overlapMin(sp.groups[i].words, w) < sameQuote {
				continue
			}
			if gi < 0 {
				gi = i
				continue
			}
			// Rule passageBridge: a wording that holds two groups'
			// quotations is one quotation another outlet split into
			// passages ("A," she said. "B." against "A. B."): the
			// groups are one, or the second passage would read as
			// reported by that outlet alone.
			sp.groups[gi].items = append(sp.groups[gi].items, sp.groups[i].items...)
			sp.groups = slices.Delete(sp.groups, i, i+1)
			i--
		}
		if gi < 0 && n >= direct {
			continue
		}
		if gi < 0 {
			sp.groups = append(sp.groups, group{words: w})
			gi = len(sp.groups) - 1
		}
		sp.groups[gi].items = append(sp.groups[gi].items, it)
	}
	// Rule described-speaker: an indefinite description's speaker is
	// one article's (describedKey), and two articles' of one description
	// are one speaker only when they give one quotation (sameWording).
	wd := wordings{}
	sharedQuotation := func(a, b []group) bool {
		for _, ga := range a {
			for _, gb := range b {
				if wd.sameWordingAny(ga.items, gb.items) {
					return true
				}
			}
		}
		return false
	}
	described := make([]string, len(speakers)) // each speaker's description, "" for none
	for i, sp := range speakers {
		described[i], _ = describedKey(sp.groups[0].items[0])
	}
	for i := 0; i < len(speakers); i++ {
		a := speakers[i]
		if len(a.groups) == 0 || described[i] == "" {
			continue // merged into an earlier one, or no description
		}
		for j := i + 1; j < len(speakers); j++ {
			b := speakers[j]
			if len(b.groups) == 0 || described[j] != described[i] || !sharedQuotation(a.groups, b.groups) {
				continue
			}
			for _, gb := range b.groups {
				gi := slices.IndexFunc(a.groups, func(ga group) bool { return wd.sameWordingAny(ga.items, gb.items) })
				if gi < 0 {
					a.groups = append(a.groups, gb)
					continue
				}
				a.groups[gi].items = append(a.groups[gi].items, gb.items...)
			}
			for f, c := range b.forms {
				a.forms[f] += c
			}
			b.groups = nil
		}
	}
	// joinVariants moves each quotation of from that one other speaker
	// home admits gives in the same words (sameWording) into that
	// speaker's quotation, as a wording of it; a quotation two such
	// speakers' match stays.
	joinVariants := func(from *speaker, admits func(sp *speaker, g group) bool) {
		from.groups = slices.DeleteFunc(from.groups, func(g group) bool {
			var home *speaker
			hi := -1
			for _, sp := range speakers {
				if sp == from || !admits(sp, g) {
					continue
				}
				for i := range sp.groups {
					if !wd.sameWordingAny(sp.groups[i].items, g.items) {
						continue
					}
					if home != nil && home != sp {
						return false
					}
					if home == nil {
						home, hi = sp, i
					}
				}
			}
			if home == nil {
				return false
			}
			home.groups[hi].items = append(home.groups[hi].items, g.items...)
			return true
		})
	}
	// Rule unattributed-variant: a quotation an outlet gave with no
	// speaker (its attribution outside the sentence, or missed) that
	// another outlet gave as one named speaker's joins that speaker's
	// quotation as a wording of it: listed apart under (unattributed), one
	// quotation read as two, and the named outlet's wording as its alone.
	// Across speakers the test is stricter than sameQuote within one
	// (sameWording): a short quotation's few words are found in many a
	// long one. One that two speakers' quotations match stays unattributed.
	if un := bySpeaker[""]; un != nil {
		joinVariants(un, func(*speaker, group) bool { return true })
	}
	// Rule described-variant: a quotation one outlet credits to a
	// description ("the minister", "the harbour master", "a spokeswoman for the
	// board", "the statement") and another outlet to a person or body it
	// names, in the same words (sameWording), is theirs: it joins their
	// quotation as a wording of it. Apart, one statement read as two
	// speakers', each outlet's wording as its alone. Only a named speaker
	// is a home: two named speakers credited with one statement are a
	// disagreement the comparison keeps in view; and a person the
	// quotation names is whom it is about ("investigators identified Ada
	// Quell"), not its speaker.
	for _, sp := range speakers {
		if sp.name == "" || !describedName(sp.name) || sp.person[sp.name] {
			continue
		}
		joinVariants(sp, func(h *speaker, g group) bool {
			return h.name != "" && !describedName(h.name) && !namedInQuote(h.name, g.items)
		})
	}
	for _, sp := range speakers {
		for i := 0; i < len(sp.groups); i++ {
			if h := orphanHome(sp.groups[i].items, func(k int) []quoteItem {
				if k == i || k >= len(sp.groups) {
					return nil
				}
				return sp.groups[k].items
			}, len(sp.groups)); h >= 0 {
				sp.groups[h].items = withPassages(sp.groups[h].items, sp.groups[i].items)
				sp.groups = slices.Delete(sp.groups, i, i+1)
				i--
			}
		}
	}
	out := []SpeakerQuotes{}
	for _, sp := range speakers {
		if len(sp.groups) == 0 {
			continue // its quotations all joined a named speaker's
		}
		sq := SpeakerQuotes{Speaker: sp.name}
		for _, g := range sp.groups {
			sq.Quotes = append(sq.Quotes, quoteGroup(g.items))
		}
		out = append(out, sq)
	}
	// Rule speakers-by-reach: attributed first, the speakers more
	// outlets quoted before the others, then by name. By name alone, a
	// story of forty reports listed its hundred speakers alphabetically,
	// the minister every outlet quoted among the passers-by one outlet
	// asked.
	reach := map[string]int{}
	for _, sq := range out {
		reach[sq.Speaker] = speakerReach(sq)
	}
	slices.SortStableFunc(out, func(a, b SpeakerQuotes) int {
		if (a.Speaker == "") != (b.Speaker == "") {
			if a.Speaker == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(reach[b.Speaker], reach[a.Speaker]), cmp.Compare(a.Speaker, b.Speaker))
	})
	return out
}

// speakerReach is the number of outlets that quote a speaker, their
// syndicated copies left out (rule speakers-by-reach).
func speakerReach(sq SpeakerQuotes) int {
	var outlets []string
	for _, g := range sq.Quotes {
		for _, v := range g.Variants {
			for _, o := range v.Outlets {
				if !strings.HasSuffix(o, copySuffix) && !slices.Contains(outlets, o) {
					outlets = append(outlets, o)
				}
			}
		}
	}
	return len(outlets)
}

// describedKey is rule described-speaker: the key of a speaker an
// indefinite description gives ("a ministry spokesman", "one police
// source", "another official"): no person of its article, opening with an
// indefinite determiner, its head noun in lower case. Keyed on its last
// word as a name is, every "... spokesman" of a story was one speaker,
// named by one of the descriptions: an airline's, a ministry's and a
// club's spokesmen read as one person saying all their outlets'
// quotations. Such a speaker is keyed on its words and its article: two
// articles' of one description are one speaker only when they give one
// quotation (sameWording in compareQuotes). A definite description ("the
// official", "the harbour master") points to someone its article or the
// story names, and keeps its key. describedKey returns the description's
// part of the key; compareQuotes adds the article's number.
func describedKey(it quoteItem) (string, bool) {
	f := strings.Fields(it.speaker)
	if it.person || len(f) < 2 {
		return "", false
	}
	lead := strings.ToLower(f[0])
	if r, _ := utf8.DecodeRuneInString(f[len(f)-1]); !describedLead[lead] || definiteLead[lead] || !unicode.IsLower(r) {
		return "", false
	}
	return "~" + strings.Join(words(strings.Join(f[1:], " ")), " "), true
}

// describedName reports a speaker named by a description, not a name: two
// words or more opening with a determiner or a count ("the minister", "A
// board spokeswoman", "one official"; rule described-variant).
func describedName(sp string) bool {
	f := strings.Fields(sp)
	return len(f) > 1 && describedLead[strings.ToLower(f[0])]
}

// namedInQuote reports a quotation of items that names the person name by
// its last word (rule described-variant).
func namedInQuote(name string, items []quoteItem) bool {
	nw := nameWords(name)
	if len(nw) == 0 {
		return false
	}
	last := nw[len(nw)-1]
	for _, it := range items {
		for _, w := range nameWords(it.text) {
			if w == last {
				return true
			}
		}
	}
	return false
}

// definiteLead are the determiners of describedLead that point to one
// known person or body ("the", "his"); the others describe someone
// unknown ("a", "one", "another").
var definiteLead = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true}

// minExcerptWords: a wording that another holds as a run of words is an
// excerpt of it (rule unattributed-variant) when it has this many words or
// more; "it sounded like" is in too many sentences.
const minExcerptWords = 4

// wordings reads quotation texts as sameWording compares them, each text
// once: rules described-speaker and unattributed-variant compare every
// wording of a group with every wording of another's, group after group.
type wordings map[string]wording

// wording is a quotation's words (words) and the words it is compared on
// (quoteWords).
type wording struct{ all, content []string }

// of is s read as a wording, from the memo when read before.
func (m wordings) of(s string) wording {
	w, ok := m[s]
	if !ok {
		w = wording{words(s), quoteWords(s)}
		m[s] = w
	}
	return w
}

// sameWording reports two wordings of one quotation, as rule
// unattributed-variant reads them: one holds the other as a run of words
// ("welcomed the ferry line's offer" in "the council said it welcomed the
// ferry line's offer"), or they share sameQuote of the longer's content
// words ("I doubt he read the report" and "I doubt [Berg] read the
// report"). sameQuote reads the shorter's share, which a few words found
// in a long quotation pass.
func (m wordings) sameWording(a, b string) bool {
	x, y := m.of(a), m.of(b)
	wa, wb := x.all, y.all
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) >= minExcerptWords && containsRun(wb, wa) {
		return true
	}
	n, na, nb := setOverlap(x.content, y.content)
	return max(na, nb) > 0 && float64(n)/float64(max(na, nb)) >= sameQuote
}

// sameWordingAny reports whether a wording of one group is a wording of
// the other's quotation (sameWording).
func (m wordings) sameWordingAny(g, h []quoteItem) bool {
	for _, x := range g {
		for _, y := range h {
			if m.sameWording(x.text, y.text) {
				return true
			}
		}
	}
	return false
}

// maxTermWords: rule quoted-term's bound, the words of a term set in
// quotation marks.
const maxTermWords = 2

// quotedTerm is rule quoted-term: a quotation of one or two words that no
// speaker said is a term set in quotation marks (a product's colour, a
// label, a scare-quoted word: "coral pink", "landmark"), not a quotation:
// the comparison listed each under (unattributed), and as its outlet's
// alone. A cry ("Fares down!") or a question stays, as does any term
// a speaker is credited with.
func quotedTerm(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return false
	}
	return len(words(s)) <= maxTermWords
}

// storyNamesakes is rule storyNamesake: an article that names one person
// of a surname in full ("Mara Quint") may resolve to them the surname
// alone, a title and the surname, or a pronoun ("Quint", "Mr. Quint",
// "he") that stand for the namesake the story is about, whom that article
// never names in full. When the story's articles list another full name
// of that surname (Tom Quint) in more of its articles, a quotation
// whose speaker mention does not give the first name is that person's.
// The returned func gives the speaker to state instead, or "".
func storyNamesakes(arts []*model.Article) func(speaker, mention string) string {
	listed := map[string]int{} // full name -> articles listing it
	for _, a := range arts {
		seen := map[string]bool{}
		for _, p := range a.People {
			if strings.Contains(p.Name, " ") && !seen[p.Name] {
				seen[p.Name] = true
				listed[p.Name]++
			}
		}
	}
	return func(speaker, mention string) string {
		f := strings.Fields(speaker)
		if len(f) < 2 || listed[speaker] == 0 || mention == "" || strings.Contains(mention, f[0]) {
			return ""
		}
		last, best := speakerKey(speaker), ""
		for n, c := range listed {
			if n != speaker && speakerKey(n) == last && c > listed[speaker] && (best == "" || c > listed[best] || c == listed[best] && n < best) {
				best = n
			}
		}
		return best
	}
}

// namesakeKeys is rule namesakes: a speaker's quotations are grouped by
// the last word of the name ("Oskar Brandvik", "Brandvik"), except where the
// articles list two people of that last word ("Tom Quint", "Mara
// Quint"): each full name is then its own speaker, and the other forms go
// to the full name most quotations carry.
func namesakeKeys(items []quoteItem) func(quoteItem) string {
	// keys are a name's last word (speakerKey) and, for a full name, its
	// first and last word: "Ada B. Lowe" and "Ada Lowe" are one person.
	keys := func(name string) (last, firstLast string) {
		ws := nameWords(name)
		if len(ws) == 0 {
			return "", ""
		}
		last = ws[len(ws)-1]
		if len(ws) > 1 {
			firstLast = ws[0] + " " + last
		}
		return last, firstLast
	}
	full := map[string]map[string]int{} // last word -> first and last -> items
	for _, it := range items {
		if k, fl := keys(it.speaker); it.person && fl != "" {
			if full[k] == nil {
				full[k] = map[string]int{}
			}
			full[k][fl]++
		}
	}
	return func(it quoteItem) string {
		k, fl := keys(it.speaker)
		names := full[k]
		if len(names) < 2 {
			return k
		}
		if fl != "" && names[fl] > 0 {
			return "=" + fl
		}
		best := ""
		for n, c := range names {
			if best == "" || c > names[best] || c == names[best] && n < best {
				best = n
			}
		}
		return "=" + best
	}
}

// speakerName is rule speakerForm: the name a speaker's quotations are
// listed under, of the forms the outlets gave that share its last word.
// A form some article lists among its people beats one none does (a
// misread "Following Quint" must not name Tom Quint's quotations);
// then the fuller form of a person ("Tom Quint" over "Quint"), then
// the more frequent, then the longer, then the first alphabetically.
func speakerName(forms map[string]int, person map[string]bool) string {
	best := ""
	better := func(a, b string) bool {
		if person[a] != person[b] {
			return person[a]
		}
		if person[a] && len(strings.Fields(a)) != len(strings.Fields(b)) {
			return len(strings.Fields(a)) > len(strings.Fields(b))
		}
		if forms[a] != forms[b] {
			return forms[a] > forms[b]
		}
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	}
	first := true
	for f := range forms {
		if first || better(f, best) {
			best, first = f, false
		}
	}
	return best
}

// minQuoteContent: a quotation with fewer content words than this is
// compared on all its words ("rather odd plan" has three).
const minQuoteContent = 3

// quoteWords are the words two quotations are compared on: rule
// quoteContentWords, their content words (contentWords), so that "the whole
// list of dangers that Ruritania poses to the harbour" and "the permanent
// closure of the harbour of Ruritania" are two quotations, not one sharing
// "the", "of", "harbour" and "Ruritania"; a short quotation keeps all its words.
func quoteWords(s string) []string {
	if cw := contentWords(s, nil); len(cw) >= minQuoteContent {
		return cw
	}
	return words(s)
}

// excerptDiff is rule excerptDiff: an outlet that quoted a part of the
// group's wording shows as that part between ellipses ("… we will act
// together …"), not as the rest struck out: the words it left out at
// either end are no change of wording. Changes inside stay marked.
func excerptDiff(d string) string {
	if strings.HasPrefix(d, "[-") {
		// the run's end is sought after its opening: in "[-] and so-]"
		// (a struck "]") the "-]" inside "[-]" closes nothing
		if i := strings.Index(d[2:], "-] "); i >= 0 && !strings.HasPrefix(d[i+5:], "{+") && !strings.Contains(d[2:i+2], "-]") {
			d = "… " + d[i+5:]
		}
	}
	if strings.HasSuffix(d, "-]") {
		// cut is where the part ends, at the space before the run
		// struck; the run may instead open with the punctuation that
		// began the words left out, struck with them and after no space
		// (dedup's rule diff-lead-punct: "the fair deal[-, the fair
		// deal for crews-]"): they are left out all the same.
		// A run holds a character at least: " [-" in the last three
		// bytes is a struck "[" ending the run, not its start
		// ("[-together [-]").
		cut := strings.LastIndex(d[:max(len(d)-3, 0)], " [-")
		if j := strings.LastIndex(d, "[-"); j > cut+1 && d[j-1] != ' ' && strings.ContainsAny(d[j+2:j+3], ".,;:!?") {
			cut = j
		}
		if cut >= 0 && !strings.HasSuffix(d[:cut], "+}") && !strings.Contains(strings.TrimPrefix(d[cut:len(d)-2], " ")[2:], "[-") {
			d = d[:cut] + " …"
		}
	}
	return d
}

// Passages are the quoted passages of q that compareQuotes aligns and the
// command line's listing of quotations prints: its Parts, which the
// extractor lists for a quotation of several passages, else quoteParts of
// its text (a quote of one passage, or one stored before Parts were
// recorded). Parts that do not lie in q's span (a record edited by hand)
// fall back to quoteParts too.
func Passages(q model.Quote) []string {
	if len(q.Parts) == 0 {
		return quoteParts(q.Text)
	}
	out := make([]string, 0, len(q.Parts))
	for _, p := range q.Parts {
		lo, hi := p.Start-q.Start, p.End-q.Start
		if lo < 0 || hi > len(q.Text) || hi < lo {
			return quoteParts(q.Text)
		}
		if s := trimPassage(q.Text[lo:hi]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// markedPassages is rule indirect-passage: the passages in quotation
// marks inside a reported quotation ("Terje Vik said the company was
// "doing everything" to recapture the fish") are the speaker's own words,
// quoted as a partial quotation is; the reported speech around them is
// the outlet's. Skipped with the rest of the indirect quotation, another
// outlet's full wording of the same sentence read as reported by that
// outlet alone. Such a passage joins a quotation of its speaker that a
// direct or partial quotation began and one of whose wordings holds it
// word for word (excerptGroup), and begins none: the speaker of a
// reported sentence is read less surely, and two words in marks that
// match no quotation are as often a phrase the outlet names ("the
// "information warfare" of the campaign") as its speaker's. A passage
// of fewer than minMarkedWords words is left out: one word in marks is as
// often a label the outlet distances itself from (the "reform") as the
// speaker's word.
func markedPassages(text string) []string {
	var out []string
	open := -1
	for i, r := range text {
		if !doubleMark(r) {
			continue
		}
		if open < 0 {
			// A passage opens at the start or after a space or bracket;
			// a mark after a word closes a quotation the span began
			// inside ("... yet," she said), whose words are not these.
			if i == 0 || strings.IndexByte(" \t\n([", text[i-1]) >= 0 {
				open = i + utf8.RuneLen(r)
			}
			continue
		}
		if p := strings.TrimRight(trimPassage(text[open:i]), "."); len(strings.Fields(p)) >= minMarkedWords {
			out = append(out, p)
		}
		open = -1
	}
	return out
}

// excerptGroup is the first of n groups of which a wording holds the
// reported passage p word for word (rule indirect-passage), or -1. Words
// in common are not enough for a passage of two or three: "a new deal"
// shares both its words with many a quotation about a deal. A group that
// p's outlet quotes already is none: an outlet repeating a phrase of the
// quotation it gave in full reported nothing more.
func excerptGroup(p quoteItem, n int, items func(i int) []quoteItem) int {
	pw := words(p.text)
	for i := range n {
		g := items(i)
		if slices.ContainsFunc(g, func(it quoteItem) bool { return it.outlet == p.outlet }) {
			continue
		}
		if slices.ContainsFunc(g, func(it quoteItem) bool { return containsRun(words(it.text), pw) }) {
			return i
		}
	}
	return -1
}

// containsRun reports whether run occurs in ws as consecutive words.
func containsRun(ws, run []string) bool {
	for i := 0; len(run) > 0 && i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// minMarkedWords is the fewest words of a passage rule indirect-passage
// takes (see markedPassages).
const minMarkedWords = 2

// trimPassage drops the space around a passage and the comma, colon or
// semicolon that ended it inside the marks ("A," she said).
func trimPassage(p string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), ",:;"))
}

// quoteParts splits a quotation's text into the passages inside its
// quotation marks, for a quote without Parts (see Passages). A record's
// quote is one span of the article, so a split quotation ("A," she said.
// "B.") carries the attribution between its parts, and a quotation
// running over paragraphs carries the mark that opens each new one;
// outlets quote such parts separately, one or both, so the comparison
// aligns passage with passage. Each passage loses the comma or colon that
// ended it inside the marks ("A," she said). Text with a quotation inside
// it, or an odd number of marks, stays whole.
func quoteParts(text string) []string {
	var parts []string
	var marks int
	start, inside := 0, true
	for i, r := range text {
		if !doubleMark(r) {
			continue
		}
		marks++
		// A mark opening a paragraph within the quotation continues it.
		if inside && i >= 1 && text[i-1] == '\n' {
			parts = append(parts, text[start:i])
			start = i + utf8.RuneLen(r)
			marks--
			continue
		}
		if inside {
			// A mark after a space opens a quotation inside this one
			// (it called the pier "unsafe"): no split.
			if i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
				marks = 1
				break
			}
			parts = append(parts, text[start:i])
		}
		start, inside = i+utf8.RuneLen(r), !inside
	}
	if inside {
		parts = append(parts, text[start:])
	}
	if marks%2 != 0 {
		parts = []string{text}
	}
	out := parts[:0]
	for _, p := range parts {
		if p = trimPassage(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// doubleMark reports whether r is a double quotation mark of any style.
// Single marks are left alone: inside a quotation they quote in turn, and
// ’ is also the apostrophe.
func doubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// quoteGroup aligns the wordings of one quotation.
func quoteGroup(g []quoteItem) QuoteGroup {
	var vs []*variant
	byNorm := map[string]*variant{}
	for _, it := range joinPassages(g) {
		ws := words(it.text)
		k := strings.Join(ws, " ")
		v := byNorm[k]
		if v == nil {
			v = &variant{text: it.text, words: ws}
			byNorm[k] = v
			vs = append(vs, v)
		}
		for _, o := range append([]string{it.outlet}, it.also...) {
			if !slices.Contains(v.outlets, o) {
				v.outlets = append(v.outlets, o)
			}
		}
	}
	canon := vs[0]
	for _, v := range vs[1:] {
		if len(v.outlets) > len(canon.outlets) || len(v.outlets) == len(canon.outlets) && len(v.text) > len(canon.text) {
			canon = v
		}
	}
	qg := QuoteGroup{Text: canon.text}
	for _, v := range vs {
		slices.SortFunc(v.outlets, func(a, b string) int {
			// outlets that reported first, then those that copied
			ca, cb := strings.HasSuffix(a, copySuffix), strings.HasSuffix(b, copySuffix)
			if ca != cb {
				if ca {
					return 1
				}
				return -1
			}
			return compareOutlets(a, b)
		})
		qv := QuoteVariant{Text: v.text, Outlets: v.outlets}
		if v != canon {
			qv.Diff = excerptDiff(dedup.WordDiff(excerptOf(v, canon, vs), v.text))
		}
		qg.Variants = append(qg.Variants, qv)
	}
	slices.SortStableFunc(qg.Variants, func(a, b QuoteVariant) int {
		if (a.Diff == "") != (b.Diff == "") {
			if a.Diff == "" {
				return -1
			}
			return 1
		}
		return compareOutlets(a.Outlets[0], b.Outlets[0])
	})
	return qg
}

// excerptOf is rule excerpt-of-wording: the wording a variant's diff is
// taken against, the main wording (canon) unless the variant is an
// excerpt of another wording and not of the main one: an outlet that
// quoted a run of a longer wording another outlet gave ("talks at a very
// high level" of "we have held talks at a very high level, the highest")
// was diffed against the shorter main one ("the highest level") and read
// as rewritten nearly whole; against the wording it is a run of, it reads
// as the excerpt it is ("… talks at a very high level …").
// Each wording's words are read once, in quoteGroup, not again for every
// other variant.
func excerptOf(v, canon *variant, vs []*variant) string {
	if containsRun(canon.words, v.words) {
		return canon.text
	}
	for _, o := range vs {
		if o != v && containsRun(o.words, v.words) {
			return o.text
		}
	}
	return canon.text
}

// variant is one wording of a quotation in quoteGroup: its text, its
// words (words) and the outlets that give it.
type variant struct {
	text    string
	words   []string
	outlets []string
}

// orphanHome is rule passageOrphan: a group that holds passages of one
// quotation alone, whose other passage is in a group of other quotations
// (the same words in other outlets), belongs to that group: "The river has
// waited long enough," Berg said, "and so have we." put its first passage
// beside another outlet's, and "and so have we." read as a quotation of
// its own that outlet alone reported; joined (rule passagesJoined), the
// outlet's wording is the two. It returns the index of that group among
// n (group(k) gives its items, nil for the orphan's own), or -1.
func orphanHome(orphan []quoteItem, group func(k int) []quoteItem, n int) int {
	q := orphan[0].quote
	for _, it := range orphan {
		if it.quote != q {
			return -1
		}
	}
	for k := range n {
		items := group(k)
		if slices.ContainsFunc(items, func(it quoteItem) bool { return it.quote == q }) &&
			slices.ContainsFunc(items, func(it quoteItem) bool { return it.quote != q }) {
			return k
		}
	}
	return -1
}

// withPassages puts the orphan's passages among a group's items beside
// their quotation's other passages, in the order the quotation has them
// (rule passageOrphan), so that joinPassages joins them in that order.
func withPassages(items, orphan []quoteItem) []quoteItem {
	for _, o := range orphan {
		at := len(items)
		for k, it := range items {
			if it.quote == o.quote {
				if it.part > o.part {
					at = k
					break
				}
				at = k + 1
			}
		}
		items = slices.Insert(items, at, o)
	}
	return items
}

// joinPassages is rule passagesJoined: the passages of one quotation that
// a group holds (rule passageBridge put them together) are one wording,
// joined with an ellipsis in the order the article quotes them; listed
// apart, they read as two outlets' variants.
func joinPassages(g []quoteItem) []quoteItem {
	out := make([]quoteItem, 0, len(g))
	at := map[int]int{} // quote -> index in out
	for _, it := range g {
		if k, ok := at[it.quote]; ok {
			out[k].text += " … " + it.text
			continue
		}
		at[it.quote] = len(out)
		out = append(out, it)
	}
	return out
}

// measureWords are a claim subject's content words, less the words that
// only restate the unit, the figure or a date (rule measureNotUnit: "1,420
// miles" and "640 miles" say nothing of what they measure, and "a 12
// percent rise over 2019" shares only "percent" and a year with other
// figures of the story; two such claims are no one measure).
func measureWords(c model.Claim) []string {
	s := c.Subject
	if s == "" {
		s = c.Text
	}
	unit := foldPlural(strings.ToLower(c.Unit))
	return contentWords(s, func(w string) bool {
		f := foldPlural(w)
		return f != unit && !figureWords[w] && !figureWords[f] && !dateWords[f] && !startsWithDigit(w)
	})
}

// startsWithDigit reports a figure's own word ("39.6bn", "2016"), not a
// model name ("z5").
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// isModelName reports a word that mixes letters and digits ("z5",
// "k320", "fx212"): the name of a product, flight or model.
func isModelName(w string) bool {
	return strings.ContainsAny(w, "0123456789") && strings.Trim(w, "0123456789.,") != "" && !startsWithDigit(w)
}

// modelNames are the words of ws that are model names (isModelName).
func modelNames(ws []string) []string {
	var out []string
	for _, w := range ws {
		if isModelName(w) {
			out = append(out, w)
		}
	}
	return out
}

// dateWords name a time, not what a figure measures: the English month and
// weekday names of the lexicon's calendar, and these.
var dateWords = func() map[string]bool {
	m := map[string]bool{"year": true, "month": true, "week": true, "day": true, "today": true, "yesterday": true, "last": true, "next": true,
		"earlier": true, "later": true, "since": true}
	for _, w := range slices.Concat(lexicon.EnglishMonths(), lexicon.EnglishWeekdays()) {
		m[w] = true
	}
	return m
}()

// Rule changeKind: a figure that states a change ("a 12 percent increase",
// "cut its shipments by 30 percent") measures something else than a level
// or a share ("11 percent of pine arrivals", "applied to 30 percent of all
// pine arrivals"), even with the same unit and close values; the two kinds are
// never one measure.
//
// Not claims' changeVerbs, and neither can call the other with the same
// output: those are verbs only, read where a verb stands (before "to" they
// state the level reached and end the subject, after one a figure is no
// object), so the nouns here ("increase", "cut", "gain") would cut
// subjects there ("a cut to 3 per cent"); and this list lacks their
// "edged", "eased", "slipped", "shrank", "soared", which would make more
// figures changes here and regroup them. foldPlural reads most of their
// third persons ("rises", "falls"; not "grows").
var changeWords = map[string]bool{"increase": true, "increased": true, "rise": true, "rose": true, "risen": true, "fall": true, "fell": true, "fallen": true,
	"drop": true, "dropped": true, "decline": true, "declined": true, "cut": true, "growth": true, "grew": true, "grown": true, "jump": true, "jumped": true,
	"gain": true, "gained": true, "decrease": true, "decreased": true, "surge": true, "surged": true, "slump": true, "slumped": true, "plunge": true, "plunged": true,
	"climb": true, "climbed": true, "reduce": true, "reduced": true}

// isChange reports whether a claim's own words state a change (rule changeKind).
func isChange(c model.Claim) bool {
	for _, w := range words(c.Text) {
		if changeWords[w] || changeWords[foldPlural(w)] {
			return true
		}
	}
	return false
}

// contentWords are the words of s that can say what a figure measures
// (three letters or more, or a model name such as "z5", no measureStop word), plurals folded, of those
// keep takes (all when keep is nil).
func contentWords(s string, keep func(w string) bool) []string {
	var out []string
	for _, w := range words(s) {
		if (len(w) > 2 || isModelName(w)) && !measureStop[w] && (keep == nil || keep(w)) {
			out = append(out, foldPlural(w))
		}
	}
	return out
}

// measureStop are words that say nothing of what a figure measures:
// function words and the determiners and possessives outlets swap when
// they reword ("half of our trade walks" / "half of his customers walk").
var measureStop = map[string]bool{"the": true, "and": true, "for": true, "of": true, "with": true, "from": true, "that": true, "this": true, "about": true, "some": true, "will": true, "were": true, "was": true, "are": true, "has": true, "have": true,
	"our": true, "his": true, "her": true, "its": true, "their": true, "each": true, "every": true, "these": true, "those": true}

// foldPlural folds a plural or third-person -s ("walks", "customers") so
// rewordings match; "ss" endings ("business") stay.
func foldPlural(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// fullSource names a claim's source by the article's person it mentions,
// when it does: "Baker Tom Reilly" is Tom Reilly.
func fullSource(a *model.Article, src string) string {
	sw := words(src)
	for _, p := range a.People {
		pw := words(p.Name)
		if len(pw) > 0 && len(pw) <= len(sw) && slices.Equal(pw, sw[len(sw)-len(pw):]) {
			return p.Name
		}
	}
	return src
}

// jaccardWords is |a∩b| / |a∪b| over word sets.
func jaccardWords(a, b []string) float64 {
	n, na, nb := setOverlap(a, b)
	if u := na + nb - n; u > 0 {
		return float64(n) / float64(u)
	}
	return 0
}

// claimAcc is a claim group being built: mw are the measure words of its
// first claim, change its kind (rule changeKind).
type claimAcc struct {
	cg     ClaimGroup
	mw     []string
	change bool
	// unit is cg.Unit's unitKey (rule unit-spelling).
	unit string
	// members are what the rules compare of each value, index-aligned
	// with cg.Values until claimGroups sorts them.
	members []claimMember
}

// claimMember is what rules closeFigure, differentHead and
// differentModel compare of one claim.
type claimMember struct {
	// ctx are the words of the claim's sentence (sentenceWords).
	ctx []string
	// head is the noun its figure qualifies (figureHead).
	head string
	// models are the model names among its measure words (modelNames).
	models []string
	// lang is its article's language (rule head-one-language).
	lang string
	// art is its article (rule follow-up-figure).
	art *model.Article
}

// admits is rule differentHead: a figure with another value than a
// member's joins the group only when the nouns the two figures qualify
// do not differ ("a 25 percent duty" and "30 percent of all pine arrivals"
// are a rate and a share: grouped, they would read as outlets
// disagreeing). Equal values cannot make a false disagreement, and a
// figure with no noun after it ("cost 12 million pounds") is left to
// the other rules.
//
// Rule differentModel, of the same kind: figures with different values
// whose measures name different models ("the Z5 made up 4.3
// percent of crossings" / "the Z4 made up 2 percent") measure two
// things, however many other words they share.
func (x *claimAcc) admits(value *float64, m claimMember) bool {
	if value == nil {
		return true
	}
	for i, v := range x.cg.Values {
		if v.Value == nil || *v.Value == *value {
			continue
		}
		o := x.members[i]
		if m.head != "" && o.head != "" && o.head != m.head && sameLanguage(m.lang, o.lang) {
			return false
		}
		if len(m.models) > 0 && len(o.models) > 0 && sharedWords(m.models, o.models) == 0 {
			return false
		}
	}
	return true
}

// sameLanguage is rule head-one-language, a guard of rule differentHead:
// the nouns two figures qualify differ as measures only in one language.
// Across two they differ by their words ("23 personas" / "25 people" count
// the same injured), and a story's Spanish report kept the English
// reports' 23 and 25 injured apart, the 25 listed as its outlet's alone.
// A language unknown on either side compares as before.
func sameLanguage(a, b string) bool {
	return a == "" || b == "" || a == b
}

// claimRef is one claim of an article: its index in the article's Claims.
type claimRef struct {
	a *model.Article
	k int
}

// revisedFigures is rule revised-figure: a copy that reworded a sentence
// of its source and changed a figure in it ("about [-600-] {+800+}
// homes", a wire's update raising a toll) gives a new value of the
// source's figure in that sentence, of the same unit: the same measure.
// Compared on their words, the two were often two groups under one
// heading ("homes [homes]" twice), the new value listed as its outlet's
// alone. It records in revised, for each figure of the copy's additions
// v, the source's figure it revises.
func revisedFigures(revised map[claimRef]claimRef, src, v *model.Article, ch dedup.Changes) {
	for k, c := range v.Claims {
		for _, s := range ch.Sentences {
			if s.From == "" || !strings.Contains(s.To, c.Text) {
				continue
			}
			if j := slices.IndexFunc(src.Claims, func(o model.Claim) bool {
				return unitKey(o.Unit) == unitKey(c.Unit) && strings.Contains(s.From, o.Text) && !strings.Contains(s.To, o.Text)
			}); j >= 0 {
				revised[claimRef{v, k}] = claimRef{src, j}
				break
			}
		}
	}
}

// claimGroups groups the articles' figures by what they measure; a figure
// revised (rule revised-figure) joins the group of the figure it revises.
func claimGroups(arts []*model.Article, revised map[claimRef]claimRef) []ClaimGroup {
	var groups []*claimAcc
	groupOf := map[claimRef]*claimAcc{}
	for _, a := range arts {
		outlet := outletName(a)
		for k, c := range a.Claims {
			mw := measureWords(c)
			unit := unitKey(c.Unit)
			m := claimMember{ctx: sentenceWords(a.Text, c.Start, c.End), head: figureHead(c.Text), models: modelNames(mw), lang: a.Language, art: a}
			change := isChange(c)
			var g *claimAcc
			if r, ok := revised[claimRef{a, k}]; ok {
				g = groupOf[r]
			}
			for _, x := range groups {
				if g != nil {
					break
				}
				if x.unit == unit && x.change == change && len(mw) > 0 && jaccardWords(x.mw, mw) >= sameMeasure && x.admits(c.Value, m) {
					g = x
					break
				}
			}
			if g == nil && c.Unit != "" && c.Value != nil {
				g = closeFigureGroup(groups, unit, *c.Value, change, m)
			}
			if g == nil && c.Value != nil {
				g = equalFigureGroup(groups, unit, *c.Value, change, m)
			}
			if g == nil && c.Value != nil {
				g = restatedFigureGroup(groups, unit, *c.Value, change, m)
			}
			if g == nil && c.Value == nil {
				g = vagueFigureGroup(groups, heading(c), unit, change)
			}
			if g == nil {
				g = &claimAcc{cg: ClaimGroup{Measure: heading(c), Unit: c.Unit}, mw: mw, change: change, unit: unit}
				groups = append(groups, g)
			}
			g.cg.Values = append(g.cg.Values, ClaimValue{Outlet: outlet, Value: c.Value, Text: c.Text, Source: fullSource(a, c.Source)})
			g.members = append(g.members, m)
			groupOf[claimRef{a, k}] = g
		}
	}
	out := []ClaimGroup{}
	for _, g := range groups {
		g.cg.Disagree = outletsDisagree(g.cg.Values)
		slices.SortStableFunc(g.cg.Values, func(a, b ClaimValue) int { return compareOutlets(a.Outlet, b.Outlet) })
		out = append(out, g.cg)
	}
	// Rule figures-by-reach: the measures more outlets give come first,
	// in the order met otherwise: a story's figures were listed as met,
	// the death toll all its reports gave and disagreed on after a score
	// of figures one outlet alone gave.
	slices.SortStableFunc(out, func(a, b ClaimGroup) int { return cmp.Compare(claimReach(b), claimReach(a)) })
	return out
}

// claimReach is the number of outlets that give a figure of the group
// (rule figures-by-reach).
func claimReach(g ClaimGroup) int {
	var outlets []string
	for _, v := range g.Values {
		if !slices.Contains(outlets, v.Outlet) {
			outlets = append(outlets, v.Outlet)
		}
	}
	return len(outlets)
}

// maxHeadingWords: a subject longer than this is a clause, not the name of
// a measure ("has vowed to put duties on Ruritanian cheese in
// reprisal for ..."), and the heading is cut to the figure's noun
// phrase. Set by hand: the subjects of the harbour golden story and of
// well-formed measures ("pilots in Ruritania joined in") are at most six.
const maxHeadingWords = 8

// heading is rule shortHeading: a figure group is headed by the name of
// what it measures. A short subject is that name; a long one gives way to
// the noun phrase the figure qualifies in the claim's own words ("a 25
// percent duty on pine arrivals and ..." is "duty on pine arrivals",
// "$150 billion of Ruritanian cheese in reprisal" is "Ruritanian cheese"), or
// the words before the figure when none follows ("mean weekly takings of
// 7,000 tickets in ..." is "reported mean weekly takings"); the full
// sentence is shown per outlet anyway.
func heading(c model.Claim) string {
	m := c.Subject
	if m == "" {
		m = c.Text
	}
	f := strings.Fields(m)
	if len(f) <= maxHeadingWords {
		return m
	}
	if h := figurePhrase(c.Text, c.Unit); h != "" {
		return h
	}
	return strings.Join(f[:maxHeadingWords], " ") + " …"
}

// phraseMax is the most words a heading phrase takes from the claim.
const phraseMax = 5

// phraseStop end a noun phrase: clause openers, pronouns, verbs of being
// and prepositions that start a new complement ("in reprisal", "to
// duties", "if the duchy ..."). "of" and "on" stay inside ("duty on
// pine arrivals").
var phraseStop = map[string]bool{"in": true, "to": true, "if": true, "that": true, "which": true, "who": true, "when": true, "and": true, "or": true,
	"but": true, "as": true, "at": true, "from": true, "for": true, "after": true, "before": true, "since": true, "with": true, "by": true,
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"could": true, "should": true, "it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "this": true, "than": true,
	"along": true, "across": true, "into": true, "over": true, "under": true, "about": true, "around": true, "between": true, "during": true,
	"without": true, "within": true, "through": true, "while": true, "because": true, "where": true, "the": true, "a": true, "an": true,
	"nearly": true, "almost": true, "some": true, "just": true, "roughly": true, "up": true, "more": true, "less": true, "only": true}

// approximator are the words that hedge or introduce a figure ("about
// $3.5 billion", "a 12 percent increase").
var approximator = map[string]bool{"about": true, "nearly": true, "almost": true, "some": true, "just": true, "roughly": true, "around": true, "the": true, "a": true, "an": true}

// phraseEdge are words a heading neither starts nor ends with.
var phraseEdge = map[string]bool{"of": true, "on": true, "the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// figurePhrase is the noun phrase after the claim's first figure (its
// scale and unit words skipped), else the words before it; "" when
// neither has a content word.
func figurePhrase(text, unit string) string {
	f := strings.Fields(text)
	k := figureIndex(f)
	if k < 0 {
		return ""
	}
	unit = strings.ToLower(unit)
	after := trimEdges(phraseAfter(f, k))
	if after != "" && !onlyUnit(after, unit) {
		return after
	}
	var before []string
	j := k - 1
	// approximators and articles before the figure ("about", "a") are skipped
	for j >= 0 && approximator[cleanWord(f[j])] {
		j--
	}
	for ; j >= 0 && len(before) < phraseMax; j-- {
		w := cleanWord(f[j])
		if phraseStop[w] || strings.ContainsAny(f[j], "0123456789.,;:!?") {
			break
		}
		before = append([]string{strings.Trim(f[j], "()\"“”")}, before...)
	}
	// The unit alone ("five dozen complaints") names the measure better
	// than one word before the figure ("at least").
	if b := trimEdges(before); strings.Count(b, " ") >= 1 || after == "" {
		return b
	}
	return after
}

// cleanWord is w lower-cased without the punctuation around it.
func cleanWord(w string) string { return strings.ToLower(trimWord(w)) }

// trimWord is w without the punctuation around it (wordPunct).
func trimWord(w string) string { return strings.Trim(w, wordPunct) }

// wordPunct is the punctuation a word may carry before or after it in
// running text.
const wordPunct = ".,;:!?()\"'“”‘’"

// figureIndex is the index of the claim's figure among its fields: the
// first with a digit that is no day of a month ("March 23") or year.
func figureIndex(f []string) int {
	for k, w := range f {
		if isNumberWord(cleanWord(w)) {
			return k
		}
		if !strings.ContainsAny(w, "0123456789") {
			continue
		}
		c := cleanWord(w)
		if k > 0 && dateWords[cleanWord(f[k-1])] || len(c) == 4 && (strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20")) && strings.Trim(c, "0123456789") == "" {
			continue
		}
		return k
	}
	return -1
}

// numberWords are figures written in words ("hundreds of pilgrims",
// "five dozen complaints").
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true, "hundred": true,
	"thousand": true, "million": true, "billion": true, "hundreds": true, "thousands": true, "millions": true, "billions": true,
	"dozen": true, "dozens": true, "half": true, "quarter": true, "third": true, "majority": true, "minority": true}

// isNumberWord reports a figure written in words: one of numberWords, or
// rule hyphen-number, a compound of them ("twenty-three", "forty-five"):
// "Twenty-three people were hurt when two trams crashed" took "two" for
// its figure, "trams" for what it counts, and rule differentHead kept it
// apart from the other outlets' counts of the injured.
func isNumberWord(w string) bool {
	if numberWords[w] {
		return true
	}
	if !strings.Contains(w, "-") {
		return false // read for every word before a figure: no Split
	}
	for p := range strings.SplitSeq(w, "-") {
		if !numberWords[p] {
			return false
		}
	}
	return true
}

// phraseAfter is the noun phrase after the figure at f[k], its scale and
// unit symbols skipped: up to phraseMax words, to a phraseStop or date
// word or the end of a clause.
func phraseAfter(f []string, k int) []string {
	i := k + 1
	for i < len(f) && (figureWords[cleanWord(f[i])] || numberWords[cleanWord(f[i])] || cleanWord(f[i]) == "%") {
		i++
	}
	var after []string
	for ; i < len(f) && len(after) < phraseMax; i++ {
		w := cleanWord(f[i])
		if phraseStop[w] || dateWords[w] || strings.ContainsAny(w, "0123456789") {
			break
		}
		if w == "of" && len(after) == 0 {
			continue
		}
		if strings.Count(f[i], ".") > 1 {
			// An abbreviation keeps its points ("U.S.").
			after = append(after, strings.Trim(f[i], ",;:!?()\"“”"))
		} else {
			after = append(after, strings.Trim(f[i], ".,;:!?()\"“”"))
		}
		// A clause ends at punctuation, not at an abbreviation's
		// point ("U.S. goods").
		end := f[i][len(f[i])-1]
		if strings.IndexByte(",;:!?", end) >= 0 || end == '.' && strings.Count(f[i], ".") == 1 {
			break
		}
	}
	return after
}

// figureHead is the noun the claim's figure qualifies, for rule
// differentHead: the head of phraseAfter, its word before "of" or "on"
// ("duty" of "duty on pine arrivals", "arrivals" of "of all
// pine arrivals"), lower case and plural folded; "" when no noun follows.
func figureHead(text string) string {
	f := strings.Fields(text)
	k := figureIndex(f)
	if k < 0 {
		return ""
	}
	ws := strings.Fields(trimEdges(phraseAfter(f, k)))
	// Rule plural-count-head: a plural noun right after the figure is
	// what it counts, whatever words follow ("120 firefighters fought the
	// blaze" counts firefighters, as "150 firefighters had fought" does,
	// where "had" ends the phrase): the last word of the phrase was the
	// head, "blaze" against "firefighters", and two outlets' counts of
	// one crew were two measures.
	if len(ws) > 1 {
		if w := strings.ToLower(ws[0]); foldPlural(w) != w && isWord(w) {
			return foldPlural(w)
		}
	}
	for i, w := range ws {
		if lw := strings.ToLower(w); (lw == "of" || lw == "on") && i > 0 {
			ws = ws[:i]
			break
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return foldPlural(strings.ToLower(ws[len(ws)-1]))
}

// isWord reports a word of letters only.
func isWord(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// trimEdges joins ws without phraseEdge words at either end.
func trimEdges(ws []string) string {
	for len(ws) > 0 && phraseEdge[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	for len(ws) > 0 && phraseEdge[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// onlyUnit reports a phrase that is the unit alone ("miles"): it names no
// measure.
func onlyUnit(h, unit string) bool {
	return unit != "" && foldPlural(strings.ToLower(h)) == foldPlural(unit)
}

// outletsDisagree is rule disagreeAcrossOutlets: "outlets disagree" is
// said only when two different, known outlets give different values for
// the measure. One outlet's two figures (a range's ends, an old and a new
// count in one article) are no disagreement, and articles of no known
// outlet cannot be told apart as outlets.
func outletsDisagree(vs []ClaimValue) bool {
	for i, a := range vs {
		if a.Value == nil || isUnknownOutlet(a.Outlet) {
			continue
		}
		for _, b := range vs[i+1:] {
			if b.Value != nil && !isUnknownOutlet(b.Outlet) && b.Outlet != a.Outlet && *b.Value != *a.Value {
				return true
			}
		}
	}
	return false
}

// unitKey is rule unit-spelling: the key claim groups compare units by.
// One unit of measure in another spelling or language is the same unit:
// "12 kilometres" (British), "12 kilometers" (American), "12 Kilometer"
// (German), "12 kilomètres" (French) and "12 km" were four measures, each
// its outlet's alone. Other units are compared as they are.
func unitKey(u string) string {
	if k, ok := unitSpellings[strings.ToLower(u)]; ok {
		return k
	}
	return u
}

// unitSpellings are the spellings of the metric units of length, area,
// weight and volume that rule unit-spelling folds, in the languages Lede
// reads dates and bylines in (a unit's own word, not a translation of a
// thing counted: "homes" and "Häuser" stay two).
var unitSpellings = func() map[string]string {
	m := map[string]string{}
	for k, ws := range map[string]string{
		"km": "km kilometre kilometres kilometer kilometers kilomètre kilomètres kilómetro kilómetros chilometro chilometri quilômetro quilômetros quilómetro quilómetros kilometro kilometros",
		"m":  "metre metres meter meters mètre mètres",
		"ha": "ha hectare hectares hektar hectárea hectáreas ettaro ettari",
		"t":  "tonne tonnes tonnen tonelada toneladas tonnellata tonnellate",
		"l":  "litre litres liter liters litro litros",
	} {
		for _, w := range strings.Fields(ws) {
			m[w] = k
		}
	}
	return m
}()

// closeFigureGroup is rule closeFigure: outlets name one amount in other
// words ("the repairs will cost 42 million pounds" / "the council puts the
// bill at 40 million pounds"). The first group holding another outlet's
// figure in unit, close to value, in a sentence sharing closeFigureWords
// content words with m.ctx is the same measure, and shows the outlets
// disagree; nil when there is none. A group m's article is in already is
// not another report's (rule follow-up-figure).
func closeFigureGroup(groups []*claimAcc, unit string, value float64, change bool, m claimMember) *claimAcc {
	for _, x := range groups {
		if x.unit != unit || x.change != change || !x.admits(&value, m) || x.holdsArticle(m.art) {
			continue
		}
		for i, v := range x.cg.Values {
			if v.Value != nil && closeValues(*v.Value, value) && sharedWords(x.members[i].ctx, m.ctx) >= closeFigureWords {
				return x
			}
		}
	}
	return nil
}

// equalFigureGroup is rule equalFigure: reports written in their own
// words give one count or amount in sentences that share no word ("14
// Menschen verletzt" / "Vierzehn Personen erlitten Verletzungen"; "230
// Einsatzkräfte" / "rund 230 Kräfte"), and each figure was a measure of
// its own, listed as only its outlet's. The first group holding another
// outlet's figure of exactly value, in a unit that agrees (the same, one
// ending the other as a compound ends its head noun, or one of them none:
// "3,5 Millionen Euro" / "3,5 Millionen"), is the same measure, when the
// figure is distinctive: minEqualFigure or more, not a share (a percent,
// points or a ratio: two measures of a story share 20 percent more often
// than two counts share 230); nil when there is none. A group m's article
// is in already is not another report's (rule follow-up-figure).
func equalFigureGroup(groups []*claimAcc, unit string, value float64, change bool, m claimMember) *claimAcc {
	if math.Abs(value) < minEqualFigure || shareUnit(unit) {
		return nil
	}
	for _, x := range groups {
		if x.change != change || shareUnit(x.cg.Unit) || !unitsAgree(x.unit, unit) || x.holdsArticle(m.art) {
			continue
		}
		if slices.ContainsFunc(x.cg.Values, func(v ClaimValue) bool { return v.Value != nil && *v.Value == value }) {
			return x
		}
	}
	return nil
}

// holdsArticle is rule follow-up-figure: rules closeFigure and
// equalFigure join a figure to a group holding one of another report,
// and an outlet's follow-up days later is another report. They passed
// over every group holding a figure of the same outlet, so an outlet
// that gave the injured as 12 on the day and again as 12 in its
// follow-up had the follow-up's 12 apart, listed as its alone though
// other outlets gave 12 too (invented corpus). Two figures of one
// article stay apart: one report gives one count once.
func (x *claimAcc) holdsArticle(a *model.Article) bool {
	return slices.ContainsFunc(x.members, func(o claimMember) bool { return o.art.ID == a.ID })
}

// restatedFigureGroup is rule restated-figure: a report gives its main
// figures twice, in its opening and again in its body ("sent 480 troops
// to the border" / "the 480 troops will stay a month"), in sentences
// that share too few words for rule closeFigure, which besides passes
// over a group of the same article (rule follow-up-figure). The second
// stood apart under a heading of its own and read as a second measure.
// A figure joins the group holding one of its own article of the same
// value, unit and noun (figureHead) in another sentence: "12 boats"
// and "12 divers" stay two, and so do two figures of one sentence ("70
// percent of the pier budget and 70 percent of the road budget") and a
// figure whose noun is unknown.
func restatedFigureGroup(groups []*claimAcc, unit string, value float64, change bool, m claimMember) *claimAcc {
	if m.head == "" {
		return nil
	}
	for _, x := range groups {
		if x.unit != unit || x.change != change {
			continue
		}
		for i, v := range x.cg.Values {
			if o := x.members[i]; o.art == m.art && o.head == m.head && v.Value != nil && *v.Value == value && !slices.Equal(o.ctx, m.ctx) {
				return x
			}
		}
	}
	return nil
}

// vagueFigureGroup is rule vague-figure: a figure with no value
// ("Thousands of commuters were left without a crossing") joins the
// group of its kind and unit headed by the same measure it names
// ("commuters"), where it says the outlet gave that measure only
// roughly; it stood apart under a second heading "commuters [people]",
// listed as its outlet's alone (invented corpus). A heading that is
// only the unit ("people [people]") names no measure and joins nothing.
func vagueFigureGroup(groups []*claimAcc, head, unit string, change bool) *claimAcc {
	for _, x := range groups {
		if x.unit == unit && x.change == change && x.cg.Measure == head && !onlyUnit(head, x.cg.Unit) {
			return x
		}
	}
	return nil
}

// minEqualFigure: smaller counts (two arrests, five people) are too
// common in one story for an equal value to say one measure.
const minEqualFigure = 10

// shareUnit reports the units of shares and rates (rule equalFigure).
func shareUnit(u string) bool {
	return u == claims.UnitPercent || u == claims.UnitPoints || u == claims.UnitRatio || u == claims.UnitTimes
}

// unitsAgree: the same unit, one of them none, or one ending the other
// (rule equalFigure).
func unitsAgree(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || a == "" || b == "" || len(a) > 3 && strings.HasSuffix(b, a) || len(b) > 3 && strings.HasSuffix(a, b)
}

// Rule closeFigure's thresholds: values within closeValue of the larger,
// sentences sharing at least closeFigureWords content words besides the
// figure's own. Both are set by hand, not measured on any story set:
// closeValue admits a rounded or revised amount (40 and 42 million are 5%
// apart; TestCompareClaimsCloseFigure keeps 12 and 30 million apart), and
// the shared words keep two unrelated figures of one size apart.
const (
	closeValue       = 0.15
	closeFigureWords = 2
)

func closeValues(a, b float64) bool {
	m := max(math.Abs(a), math.Abs(b))
	return m > 0 && math.Abs(a-b) <= closeValue*m
}

// sentenceWords are the content words of the sentence around text[start:end]
// (measureWords' filter), figures and their unit words left out.
func sentenceWords(text string, start, end int) []string {
	if start < 0 || end > len(text) || start > end {
		return nil
	}
	lo := strings.LastIndexAny(text[:start], ".!?\n") + 1
	hi := len(text)
	if i := strings.IndexAny(text[end:], ".!?\n"); i >= 0 {
		hi = end + i
	}
	return contentWords(text[lo:hi], func(w string) bool {
		return !figureWords[w] && strings.Trim(w, "0123456789") != ""
	})
}

// figureWords belong to the figure itself, not to what it measures. A
// currency's singular is one too (rule currency-singular): "a 42 million
// pound cruise quay" measures the quay, and was headed "pound cruise quay".
var figureWords = map[string]bool{"million": true, "billion": true, "thousand": true, "hundred": true,
	"pounds": true, "dollars": true, "euros": true, "pound": true, "dollar": true, "euro": true, "per": true, "cent": true, "percent": true,
	"square": true, "cubic": true, "nautical": true, "metric": true}

// sharedWords counts the distinct words a and b share.
func sharedWords(a, b []string) int {
	n, _, _ := setOverlap(a, b)
	return n
}

// namedIn is rule named-elsewhere: a person or place is no outlet's
// exclusive when another outlet's headline or text names it, in full and
// as whole words, though its analysis did not list it (a name taken for
// a place there, or missed): "only in one outlet" listed the town every
// report of the story named, because one outlet's analysis had it as a
// person and the others' as a place.
func namedIn(texts []string, name string) bool {
	return name != "" && wholeWordsIn(texts, name, nil)
}

// demonymIn is rule demonym-elsewhere: a place is no outlet's exclusive
// when another outlet's headline or text names it by its adjective, a
// whole capitalised word: "only in one outlet" listed a country whose
// minister every report quoted, because the others wrote "the Orvanian
// minister" and only one "the minister of Orvania". The adjective is
// read as English forms it, from the name's last word: the name with
// "an", "ian", "n", "i" or "ese" after it ("Velmar" / "Velmarian",
// "Orvania" / "Orvanian", "Kelbistan" / "Kelbistani"), or with its last
// vowel or "y" replaced ("Tarsco" / "Tarscan", "Norrope" / "Norropean",
// "Lumbry" / "Lumbrian", "Brenneny" / "Brennen"). Irregular ones
// ("Wales" / "Welsh") are not read. forms are the place's adjectives
// (placeDemonyms), made once per place, not again for every other outlet.
func demonymIn(texts []string, forms []string) bool {
	for _, form := range forms {
		if wholeWordsIn(texts, form, nil) {
			return true
		}
	}
	return false
}

// placeDemonyms are the adjectives rule demonym-elsewhere seeks for a
// place: its name with its last word made an adjective (demonymForms);
// none when that word is not capitalised.
func placeDemonyms(place string) []string {
	f := strings.Fields(place)
	if len(f) == 0 || !startsUpper(f[len(f)-1]) {
		return nil
	}
	last := f[len(f)-1]
	prefix := strings.Join(f[:len(f)-1], " ")
	if prefix != "" {
		prefix += " "
	}
	forms := demonymForms(last)
	for i := range forms {
		forms[i] = prefix + forms[i]
	}
	return forms
}

// demonymForms are the adjectives rule demonym-elsewhere reads for a
// place's name.
func demonymForms(name string) []string {
	var out []string
	for _, end := range demonymEndings {
		out = append(out, name+end)
	}
	if stem, ok := strings.CutSuffix(name, "y"); ok && len(stem) >= minDemonymStem {
		out = append(out, stem, stem+"ian", stem+"an")
	}
	if r, n := utf8.DecodeLastRuneInString(name); strings.ContainsRune("aeio", r) && len(name)-n >= minDemonymStem {
		stem := name[:len(name)-n]
		for _, end := range []string{"an", "ian", "ean", "ese"} {
			out = append(out, stem+end)
		}
	}
	return out
}

// demonymEndings are what English adds to a place's name to make its
// adjective (rule demonym-elsewhere).
var demonymEndings = []string{"an", "ian", "n", "i", "ese"}

// minDemonymStem: a name cut to fewer letters ("Ly" of "Lyy") makes a
// stem too short to read as a place's (rule demonym-elsewhere).
const minDemonymStem = 3

// minSurnameLen: rule surname-elsewhere reads surnames of this many
// letters or more; shorter ones ("Li", "Ng") are too often other words'
// pieces or initials.
const minSurnameLen = 3

// surnameOf is the surname rule surname-elsewhere seeks for a person's
// name: its last word, capitalised and minSurnameLen letters or more; ""
// for a name of one word or no such surname.
func surnameOf(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	sur := strings.Trim(f[len(f)-1], ".,")
	if utf8.RuneCountInString(sur) < minSurnameLen || !startsUpper(sur) {
		return ""
	}
	return sur
}

// surnameIn is rule surname-elsewhere: a person is no outlet's exclusive
// when another outlet's headline or text names them by their surname
// alone, a whole capitalised word ("Mr. Varga said", "Varga's office"),
// though its analysis listed no one of that name: "only in one outlet"
// listed a minister every report quoted, because one outlet gave the
// full name and the others "the minister, Varga". A surname that is one
// of that outlet's places (a person named after a town) says nothing.
// Names of one word are left to rule named-elsewhere. sur is the
// person's surname (surnameOf), read once per person, not again for
// every other outlet; "" for none.
func surnameIn(texts []string, sur string, places map[string]string) bool {
	if sur == "" {
		return false
	}
	if _, ok := places[strings.ToLower(sur)]; ok {
		return false
	}
	return wholeWordsIn(texts, sur, func(t string, k int) bool {
		// alone: not another full name's last or first word ("Ada Varga",
		// "Varga Holdings"), unless after a title ("Mr. Varga")
		before := strings.Fields(t[max(0, k-40):k])
		after := strings.Fields(t[k+len(sur) : min(len(t), k+len(sur)+40)])
		// nor a compound's part ("Varga-Holm"), a bracketed first name
		// ("(Ada) Varga") or an entry of a list ("Varga (Kelby), ...")
		if k > 0 && strings.ContainsRune("(-", rune(t[k-1])) || strings.HasPrefix(t[k+len(sur):], "-") || len(after) > 0 && strings.HasPrefix(after[0], "(") {
			return false
		}
		if len(after) > 0 && startsUpper(after[0]) && !strings.ContainsAny(t[k+len(sur):k+len(sur)+1], ".,;:!?") {
			return false
		}
		if len(before) == 0 {
			return true
		}
		prev := before[len(before)-1]
		return !startsUpper(prev) || surnameTitles[strings.ToLower(strings.TrimSuffix(prev, "."))] || strings.ContainsAny(prev[len(prev)-1:], ".!?:")
	})
}

// surnameTitles are the titles a surname follows alone ("Mr. Varga",
// "President Varga", "Sen. Varga").
var surnameTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "president": true, "senator": true, "sen": true,
	"rep": true, "gov": true, "governor": true, "minister": true, "judge": true, "gen": true, "general": true, "mayor": true, "chancellor": true}

// wholeWordsIn reports whether a text holds s as whole words, no letter
// or digit running on either side, where part, when not nil, also agrees
// with s starting at byte k of text t.
func wholeWordsIn(texts []string, s string, part func(t string, k int) bool) bool {
	for _, t := range texts {
		for i := 0; ; {
			k := strings.Index(t[i:], s)
			if k < 0 {
				break
			}
			k += i
			end := k + len(s)
			before, _ := utf8.DecodeLastRuneInString(t[:k])
			after, _ := utf8.DecodeRuneInString(t[end:])
			if (k == 0 || !isWordRune(before)) && (end == len(t) || !isWordRune(after)) && (part == nil || part(t, k)) {
				return true
			}
			i = k + 1
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// statedElsewhere is rule figure-elsewhere, rule named-elsewhere for
// figures: a figure is no outlet's exclusive when another outlet's text
// states it in the same words, its number, the figure words after it
// and the noun they qualify ("48,000 pages", "30 million doses";
// "210-metre" carries its unit), though that outlet's analysis found no
// figure there (a measure glued to its noun, "the 210-metre bridge cost
// 6.4 million euros", gave only the cost): "only in one outlet" listed
// the bridge's length both outlets gave. A figure followed by no such
// noun ("$2 trillion in ...") is too loose to say one measure, and like
// rule equalFigure the rule leaves out small counts, shares and figures
// written in words. in reports whether another outlet's text holds the
// phrase.
func statedElsewhere(cg ClaimGroup, in func(phrase string) bool) bool {
	v := cg.Values[0]
	if v.Value == nil || math.Abs(*v.Value) < minEqualFigure || shareUnit(cg.Unit) {
		return false
	}
	f := strings.Fields(v.Text)
	k := figureIndex(f)
	if k < 0 || !writtenValue(f[k], *v.Value) {
		return false
	}
	phrase := trimWord(f[k])
	if unit := strings.TrimLeft(phrase, "$€£¥0123456789,."); unit == "" || scaleSuffix[strings.ToLower(unit)] {
		k++
		// the figure words after it ("million", "euros"; "trillion",
		// which figureWords lacks), up to a clause's end
		for ; k < len(f) && f[k] == trimWord(f[k]); k++ {
			if w := strings.ToLower(f[k]); !figureWords[w] && w != "trillion" {
				break
			}
			phrase += " " + f[k]
		}
		if k >= len(f) {
			return false
		}
		w := strings.TrimRight(f[k], ".,;:!?)\"'“”‘’")
		if lw := strings.ToLower(w); len(lw) <= 2 || !isWord(lw) || measureStop[lw] || figureWords[lw] {
			return false
		}
		phrase += " " + w
	}
	return in(phrase)
}

// scaleSuffix are the abbreviations of a thousand, a million and a
// billion written onto a figure ("£40m", "$7bn", "48K"): like a bare
// number, such a figure says one measure only with the noun after it
// (rule figure-elsewhere).
var scaleSuffix = map[string]bool{"k": true, "m": true, "mn": true, "bn": true, "b": true, "tn": true}

// figureIn is namedIn's whole-word match for a figure's phrase, which
// must also not end a longer number: "2 million tickets" is not in "12.2
// million tickets", nor "600 kilometres" in "2,600 kilometres" (rule
// figure-elsewhere).
func figureIn(texts []string, phrase string) bool {
	return wholeWordsIn(texts, phrase, func(t string, k int) bool {
		inNumber := k >= 2 && (t[k-1] == '.' || t[k-1] == ',') && t[k-2] >= '0' && t[k-2] <= '9'
		return !inNumber
	})
}

// writtenValue reports whether the word w writes the figure value, its
// number read at its start after a currency sign (thousands commas
// dropped), in units, thousands, millions, billions or trillions ("£3bn"
// of 3e9, "210-metre" of 210): rule figure-elsewhere's word must be the
// claim's own figure, not a model name ("S5", "QX118") or a duration
// ("a 9-month dredging will cost A$47 million") figureIndex found first.
func writtenValue(w string, value float64) bool {
	w = strings.TrimLeft(w, "$€£¥(\"'“‘")
	end := 0
	for end < len(w) && (w[end] >= '0' && w[end] <= '9' || w[end] == ',' || w[end] == '.') {
		end++
	}
	n, err := strconv.ParseFloat(strings.TrimRight(strings.ReplaceAll(w[:end], ",", ""), "."), 64)
	if end == 0 || err != nil || n == 0 {
		return false
	}
	for _, scale := range []float64{1, 1e3, 1e6, 1e9, 1e12} {
		if math.Abs(n*scale-value) <= 1e-9*math.Abs(value) {
			return true
		}
	}
	return false
}

// elsewhereRun: rule quote-elsewhere's test, a run of this many words of
// a quotation in another outlet's text; a shorter quotation is sought
// whole, from minExcerptWords words up.
const elsewhereRun = 6

// quotedElsewhere is rule quote-elsewhere: a quotation one outlet alone
// gives is no exclusive of it when another outlet's headline or text holds
// elsewhereRun of its words in a row (or all of a shorter one): that
// outlet gave it under another speaker (the same words credited to a
// ministry by one report and to its spokesman by another were each
// report's alone), outside quotation marks, or where its analysis missed
// it. joined caches each outlet's texts as their words, space-joined.
func quotedElsewhere(g QuoteGroup, o string, outlets []string, texts map[string][]string, joined map[string]string) bool {
	for _, v := range g.Variants {
		ws := words(v.Text)
		n := min(len(ws), elsewhereRun)
		if n < minExcerptWords {
			continue
		}
		// the variant's runs of n words, sought in every other outlet
		runs := make([]string, 0, len(ws)-n+1)
		for i := 0; i+n <= len(ws); i++ {
			runs = append(runs, " "+strings.Join(ws[i:i+n], " ")+" ")
		}
		for _, other := range outlets {
			if other == o {
				continue
			}
			j, ok := joined[other]
			if !ok {
				var b strings.Builder
				for _, t := range texts[other] {
					for _, w := range words(t) {
						b.WriteByte(' ')
						b.WriteString(w)
					}
					b.WriteString(" |") // no run across two texts
				}
				b.WriteByte(' ')
				j = b.String()
				joined[other] = j
			}
			for _, r := range runs {
				if strings.Contains(j, r) {
					return true
				}
			}
		}
	}
	return false
}

// translatedQuote is rule translated-quote: a named speaker's quotation
// that outlet o alone gives is no exclusive of o when more outlets quote
// that speaker in another language than in o's: it is most likely their
// words translated, which no wording comparison aligns. A Spanish
// service's translation of a union leader's words two English reports
// carried was listed as that service's alone (invented corpus). The
// language quoted by more outlets keeps its own exclusives (one English
// outlet's further quotation of her). langs are the languages of each
// outlet's articles; an unknown language, an outlet writing in several,
// or an unnamed speaker decide nothing.
func translatedQuote(sq SpeakerQuotes, o string, langs map[string][]string) bool {
	lang := func(x string) string {
		if l := langs[x]; len(l) == 1 {
			return l[0]
		}
		return ""
	}
	own := lang(o)
	if sq.Speaker == "" || own == "" {
		return false
	}
	quoting := map[string]bool{}
	for _, g := range sq.Quotes {
		for _, v := range g.Variants {
			for _, x := range v.Outlets {
				quoting[strings.TrimSuffix(x, copySuffix)] = true
			}
		}
	}
	same, other := 0, 0
	for x := range quoting {
		switch l := lang(x); {
		case l == own:
			same++
		case l != "":
			other++
		}
	}
	return other > same
}

// exclusives lists, per outlet, the people, places, quotations and figures
// no other outlet reported. Names match on their last word (people) or
// lower case (places); quotations and figures on their comparison group.
func exclusives(arts []*model.Article, quotes []SpeakerQuotes, claims []ClaimGroup, added map[*model.Article][]string) []Exclusive {
	type set map[string]string // key -> display
	people, places := map[string]set{}, map[string]set{}
	count := func(m map[string]set, outlet, key, display string) {
		if m[outlet] == nil {
			m[outlet] = set{}
		}
		if old, ok := m[outlet][key]; !ok || len(display) > len(old) {
			m[outlet][key] = display
		}
	}
	var outlets []string
	texts := map[string][]string{}
	for _, a := range arts {
		o := outletName(a)
		if !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
		if add, ok := added[a]; ok { // a copy's additions (rule copy-additions)
			texts[o] = append(texts[o], add...)
		} else {
			texts[o] = append(texts[o], a.Title, a.Text)
		}
		for _, p := range a.People {
			count(people, o, speakerKey(p.Name), p.Name)
		}
		for _, p := range a.Places {
			count(places, o, strings.ToLower(p.Name), p.Name)
		}
	}
	slices.Sort(outlets)
	// only lists what o alone names of m; bySurname for people (rule
	// surname-elsewhere), else for places (rule demonym-elsewhere).
	only := func(m map[string]set, o string, bySurname bool) []string {
		var out []string
		for k, disp := range m[o] {
			alone := true
			var sur string
			var demonyms []string
			if bySurname {
				sur = surnameOf(disp)
			} else {
				demonyms = placeDemonyms(disp)
			}
			for _, other := range outlets {
				if other != o {
					if _, ok := m[other][k]; ok || namedIn(texts[other], disp) || bySurname && surnameIn(texts[other], sur, places[other]) || !bySurname && demonymIn(texts[other], demonyms) {
						alone = false
						break
					}
				}
			}
			if alone && k != "" {
				out = append(out, disp)
			}
		}
		slices.Sort(out)
		return out
	}
	langs := map[string][]string{}
	for _, a := range arts {
		// a copy's additions (rule copy-additions) carry no language
		if o := outletName(a); a.Language != "" && !slices.Contains(langs[o], a.Language) {
			langs[o] = append(langs[o], a.Language)
		}
	}
	joined := map[string]string{} // outlet -> its texts' words (rule quote-elsewhere)
	var out []Exclusive
	for _, o := range outlets {
		e := Exclusive{Outlet: o, People: only(people, o, true), Places: only(places, o, false)}
		for _, sq := range quotes {
			for _, g := range sq.Quotes {
				var all []string
				for _, v := range g.Variants {
					for _, x := range v.Outlets {
						if !strings.HasSuffix(x, copySuffix) {
							all = append(all, x)
						}
					}
				}
				if len(all) == 1 && all[0] == o && !translatedQuote(sq, o, langs) && !quotedElsewhere(g, o, outlets, texts, joined) {
					q := quoted(g.Text)
					if sq.Speaker != "" {
						q = sq.Speaker + ": " + q
					}
					e.Quotes = append(e.Quotes, q)
				}
			}
		}
		for _, cg := range claims {
			alone := true
			for _, v := range cg.Values {
				alone = alone && v.Outlet == o
			}
			if alone && !statedElsewhere(cg, func(phrase string) bool {
				return slices.ContainsFunc(outlets, func(other string) bool { return other != o && figureIn(texts[other], phrase) })
			}) {
				e.Claims = append(e.Claims, cg.Values[0].Text)
			}
		}
		if len(e.People)+len(e.Places)+len(e.Quotes)+len(e.Claims) > 0 {
			out = append(out, e)
		}
	}
	if out == nil {
		out = []Exclusive{}
	}
	return out
}

// countNoun is "1 article", "2 articles": a story of one article read
// "1 articles, 0 outlets".
func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// NoTitle stands in the text views for the title of an article (or a
// story) that has none, as lede list and lede search write it.
const NoTitle = "(no title)"

// shownTitle is a title as the text views print it: NoTitle for none,
// rather than nothing between two spaces.
func shownTitle(t string) string {
	if t == "" {
		return NoTitle
	}
	return t
}

// WriteText prints the comparison for people to read.
func (c Comparison) WriteText(w io.Writer) error {
	var b strings.Builder
	st := c.Story
	fmt.Fprintf(&b, "Story %s: %s\n", st.ID, shownTitle(st.Title))
	span := ""
	if !st.First.IsZero() {
		span = ", " + st.First.Format(time.DateOnly)
		// A span within one day is that day: "2025-06-09 to 2025-06-09"
		// was printed for reports of one day at different hours.
		if last := st.Last.Format(time.DateOnly); st.Last.After(st.First) && last != st.First.Format(time.DateOnly) {
			span += " to " + last
		}
	}
	fmt.Fprintf(&b, "%s, %s%s\n", countNoun(len(st.ArticleIDs), "article"), countNoun(len(st.Outlets), "outlet"), span)
	b.WriteString("\nOUTLETS\n")
	prev := ""
	for _, o := range c.Outlets {
		// Rule unknown-outlet-once: the articles of no known outlet,
		// listed last (rule unknown-outlet-last), share one header; a
		// story of forty undated, unsourced texts repeated it forty
		// times, one line in every two of its article list.
		if h := headerOutlet(o.Outlet); h != prev || !isUnknownOutlet(o.Outlet) {
			fmt.Fprintf(&b, "  %s\n", h)
			prev = h
		}
		for _, a := range o.Articles {
			fmt.Fprintf(&b, "    %s  %s%s\n", a.ID, shownTitle(a.Title), dateSuffix(a.Date))
			for _, cp := range a.Copies {
				// Rule own-update: its outlet published it again (an
				// unknown outlet's name holds its article's id: never two).
				verb := "copied"
				if cp.Update {
					verb = "republished"
				}
				fmt.Fprintf(&b, "      %s by %s: %s  %s%s\n", verb, headerOutlet(cp.Outlet), cp.ID, shownTitle(cp.Title), dateSuffix(cp.Date))
				writeChanges(&b, cp.Changes, "        ")
			}
		}
	}
	if len(c.Quotes) > 0 {
		b.WriteString("\nQUOTES\n")
		for _, sq := range c.Quotes {
			sp := sq.Speaker
			if sp == "" {
				sp = "(unattributed)"
			}
			fmt.Fprintf(&b, "  %s\n", sp)
			for _, g := range sq.Quotes {
				fmt.Fprintf(&b, "    %s\n", quoted(g.Text))
				for _, v := range g.Variants {
					if v.Diff == "" {
						fmt.Fprintf(&b, "      %s\n", strings.Join(v.Outlets, ", "))
					} else {
						fmt.Fprintf(&b, "      %s: %s\n", strings.Join(v.Outlets, ", "), v.Diff)
					}
				}
			}
		}
	}
	if len(c.Claims) > 0 {
		b.WriteString("\nFIGURES\n")
		for _, g := range c.Claims {
			mark := ""
			if g.Disagree {
				mark = "  (outlets disagree)"
			}
			unit := ""
			if g.Unit != "" {
				unit = " [" + g.Unit + "]"
			}
			fmt.Fprintf(&b, "  %s%s%s\n", g.Measure, unit, mark)
			for _, v := range g.Values {
				val := "-"
				if v.Value != nil {
					val = figure(*v.Value)
				}
				src := ""
				if v.Source != "" {
					src = " (source: " + v.Source + ")"
				}
				fmt.Fprintf(&b, "    %s: %s  %s%s\n", v.Outlet, val, quoted(v.Text), src)
			}
		}
	}
	if len(c.Exclusives) > 0 {
		b.WriteString("\nONLY IN ONE OUTLET\n")
		for _, e := range c.Exclusives {
			fmt.Fprintf(&b, "  %s\n", e.Outlet)
			for _, x := range []struct {
				label string
				items []string
			}{{"people", e.People}, {"places", e.Places}, {"quotes", e.Quotes}, {"figures", e.Claims}} {
				if len(x.items) > 0 {
					fmt.Fprintf(&b, "    %s: %s\n", x.label, strings.Join(x.items, "; "))
				}
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// headerOutlet is an outlet's name where the article's id follows it: an
// unknown outlet's name without the id it holds (rule
// unknown-outlet-article), which the line gives.
func headerOutlet(o string) string {
	if isUnknownOutlet(o) {
		return unknownOutlet + ")"
	}
	return o
}

func dateSuffix(d string) string {
	if d == "" {
		return ""
	}
	return "  (" + d + ")"
}

func writeChanges(b *strings.Builder, ch dedup.Changes, ind string) {
	if ch.Empty() {
		fmt.Fprintf(b, "%sverbatim\n", ind)
		return
	}
	if ch.Headline != nil {
		fmt.Fprintf(b, "%sheadline: %s\n", ind, dedup.HeadlineDiff(*ch.Headline))
	}
	for i, p := range ch.Added {
		if listedAll(b, i, len(ch.Added), ind, "paragraphs added") {
			break
		}
		fmt.Fprintf(b, "%sadded: %s\n", ind, quoted(clip(p)))
	}
	for i, p := range ch.Removed {
		if listedAll(b, i, len(ch.Removed), ind, "paragraphs removed") {
			break
		}
		fmt.Fprintf(b, "%sremoved: %s\n", ind, quoted(clip(p)))
	}
	ss := ch.SentencesApart()
	for i, s := range ss {
		if listedAll(b, i, len(ss), ind, "sentences reworded") {
			break
		}
		fmt.Fprintf(b, "%s%s\n", ind, sentenceLine(s, clip))
	}
	for i, q := range ch.Quotes {
		if listedAll(b, i, len(ch.Quotes), ind, "quotes changed") {
			break
		}
		fmt.Fprintf(b, "%squote changed: %s\n", ind, q.Diff)
	}
}

// sentenceLine is how a changed sentence of a copy reads (after the
// indent): rule cut-sentence-line: a sentence the copy dropped or added
// says so with its text, as a paragraph does; it read "reworded:" and a
// whole sentence struck out, as if rewritten to nothing. short shortens
// the text shown (the story view clips it, lede copies shows it whole).
func sentenceLine(s dedup.Change, short func(string) string) string {
	switch {
	case s.To == "" && s.From != "":
		return "sentence removed: " + quoted(short(s.From))
	case s.From == "" && s.To != "":
		return "sentence added: " + quoted(short(s.To))
	}
	return "reworded: " + s.Diff
}

// maxListedChanges bounds the changes of each kind the story view lists
// per copy: a copy that adds a page of its own would bury the comparison
// (lede copies lists them all).
const maxListedChanges = 5

// listedAll reports whether change i of n is past maxListedChanges, and
// then writes how many more there are ("... and 11 more paragraphs
// added"), once.
func listedAll(b *strings.Builder, i, n int, ind, what string) bool {
	if i < maxListedChanges || n == maxListedChanges+1 {
		return false
	}
	fmt.Fprintf(b, "%s... and %d more %s\n", ind, n-i, what)
	return true
}

// maxStatedDigits: figures as reports state them have at most this many
// significant digits (a rate of 1.40725, "$1,234,567.50"); a quotient has
// the float's fifteen or more (rule quotient-digits) and is shown to
// shownQuotientDigits.
const (
	maxStatedDigits     = 12
	shownQuotientDigits = 3
)

// signMarks drops a figure's point and sign, leaving its digits (rule
// quotient-digits); made once, not per figure.
var signMarks = strings.NewReplacer(".", "", "-", "")

// figure writes a value for people: whole numbers with thousands
// separators (42,000,000), others as they are (0.5, 4.99), except a
// quotient (rule quotient-digits).
func figure(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	// Rule quotient-digits: a value with more significant digits than
	// maxStatedDigits was computed, not stated ("two of three", "five in
	// eleven" read as 2/3 and 5/11), and is shown to shownQuotientDigits:
	// "0.6666666666666666" printed the float's every digit.
	if v != math.Trunc(v) && len(strings.TrimLeft(signMarks.Replace(s), "0")) > maxStatedDigits {
		k := shownQuotientDigits - int(math.Ceil(math.Log10(math.Abs(v))))
		p := math.Pow(10, float64(k))
		return strconv.FormatFloat(math.Round(v*p)/p, 'f', -1, 64)
	}
	if v != math.Trunc(v) || math.Abs(v) < 10000 || math.Abs(v) >= 1e15 {
		return s
	}
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return sign + b.String()
}

// quoted puts s in quotation marks for display. Unlike %q it leaves the
// marks inside s alone: people read this, and an escaped \" is noise.
func quoted(s string) string { return "\"" + s + "\"" }

// clip shortens a paragraph for display.
func clip(s string) string {
	const n = 100
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
