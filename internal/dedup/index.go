package dedup

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Copy-check thresholds, set on the synthetic_syndication development set
// (copies there have new headlines, bylines, boilerplate, cuts and word
// edits; other outlets' reports of the same event are hard negatives). One
// configuration for every corpus.
const (
	// MinContainment: a pair is a copy when at least this share of the
	// smaller text's shingles occur in the larger. Copies with word edits
	// every other paragraph score ~0.8; independent reports of one event,
	// sharing only quotes and names, stay under 0.15.
	MinContainment = 0.5
	// MinShared: and they share at least this many shingles, so that two
	// one-line texts built on the same quote are not called copies.
	MinShared = 12
	// MaxOwnLead: a copy may open with a byline, an outlet line or a
	// standfirst of its own (at most 23 shingles on the development set),
	// but a text that opens with this many shingles (nearly) none of which occur in
	// the other is an article of its own quoting the other in full (a
	// commentary reproducing a wire report after its own lead), not a copy.
	MaxOwnLead = 40
)

// maxCandidates bounds the earlier articles one article is checked against
// (the latest in its buckets first): an article needs only a close copy
// to join its group, and checking every member of a large copy group made
// the index quadratic (n copies of one wire story cost n(n-1)/2 checks,
// 4.5M for 3,000; TestAddPreparedLargeCopyGroup times 1,000). A bound of
// 30 leaves the output of `lede bench cluster` on the four sets of
// ../shared/bench/clusters (stories, and copies on synthetic_syndication)
// unchanged; 500 leaves room for any real group and makes huge ones linear.
const maxCandidates = 500

// Doc is what the index needs of an article.
type Doc struct {
	ID   string
	Text string
	// Date is the publication date; zero when unknown.
	Date time.Time
	// DayOnly: Date is a day without a time of day (its midnight UTC
	// stands for the whole day: rule day-precision, OrderTime).
	DayOnly bool
	// Seq is the ingestion order, used to pick the source when dates are missing.
	Seq int64
	// Outlet is the publisher's name and Credits the names its byline
	// gives (an agency's name on a copy); either may be empty. They pick
	// a group's source before dates do (rule credited-source).
	Outlet  string
	Credits []string
}

// credit is what rule credited-source reads of a member, kept beside the
// entries (Index.credit) only for members that have an outlet or a
// credit, so that an index of documents without them pays nothing.
type credit struct {
	outlet  string   // folded (creditKey)
	credits []string // folded
}

type entry struct {
	id       string
	date     time.Time
	dayOnly  bool
	seq      int64
	shingles []uint32
	lead     []uint32
	parent   int32
}

// Index holds every article added so far and their copy groups.
// It is not safe for concurrent use.
type Index struct {
	docs []entry
	byID map[string]int32
	// heads maps an LSH bucket key to the last doc that fell in it; next
	// chains the earlier ones (index doc*Bands+band, -1 ends the chain).
	// One table entry per bucket instead of a slice keeps 100k articles
	// in ~130 MB.
	// Keys are cut to 32 bits: an entry packs into one word and stays in
	// cache better; a key collision only adds a candidate, which the
	// containment check then rejects.
	heads bucketTable
	next  []int32
	// mark[c] == me while AddPrepared checks article me: candidate c, which
	// may sit in several of me's buckets, was checked already (insert starts
	// it at -1, no article). A slice of the checked candidates, scanned at
	// each one, made a copy group cubic (see TestAddPreparedLargeCopyGroup).
	mark []int32
	// credit holds the folded outlet and credits of the members that
	// have them (rule credited-source).
	credit map[int32]credit
	// Candidates and Confirmed count the pairs checked and found; they
	// tell how selective LSH is.
	Candidates, Confirmed int
}

// NewIndex returns an empty index.
func NewIndex() *Index { return NewIndexSize(0) }

// NewIndexSize returns an empty index with room for n articles, which
// spares the bucket map its rehashing when the corpus size is known.
func NewIndexSize(n int) *Index {
	return &Index{
		docs:  make([]entry, 0, n),
		byID:  make(map[string]int32, n),
		heads: newBucketTable(n * Bands),
		next:  make([]int32, 0, n*Bands),
	}
}

// Len is the number of articles indexed.
func (ix *Index) Len() int { return len(ix.docs) }

// Add indexes an article and joins it to the copy group of every indexed
// article it copies or is copied by. It returns the ids of the articles it
// was found to match directly. Adding an id twice does nothing.
func (ix *Index) Add(d Doc) []string {
	if _, ok := ix.byID[d.ID]; ok {
		return nil
	}
	return ix.AddPrepared(d, Prepare(d.Text))
}

