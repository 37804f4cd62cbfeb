// Package stories links articles across outlets: it finds syndicated copies
// (internal/dedup), groups the originals into stories (internal/cluster)
// and compares how each outlet covered a story — who reported it and who
// merely copied whom, with what changes; how each outlet quoted each
// speaker; which numbers each gave; and what each outlet alone reported.
package stories

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"

	"github.com/lede-news/lede/internal/cluster"
	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/model"
)

// Index is the result of linking a corpus: copy groups and stories.
type Index struct {
	// SourceOf maps every article id to the id of the source of its copy
	// group (itself when it is an original).
	SourceOf map[string]string
	// Groups are the copy groups with at least two members.
	Groups []dedup.Group
	// Stories are ordered by their first article's date, then id.
	Stories []model.Story
	// StoryOf maps every article id to its story id.
	StoryOf map[string]string
	// Copies maps a source id to the ids of its copies.
	Copies map[string][]string
}

// PublishedAt returns an article's publication date, or the zero time.
func PublishedAt(a *model.Article) time.Time {
	t, _ := published(a)
	return t
}

// published is PublishedAt, and whether the date gives only the day.
func published(a *model.Article) (t time.Time, dayOnly bool) {
	if a.Dates.Published == nil {
		return time.Time{}, false
	}
	return parsePublished(a.Dates.Published.Value)
}