// Prepared is the part of indexing that depends on the text alone:
// shingles and LSH keys. Prepare is safe to run in parallel; AddPrepared
// is not.
type Prepared struct {
	shingles, lead []uint32
	keys           [Bands]uint64
}

// Prepare shingles and signs a text for AddPrepared.
func Prepare(text string) Prepared {
	sh, lead := shingles(text, MaxOwnLead)
	sig := MinHash(sh)
	return Prepared{shingles: sh, lead: lead, keys: BandKeys(&sig)}
}

// AddPrepared is Add with the text already prepared (d.Text is not read).
func (ix *Index) AddPrepared(d Doc, p Prepared) []string {
	me, ok := ix.insert(d, p)
	if !ok {
		return nil
	}
	sh, lead := p.shingles, p.lead
	var matched []string
	best, bestSim := int32(-1), -1.0
	checked := 0
	for band := range Bands {
		// The bucket's earlier articles, latest first.
		for c := ix.next[int(me)*Bands+band]; c >= 0 && checked < maxCandidates; c = ix.next[int(c)*Bands+band] {
			if ix.mark[c] == me {
				continue
			}
			ix.mark[c] = me
			checked++
			ix.Candidates++
			o := &ix.docs[c]
			if ok, jac := isCopy(sh, lead, o.shingles, o.lead); ok {
				ix.Confirmed++
				matched = append(matched, o.id)
				if jac > bestSim || jac == bestSim && ix.find(c) < ix.find(best) {
					best, bestSim = c, jac
				}
			}
		}
	}
	// The article joins the group of its closest copy only: groups are
	// never merged through a newcomer, so a text that resembles two
	// different originals (one quoting the other) cannot chain them.
	if best >= 0 {
		ix.docs[me].parent = ix.find(best)
	}
	return matched
}

// insert adds an article to the index and heads its LSH buckets, its
// next links pointing to the buckets' previous heads (-1: none). It
// reports false, and does nothing, when the id is already indexed.
func (ix *Index) insert(d Doc, p Prepared) (int32, bool) {
	if _, ok := ix.byID[d.ID]; ok {
		return -1, false
	}
	me := int32(len(ix.docs))
	ix.docs = append(ix.docs, entry{id: d.ID, date: d.Date, dayOnly: d.DayOnly, seq: d.Seq, shingles: p.shingles, lead: p.lead, parent: me})
	ix.mark = append(ix.mark, -1)
	ix.byID[d.ID] = me
	if d.Outlet != "" || len(d.Credits) > 0 {
		c := credit{outlet: creditKey(d.Outlet)}
		for _, n := range d.Credits {
			if k := creditKey(n); k != "" {
				c.credits = append(c.credits, k)
			}
		}
		if ix.credit == nil {
			ix.credit = map[int32]credit{}
		}
		ix.credit[me] = c
	}
	for band, k := range p.keys {
		head, _ := ix.heads.swap(uint32(k), me)
		if head == me {
			// An earlier band's key fell in the same bucket (keys are
			// cut to 32 bits): link past me, or every walk of this
			// bucket would loop on me.
			for b := range band {
				if uint32(p.keys[b]) == uint32(k) {
					head = ix.next[int(me)*Bands+b]
					break
				}
			}
		}
		ix.next = append(ix.next, head)
	}
	return me, true
}

// IsCopy reports whether one text is a copy of the other: the exact check
// behind every copy link (see MinContainment, MinShared, MaxOwnLead).
func IsCopy(a, b string) bool {
	sa, la := shingles(a, MaxOwnLead)
	sb, lb := shingles(b, MaxOwnLead)
	ok, _ := isCopy(sa, la, sb, lb)
	return ok
}

// isCopy checks two shingle sets (with their lead shingles in text order)
// and returns the Jaccard similarity of the pair, used to pick the closest.
func isCopy(a, leadA, b, leadB []uint32) (bool, float64) {
	m := min(len(a), len(b))
	if m == 0 {
		return false, 0
	}
	n := Intersect(a, b)
	if n < min(MinShared, m) || float64(n) < MinContainment*float64(m) {
		return false, 0
	}
	if quotesWhole(leadA, b, leadB, a) || quotesWhole(leadB, a, leadA, b) {
		return false, 0
	}
	return true, float64(n) / float64(len(a)+len(b)-n)
}

// quotesWhole reports whether text A is an article of its own quoting B
// whole: A opens with a lead of its own (ownLead) and B's lead is found in
// A, at least MinContainment of it, as any copy's text is. Rule
// replaced-lead: when B's lead is (mostly) missing from A as well, the two
// opened differently and share what follows: a copy whose first sentence
// was rewritten, as outlets do with wire copy, not a commentary (which
// adds a lead and keeps the wire's). A lead is MaxOwnLead words' worth of
// shingles, which in a short text is most of it: a Chinese or Japanese
// copy whose rewritten opening (one sentence of 40 characters) filled its
// lead was taken for a commentary (TestIsCopyShort); the source's lead
// had 14 of its 40 shingles in that copy, past the new first sentence.
func quotesWhole(leadA, b, leadB, a []uint32) bool {
	return ownLead(leadA, b) && float64(found(leadB, a)) >= MinContainment*float64(len(leadB))
}

// ownLead reports whether a text's first MaxOwnLead shingles (words'
// worth of them: more in Thai, see shingles) are (nearly) all missing from
// the other text's set. "Nearly": fewer than a quarter found, since a
// commentary's lead can share a phrase by chance ("was handed the keys
// by", an invented example) while a copy with a 23-shingle byline and standfirst still has 17
// of its first 40 in its source.
func ownLead(lead, other []uint32) bool {
	return len(lead) >= MaxOwnLead && found(lead, other) < len(lead)/4
}

// found counts the shingles of lead that occur in other, a sorted set.
func found(lead, other []uint32) int {
	n := 0
	for _, s := range lead {
		if _, ok := slices.BinarySearch(other, s); ok {
			n++
		}
	}
	return n
}

// maxLead is the most shingles a lead holds: MaxOwnLead words' worth of
// shingles ending on letters (see shingles and LetterShingle).
const maxLead = MaxOwnLead * LetterShingle / ShingleSize

func (ix *Index) find(i int32) int32 {
	for ix.docs[i].parent != i {
		ix.docs[i].parent = ix.docs[ix.docs[i].parent].parent
		i = ix.docs[i].parent
	}
	return i
}

// Group is a set of copies of one article.
type Group struct {
	// Source is the member whose outlet the others credit (rule
	// credited-source), else the earliest member: by publication date
	// among dated members; in a group of no dates, the member sharing
	// most with the others (rule core-source), else by ingestion order.
	Source string `json:"source"`
	// Members are all the articles, the source first, then in the order
	// they appeared.
	Members []string `json:"members"`
}

// earlier orders members for source selection: dated before undated (a
// dated member's date is evidence, an undated one's is not), then by date,
// then by ingestion order, then by id so that the result never depends on
// map or input order.
func (ix *Index) earlier(a, b int32) int {
	da, db := ix.docs[a], ix.docs[b]
	if za, zb := da.date.IsZero(), db.date.IsZero(); za != zb {
		if za {
			return 1
		}
		return -1
	}
	if c := compareDates(da, db); c != 0 {
		return c
	}
	if c := cmp.Compare(da.seq, db.seq); c != 0 {
		return c
	}
	return cmp.Compare(da.id, db.id)
}

// compareDates orders two dated members by date. Rule day-precision: a
// date that gives only the day (a page's "2026-03-05") is that whole day,
// not its midnight, and is compared as its last instant: a member stamped
// with a time within that day comes first, its date being the finer
// evidence, as a dated member comes before an undated one. Read as
// midnight, an outlet that dates its pages by the day was the source of
// every wire story it carried that day, and the wire's own report,
// stamped 09:12, its copy.
func compareDates(a, b entry) int {
	return OrderTime(a.date, a.dayOnly).Compare(OrderTime(b.date, b.dayOnly))
}

// OrderTime is the instant a publication date stands for when dates are
// ordered (rule day-precision): a date that gives only the day (dayOnly)
// is its day's last instant, any other date itself. The copy index orders
// a group's members by it, and package stories a story's articles, so
// that both take the same member first.
func OrderTime(date time.Time, dayOnly bool) time.Time {
	if dayOnly {
		return date.Add(24*time.Hour - time.Nanosecond)
	}
	return date
}

// GroupOf returns the copy group of an article (a group of one when it has
// no copies) and whether the id is indexed.
func (ix *Index) GroupOf(id string) (Group, bool) {
	i, ok := ix.byID[id]
	if !ok {
		return Group{}, false
	}
	r := ix.find(i)
	var m []int32
	for j := range ix.docs {
		if ix.find(int32(j)) == r {
			m = append(m, int32(j))
		}
	}
	return ix.group(m), true
}