// parsePublished reads a publication date's value (RFC 3339, a time
// without zone, or a day), and whether it gives only the day.
func parsePublished(v string) (t time.Time, dayOnly bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.UTC(), false
		}
	}
	if len(v) >= 10 {
		if t, err := time.Parse(time.DateOnly, v[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// CompareDated orders two articles given by their publication dates'
// values and ids as a story and the copy index order them: by date (rule
// day-precision: a day is its last instant), undated last, then by id.
// lede copies lists a group's copies in this order, as lede story does.
func CompareDated(va, vb, ida, idb string) int {
	return byTime(dedup.OrderTime(parsePublished(va)), dedup.OrderTime(parsePublished(vb)), ida, idb)
}

// orderTime is an article's publication date as byDate orders it (rule
// day-precision, dedup.OrderTime).
func orderTime(a *model.Article) time.Time {
	return dedup.OrderTime(published(a))
}

// dedupDoc is what the copy index reads of an article: its publication
// date, with its precision (rule day-precision in package dedup), seq,
// its place in ingestion order, and its outlet and authors (rule
// credited-source in package dedup).
func dedupDoc(a *model.Article, seq int64) dedup.Doc {
	t, dayOnly := published(a)
	credits := a.Authors
	if c := datelineCredit(a.Text); c != "" {
		credits = append(slices.Clip(credits), c)
	}
	return dedup.Doc{ID: a.ID, Date: t, DayOnly: dayOnly, Seq: seq, Outlet: a.Outlet, Credits: credits}
}

// datelineCredit is rule dateline-credit: the agency a wire dateline
// names in parentheses ("KELBY, March 4 (Strait News) - ...", "OSLO
// (Nordwire) — ...") credits it as a byline does (rule credited-source in
// package dedup): outlets that run wire copy keep the agency's dateline
// and often no byline of it. Read in the text's first paragraph only, of
// one to four words, the first capitalised or a known agency written in
// lower case ("BERLIN (dpa) - ..."), before a dash; "" when there is none.
func datelineCredit(text string) string {
	para, _, _ := strings.Cut(text, "\n")
	if len(para) > 400 {
		para = para[:400]
	}
	for i := 0; ; {
		open := strings.IndexByte(para[i:], '(')
		if open < 0 {
			return ""
		}
		open += i
		end := strings.IndexByte(para[open:], ')')
		if end < 0 {
			return ""
		}
		end += open
		name, rest := para[open+1:end], strings.TrimLeft(para[end+1:], " \u00a0")
		if n := len(strings.Fields(name)); n >= 1 && n <= 4 && (startsUpper(name) || lexicon.IsWireAgency(name)) &&
			(strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")) {
			return name
		}
		i = end + 1
	}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// ClusterDoc is what clustering reads of an article, analysis signals included.
func ClusterDoc(a *model.Article) cluster.Doc {
	d := cluster.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Outlet: a.Outlet, URL: a.URL, Date: PublishedAt(a)}
	for _, p := range a.People {
		d.People = append(d.People, p.Name)
	}
	for _, p := range a.Places {
		d.Places = append(d.Places, p.Name)
	}
	for _, q := range a.Quotes {
		if q.Form == model.QuoteDirect || q.Form == model.QuoteBlock {
			d.Quotes = append(d.Quotes, q.Text)
		}
	}
	return d
}

// Build links a corpus given in ingestion order (which decides the source
// of a copy group when dates are missing). Stories do not depend on the
// order: they are clustered over the copy-group sources in date, then
// content order, and copies take their source's story, so wire copy does
// not outweigh the independent reports in a story's centroid.
func Build(arts []*model.Article) *Index {
	ix := dedup.NewIndexSize(len(arts))
	prepared := make([]dedup.Prepared, len(arts))
	cluster.Parallel(len(arts), func(i int) { prepared[i] = dedup.Prepare(arts[i].Text) })
	for i, a := range arts {
		ix.AddPrepared(dedupDoc(a, int64(i)), prepared[i])
		prepared[i] = dedup.Prepared{}
	}
	return Link(arts, ix)
}

// Link makes the copy groups and stories of arts from a copy index that
// holds every one of them (built by Build, or restored from the store and
// grown with the new articles).
func Link(arts []*model.Article, ix *dedup.Index) *Index {
	docs := make([]cluster.Doc, len(arts))
	for i, a := range arts {
		docs[i] = ClusterDoc(a)
	}
	res := &Index{SourceOf: ix.SourceOf(), Groups: ix.Groups(2), StoryOf: map[string]string{}, Copies: map[string][]string{}}
	for _, g := range res.Groups {
		res.Copies[g.Source] = g.Members[1:]
	}
	var srcDocs []cluster.Doc
	var srcArts []*model.Article
	for i, a := range arts {
		if res.SourceOf[a.ID] == a.ID {
			srcDocs = append(srcDocs, docs[i])
			srcArts = append(srcArts, a)
		}
	}
	labels := cluster.Cluster(srcDocs)
	members := map[int][]*model.Article{}
	for i, l := range labels {
		members[l] = append(members[l], srcArts[i])
	}
	byID := make(map[string]*model.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	for _, ms := range members {
		var all []*model.Article
		for _, m := range ms {
			all = append(all, m)
			for _, c := range res.Copies[m.ID] {
				all = append(all, byID[c])
			}
		}
		st := newStory(all, func(a *model.Article) *model.Article { return byID[res.SourceOf[a.ID]] })
		for _, id := range st.ArticleIDs {
			res.StoryOf[id] = st.ID
		}
		res.Stories = append(res.Stories, st)
	}
	slices.SortFunc(res.Stories, func(a, b model.Story) int {
		if c := a.First.Compare(b.First); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return res
}

// byDate orders articles by publication date (undated last), then id. A
// date that gives only the day counts as that day's last instant, as the
// copy index orders a group's members (rule day-precision in package
// dedup): a story's title and id come from the wire report stamped 09:12
// that leads it, not from an outlet's copy dated by the day, which was
// taken for midnight.
func byDate(a, b *model.Article) int {
	return byTime(orderTime(a), orderTime(b), a.ID, b.ID)
}

// byTime is byDate on order times already read: undated last, then by
// id.
func byTime(ta, tb time.Time, ida, idb string) int {
	if za, zb := ta.IsZero(), tb.IsZero(); za != zb {
		if za {
			return 1
		}
		return -1
	}
	if c := ta.Compare(tb); c != 0 {
		return c
	}
	return cmp.Compare(ida, idb)
}

// NewStory makes the story record of a set of articles: its id is derived
// from the earliest article's id (stable while that article leads the
// story), its title is that article's headline (rule story-title).
func NewStory(arts []*model.Article) model.Story { return newStory(arts, nil) }

// newStory is NewStory knowing each article's copy-group source (nil:
// none known). Rule copy-after-source: a copy dated before its source (a
// source picked on credit, rule credited-source in package dedup, over a
// copy whose clock was wrong) is dated as its source for the story: it
// neither opens the story's span nor leads it (title, id).
func newStory(arts []*model.Article, sourceOf func(*model.Article) *model.Article) model.Story {
	// Each article's dates are read once, not at every comparison of the
	// sort: d is the article it is dated as, ta and td their order times.
	type entry struct {
		a, d   *model.Article
		ta, td time.Time
	}
	es := make([]entry, len(arts))
	for i, a := range arts {
		e := entry{a: a, d: a, ta: orderTime(a)}
		e.td = e.ta
		if sourceOf != nil {
			if s := sourceOf(a); s != nil && s != a {
				if ts := orderTime(s); !ts.IsZero() && !e.ta.IsZero() && e.ta.Before(ts) {
					e.d, e.td = s, ts
				}
			}
		}
		es[i] = e
	}
	slices.SortFunc(es, func(x, y entry) int {
		if x.d == y.d { // a wrong-dated copy and its source: the source first
			if c := cmp.Compare(b2i(x.a != x.d), b2i(y.a != y.d)); c != 0 {
				return c
			}
			return byTime(x.ta, y.ta, x.a.ID, y.a.ID) // two copies of one source, both dated wrong
		}
		return byTime(x.td, y.td, x.d.ID, y.d.ID)
	})
	arts = make([]*model.Article, len(es))
	for i, e := range es {
		arts[i] = e.a
	}
	st := model.Story{ArticleIDs: make([]string, len(arts))}
	seen := map[string]bool{}
	for i, e := range es {
		a := e.a
		st.ArticleIDs[i] = a.ID
		if o := outletName(a); !isUnknownOutlet(o) && !seen[o] {
			seen[o] = true
			st.Outlets = append(st.Outlets, o)
		}
		if t := PublishedAt(e.d); !t.IsZero() {
			if st.First.IsZero() || t.Before(st.First) {
				st.First = t
			}
			if t.After(st.Last) {
				st.Last = t
			}
		}
	}
	slices.Sort(st.Outlets)
	if len(arts) > 0 {
		st.ID = fmt.Sprintf("s%012x", xxh3.HashString(arts[0].ID)>>16)
		// Rule story-title: the earliest article's headline, else the
		// next one's that has one: a story led by a text without a
		// headline (a saved text opening on prose) was listed with
		// none though its other reports had theirs.
		for _, a := range arts {
			if st.Title = a.Title; st.Title != "" {
				break
			}
		}
		if st.Title == "" {
			for _, a := range arts {
				if st.Title = openingTitle(a.Text); st.Title != "" {
					break
				}
			}
		}
	}
	return st
}

// ShownTitle is an article's title as the comparison labels it: its own,
// else its opening headline (rule opening-title), "" when it has neither;
// lede copies labels the articles of a copy group with it.
func ShownTitle(a *model.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return openingTitle(a.Text)
}

// Rule opening-title's bounds. Headlines run five to fifteen words, rarely
// twenty; a lead paragraph of one sentence runs twenty-five and more.
// Text cleaning reads textclean's rule title-prose at twenty words too.
const (
	minOpeningTitleWords = 3
	maxOpeningTitleWords = 20
	// maxTitleAbbrev: a capitalised word ending in a stop inside a
	// headline is an abbreviation ("Gen.", "Mt.", "Ore.") when it has this
	// many letters or fewer; a longer one, or a lower-case one, ends a
	// sentence.
	maxTitleAbbrev = 4
)

// openingTitle is rule opening-title: the first line of a text saved
// without a headline, when that line reads as one: a line of its own over
// more text, three to twenty words, opening with a capital or a digit, one
// sentence at most and no dateline. Text cleaning keeps a first line
// ending in a full stop in the body (most such lines are a lead sentence),
// so a corpus whose headlines end in one ("Ferry strike halts crossings
// to Velmar.") listed stories and their reports as "(no title)" though
// each text opens on its headline. A story with no titled article takes
// its earliest article's such line as its title, and the comparison labels
// an untitled article by it; "" when the line is no headline.
func openingTitle(text string) string {
	line, rest, _ := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	line = strings.TrimSpace(line)
	if strings.TrimSpace(rest) == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	f := strings.Fields(line)
	if len(f) < minOpeningTitleWords || len(f) > maxOpeningTitleWords || strings.HasSuffix(line, ":") {
		return ""
	}
	if dateline(f) {
		return ""
	}
	if titleCase(f) {
		return line // rule title-case-headline
	}
	for i, w := range f[:len(f)-1] {
		if strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") {
			return "" // a question or an exclamation and more: prose
		}
		if strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "...") && !abbreviation(w) && startsUpper(f[i+1]) {
			return "" // two sentences
		}
	}
	return line
}

// titleCase is rule title-case-headline: a line whose every long word
// (minTitleCaseLetters letters or more) opens with a capital, and that has
// minTitleCaseWords such words, is set in headline style, and is a
// headline though it holds two sentences or a question ("Velmar Votes on
// the Pier. Here Is What Changes.", "Who Is Ada Quell? The Mayor Nobody
// Expected"): rule opening-title took such a line for two sentences of
// prose and its report was "(no title)". Prose capitalises its names, not
// every word.
func titleCase(f []string) bool {
	n := 0
	for _, w := range f {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) < minTitleCaseLetters {
			continue
		}
		if !startsUpper(w) {
			return false
		}
		n++
	}
	return n >= minTitleCaseWords
}

// Rule title-case-headline's bounds: words this long are capitalised in a
// headline style ("Is", "to", "of" are not), and a line needs this many.
const (
	minTitleCaseLetters = 4
	minTitleCaseWords   = 4
)

// abbreviation reports a word ending in a stop that is an abbreviation,
// not a sentence's end: one with a stop inside ("U.N.", "E.U.") or a
// short capitalised one ("Gen.", "Ore.").
func abbreviation(w string) bool {
	core := strings.TrimSuffix(w, ".")
	return strings.Contains(core, ".") || startsUpper(core) && utf8.RuneCountInString(core) <= maxTitleAbbrev
}

// maxDatelineWords: a dateline's place and date come within its first
// words ("KELBY, Ore., March 4 (Strait News) —").
const maxDatelineWords = 6

// dateline reports a line opening on a dateline: a word in capitals
// ("KELBY,", "OSLO") with a dash or a parenthesis within its first words.
// A headline's opening acronym has none ("EXCLUSIVE: Ferry line ...").
func dateline(f []string) bool {
	if len(f) == 0 || !capitalsWord(f[0]) {
		return false
	}
	for _, w := range f[1:min(len(f), maxDatelineWords)] {
		if w == "—" || w == "–" || w == "-" || w == "--" || strings.HasPrefix(w, "(") {
			return true
		}
	}
	return false
}

// capitalsWord reports a word in capitals of two letters or more.
func capitalsWord(w string) bool {
	n := 0
	for _, c := range w {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n >= 2
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