func (ix *Index) group(m []int32) Group {
	slices.SortFunc(m, ix.earlier)
	k := ix.creditedSource(m)
	if k < 0 { // no member credited: rule core-source may pick one
		k = ix.coreSource(m)
	}
	if k > 0 {
		s := m[k]
		copy(m[1:k+1], m[:k])
		m[0] = s
	}
	g := Group{Source: ix.docs[m[0]].id, Members: make([]string, len(m))}
	for k, j := range m {
		g.Members[k] = ix.docs[j].id
	}
	return g
}

// Groups returns every copy group with at least minSize members, ordered
// by their source's id.
func (ix *Index) Groups(minSize int) []Group {
	by := map[int32][]int32{}
	for j := range ix.docs {
		r := ix.find(int32(j))
		by[r] = append(by[r], int32(j))
	}
	var out []Group
	for _, m := range by {
		if len(m) >= minSize {
			out = append(out, ix.group(m))
		}
	}
	slices.SortFunc(out, func(a, b Group) int { return cmp.Compare(a.Source, b.Source) })
	return out
}

// SourceOf maps every indexed article id to its group's source id.
func (ix *Index) SourceOf() map[string]string {
	out := make(map[string]string, len(ix.docs))
	for _, g := range ix.Groups(1) {
		for _, m := range g.Members {
			out[m] = g.Source
		}
	}
	return out
}

// creditedSource is rule credited-source: the index in m (sorted by
// earlier) of the first member published by an outlet that another
// member, of another outlet, names in its byline: copies that say "By
// Coastline News Agency" name their source, and the agency's own report
// is it, whatever the dates say (an outlet's copy stamped the evening
// before, its time zone or clock wrong, was taken for the source and the
// agency for its copier; an undated agency report lost to any dated
// copy). -1 when no member is so credited: dates or rule core-source
// decide. A credited first member is 0, and rule core-source does not
// override it (TestCreditedSourceBeforeCore).
// Linear in the group: the names credited by a member of another outlet
// are gathered first (each member scanning every other made a large copy
// group quadratic).
func (ix *Index) creditedSource(m []int32) int {
	if len(ix.credit) == 0 {
		return -1
	}
	var named map[string]bool
	for _, i := range m {
		ci := ix.credit[i]
		for _, c := range ci.credits {
			if c != ci.outlet { // an outlet crediting itself counts for nothing
				if named == nil {
					named = map[string]bool{}
				}
				named[c] = true
			}
		}
	}
	if named == nil {
		return -1
	}
	for k, j := range m {
		if o := ix.credit[j].outlet; o != "" && named[o] {
			return k
		}
	}
	return -1
}

// creditKey folds a name for rule credited-source: lower case, letters
// and digits only, without a leading "the" ("The Coastline News Agency"
// and "COASTLINE NEWS AGENCY" are one name).
func creditKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' {
			b.WriteRune(r)
		}
	}
	k := strings.Join(strings.Fields(b.String()), "")
	if f := strings.Fields(strings.ToLower(s)); len(f) > 1 && f[0] == "the" {
		k = strings.TrimPrefix(k, "the")
	}
	return k
}

// coreSource is rule core-source: in a group of three or more members
// none of which is dated, the source is the member that shares the most
// text with the others (the sum of its shingles' counts in the other
// members), on a tie the one with fewer shingles of its own; its index in
// m, 0 when that is the first. Every copy is the source edited (a credit
// line or a newsletter pitch added, the tail cut, words changed), so the
// source holds what the copies share and little else, while ingestion
// order, which decided before, is chance. With two members nothing tells
// a source with a paragraph more from a copy with a line added, and
// order still decides. lede bench cluster: outputs cmp-identical on the
// three story sets; on synthetic_syndication in copies mode the groups
// are the same and only the labels, which name each group's source,
// change (how often that is now the agency's original was counted once,
// by hand, in the commit that added the rule; no command keeps it).
func (ix *Index) coreSource(m []int32) int {
	if len(m) < 3 {
		return 0
	}
	for _, j := range m {
		if !ix.docs[j].date.IsZero() {
			return 0
		}
	}
	count := map[uint32]int32{}
	for _, j := range m {
		for _, s := range ix.docs[j].shingles {
			count[s]++
		}
	}
	best, bestShared, bestOwn := 0, -1, 0
	for k, j := range m {
		shared, own := 0, 0
		for _, s := range ix.docs[j].shingles {
			if c := count[s]; c > 1 {
				shared += int(c - 1)
			} else {
				own++
			}
		}
		if shared > bestShared || shared == bestShared && own < bestOwn {
			best, bestShared, bestOwn = k, shared, own
		}
	}
	return best
}
