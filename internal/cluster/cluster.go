// Package cluster groups articles into stories: streaming clustering in
// publication order within a time window, on TF-IDF weighted term vectors
// (headline words weigh more) plus the analysis signals (people, places and
// quotes shared), with merging when two stories turn out to be one.
//
// Dates help when they exist but are not needed: undated articles are
// streamed in an order that depends only on their content, so the result
// never depends on the order the articles came in.
package cluster

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/zeebo/xxh3"
)

// Doc is what clustering needs of an article.
type Doc struct {
	ID     string
	Title  string
	Text   string
	Outlet string
	URL    string
	// Date is the publication date; zero when unknown (a date in the URL
	// is then used, see DateFromURL).
	Date time.Time
	// People, Places and Quotes are the analysis signals, when the article
	// was analysed: full names, place names, and quotation texts.
	People []string
	Places []string
	Quotes []string
}

// Tuning. One configuration for every corpus; the numbers were chosen on
// the development sets (allsides_roundups_2021, newswcl50) and checked on
// wikiref220 and synthetic_syndication.
const (
	// TitleWeight: a headline word counts as this many body occurrences.
	// Headlines name the event; bodies wander into background.
	TitleWeight = 3.0
	// SignalWeight: a person, place or quote from the analysis counts as
	// this many body words (they are rarer and far more specific).
	SignalWeight = 2.0
	// MaxTerms bounds a document vector to its heaviest terms: the tail
	// of a long article is background that joins unrelated stories, and
	// the bound keeps the cost per article flat.
	MaxTerms = 40
	// QueryTerms: candidate stories are those sharing one of the article's
	// heaviest QueryTerms terms.
	QueryTerms = 12
	// MaxCentroidTerms bounds a story's centroid the same way.
	MaxCentroidTerms = 300
	// JoinAtRef: an article of JoinRefTerms distinct terms joins the most
	// similar story when the cosine with its centroid reaches this; else
	// it starts a new story. Longer articles share a smaller part of their
	// vocabulary with other reports of the same event, so the threshold
	// falls as 1/sqrt(terms) (see joinThreshold): 0.25 is best on
	// allsides_roundups_2021 (first paragraphs, ~50 terms), and the same
	// law gives 0.09 at newswcl50's ~400 terms, where 0.08-0.10 is best.
	JoinAtRef    = 0.25
	JoinRefTerms = 46
	JoinExponent = 0.8
	// JoinMin and JoinMax bound the threshold for very long and very short texts.
	JoinMin = 0.06
	JoinMax = 0.4
	// MergeFactor: two stories are one story told twice when their
	// centroids' cosine reaches MergeFactor times the join threshold of
	// the article that just grew one of them (typically: two early
	// articles that each started a story before a third linked them).
	MergeFactor = 2.0
	// Window: a dated article joins only stories whose dated articles lie
	// within this distance (news events are covered within days;
	// newswcl50's five outlets publish within 1 day of each other).
	Window = 2 * 24 * time.Hour
)

type feat struct {
	id uint32
	w  float32
}

type story struct {
	centroid   map[uint32]float32
	norm       float64
	members    []int32
	first      time.Time
	last       time.Time
	alive      bool
	mergedInto int32
}

// Clusterer assigns articles to stories one at a time.
type Clusterer struct {
	vocab   map[string]uint32
	df      []int32
	ndocs   int
	stories []*story
	post    map[uint32][]int32
	assign  []int32
	// fixedDF is set when document frequencies were observed up front
	// (batch mode); Add then does not update them.
	fixedDF bool
}

// New returns an empty clusterer.
func New() *Clusterer {
	return &Clusterer{vocab: map[string]uint32{}, post: map[uint32][]int32{}}
}

// counts turns a document into raw term counts (title words weighted).
func (c *Clusterer) counts(d *Doc, grow bool) map[uint32]float32 {
	m := make(map[uint32]float32, 64)
	add := func(key string, w float32) {
		id, ok := c.vocab[key]
		if !ok {
			if !grow {
				return
			}
			id = uint32(len(c.vocab))
			c.vocab[key] = id
			c.df = append(c.df, 0)
		}
		m[id] += w
	}
	words := func(text string, w float32) {
		tokenize(text, func(t token) {
			// Numbers rule: figures of two digits or more ("498,000"
			// jobless claims, "$3.5 trillion") tell apart reports of
			// recurring events (this week's claims from last week's);
			// as "#498" they never meet a word. Measured: nearest
			// neighbour in the same story 0.66 -> 0.69 on allsides.
			if isNumber(t.w) && len(t.w) >= 2 {
				add("#"+t.w, w)
			}
			if keep(t.w) {
				add(stem(t.w), w)
			}
		})
	}
	words(d.Title, TitleWeight)
	words(d.Text, 1)
	for _, p := range d.People {
		add("p:"+strings.ToLower(p), SignalWeight)
	}
	for _, p := range d.Places {
		add("l:"+strings.ToLower(p), SignalWeight)
	}
	for _, q := range d.Quotes {
		add("q:"+quoteKey(q), SignalWeight)
	}
	return m
}

// quoteKey reduces a quote to a key that outlets quoting the same words
// share despite punctuation and case: its first six words.
func quoteKey(q string) string {
	var ws []string
	tokenize(q, func(t token) {
		if len(ws) < 6 {
			ws = append(ws, t.w)
		}
	})
	return strings.Join(ws, " ")
}

// Observe counts a document's terms into the document frequencies. Batch
// callers observe every document first, so that weights do not depend on
// the streaming order.
func (c *Clusterer) Observe(d *Doc) {
	for id := range c.counts(d, true) {
		c.df[id]++
	}
	c.ndocs++
	c.fixedDF = true
}

// vector weights counts by sublinear TF and IDF, keeps the heaviest
// MaxTerms and normalises to unit length.
func (c *Clusterer) vector(m map[uint32]float32) []feat {
	v := make([]feat, 0, len(m))
	n := float64(c.ndocs)
	for id, tf := range m {
		idf := math.Log((n + 1) / (float64(c.df[id]) + 1))
		if idf <= 0 {
			continue
		}
		v = append(v, feat{id, float32((1 + math.Log(float64(tf))) * idf)})
	}
	slices.SortFunc(v, func(a, b feat) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	if len(v) > MaxTerms {
		v = v[:MaxTerms]
	}
	var s float64
	for _, f := range v {
		s += float64(f.w) * float64(f.w)
	}
	if s > 0 {
		k := float32(1 / math.Sqrt(s))
		for i := range v {
			v[i].w *= k
		}
	}
	return v
}

func (s *story) cosine(v []feat) float64 {
	if s.norm == 0 {
		return 0
	}
	var dot float64
	for _, f := range v {
		dot += float64(f.w) * float64(s.centroid[f.id])
	}
	return dot / s.norm
}

func (s *story) inWindow(t time.Time) bool {
	if t.IsZero() || s.first.IsZero() {
		return true
	}
	return !t.Before(s.first.Add(-Window)) && !t.After(s.last.Add(Window))
}

// Add streams one document into the stories and returns its story number.
func (c *Clusterer) Add(d *Doc) int {
	if !c.fixedDF {
		for id := range c.counts(d, true) {
			c.df[id]++
		}
		c.ndocs++
	}
	m := c.counts(d, false)
	join := joinThreshold(len(m))
	v := c.vector(m)
	doc := int32(len(c.assign))
	best, bestSim := int32(-1), 0.0
	cands := c.candidates(v)
	for _, s := range cands {
		st := c.stories[s]
		if !st.inWindow(d.Date) {
			continue
		}
		if sim := st.cosine(v); sim > bestSim || sim == bestSim && s < best {
			best, bestSim = s, sim
		}
	}
	if best < 0 || bestSim < join {
		best = int32(len(c.stories))
		c.stories = append(c.stories, &story{centroid: map[uint32]float32{}, alive: true, mergedInto: -1})
	}
	c.assign = append(c.assign, best)
	c.join(best, doc, v, d.Date)
	// Merging: the story just grew; if it now matches another candidate
	// story closely, the two were one event.
	for _, s := range cands {
		if s == best || !c.stories[s].alive {
			continue
		}
		if c.similar(best, s) >= MergeFactor*join {
			best = c.merge(best, s)
		}
	}
	return int(c.root(doc))
}

func (c *Clusterer) candidates(v []feat) []int32 {
	var out []int32
	for i, f := range v {
		if i >= QueryTerms {
			break
		}
		for _, s := range c.post[f.id] {
			s = c.find(s)
			if c.stories[s].alive {
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (c *Clusterer) join(s, doc int32, v []feat, t time.Time) {
	st := c.stories[s]
	st.members = append(st.members, doc)
	for i, f := range v {
		old, ok := st.centroid[f.id]
		st.centroid[f.id] = old + f.w
		if !ok && i < QueryTerms {
			c.post[f.id] = append(c.post[f.id], s)
		}
	}
	if !t.IsZero() {
		if st.first.IsZero() || t.Before(st.first) {
			st.first = t
		}
		if t.After(st.last) {
			st.last = t
		}
	}
	c.prune(st)
}

// prune keeps a centroid to its MaxCentroidTerms heaviest terms and
// refreshes its norm.
func (c *Clusterer) prune(st *story) {
	if len(st.centroid) > 2*MaxCentroidTerms {
		ws := make([]feat, 0, len(st.centroid))
		for id, w := range st.centroid {
			ws = append(ws, feat{id, w})
		}
		slices.SortFunc(ws, func(a, b feat) int {
			if c := cmp.Compare(b.w, a.w); c != 0 {
				return c
			}
			return cmp.Compare(a.id, b.id)
		})
		for _, f := range ws[MaxCentroidTerms:] {
			delete(st.centroid, f.id)
		}
	}
	var s float64
	for _, w := range st.centroid {
		s += float64(w) * float64(w)
	}
	st.norm = math.Sqrt(s)
}

func (c *Clusterer) similar(a, b int32) float64 {
	sa, sb := c.stories[a], c.stories[b]
	if sa.norm == 0 || sb.norm == 0 {
		return 0
	}
	if !sa.first.IsZero() && !sb.first.IsZero() &&
		(sa.first.After(sb.last.Add(Window)) || sb.first.After(sa.last.Add(Window))) {
		return 0
	}
	if len(sa.centroid) > len(sb.centroid) {
		sa, sb = sb, sa
	}
	var dot float64
	for id, w := range sa.centroid {
		dot += float64(w) * float64(sb.centroid[id])
	}
	return dot / (sa.norm * sb.norm)
}

// merge folds the later story into the earlier and returns the survivor.
func (c *Clusterer) merge(a, b int32) int32 {
	if b < a {
		a, b = b, a
	}
	sa, sb := c.stories[a], c.stories[b]
	sa.members = append(sa.members, sb.members...)
	for id, w := range sb.centroid {
		old, ok := sa.centroid[id]
		sa.centroid[id] = old + w
		if !ok {
			c.post[id] = append(c.post[id], a)
		}
	}
	if !sb.first.IsZero() && (sa.first.IsZero() || sb.first.Before(sa.first)) {
		sa.first = sb.first
	}
	if sb.last.After(sa.last) {
		sa.last = sb.last
	}
	sb.alive = false
	sb.mergedInto = a
	sb.centroid = nil
	sb.members = nil
	c.prune(sa)
	return a
}

func (c *Clusterer) find(s int32) int32 {
	for c.stories[s].mergedInto >= 0 {
		s = c.stories[s].mergedInto
	}
	return s
}

func (c *Clusterer) root(doc int32) int32 { return c.find(c.assign[doc]) }

// Labels returns each added document's story number, in the order added.
// Numbers are dense from 0 in order of first appearance.
func (c *Clusterer) Labels() []int {
	out := make([]int, len(c.assign))
	dense := map[int32]int{}
	for i := range c.assign {
		r := c.root(int32(i))
		l, ok := dense[r]
		if !ok {
			l = len(dense)
			dense[r] = l
		}
		out[i] = l
	}
	return out
}

// Order returns the indexes of docs in streaming order: dated articles by
// date, then undated ones; ties and undated articles by a hash of their
// content, so the order never depends on the order the caller had them in.
func Order(docs []Doc) []int {
	type key struct {
		date time.Time
		h    uint64
		i    int
	}
	ks := make([]key, len(docs))
	for i := range docs {
		h := xxh3.HashString(docs[i].Title + "\x00" + docs[i].Text + "\x00" + docs[i].Outlet)
		ks[i] = key{docs[i].Date, h, i}
	}
	slices.SortFunc(ks, func(a, b key) int {
		if za, zb := a.date.IsZero(), b.date.IsZero(); za != zb {
			if za {
				return 1
			}
			return -1
		}
		if c := a.date.Compare(b.date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.h, b.h); c != 0 {
			return c
		}
		return cmp.Compare(docs[a.i].ID, docs[b.i].ID)
	})
	out := make([]int, len(ks))
	for i, k := range ks {
		out[i] = k.i
	}
	return out
}

// Cluster groups docs into stories in one batch: document frequencies are
// counted over all docs first, then docs are streamed in Order. It returns
// each doc's story number (dense, in streaming order of first appearance),
// indexed like docs.
func Cluster(docs []Doc) []int {
	docs = slices.Clone(docs)
	for i := range docs {
		if docs[i].Date.IsZero() {
			docs[i].Date = DateFromURL(docs[i].URL)
		}
	}
	c := New()
	for i := range docs {
		c.Observe(&docs[i])
	}
	order := Order(docs)
	for _, i := range order {
		c.Add(&docs[i])
	}
	l := c.Labels()
	out := make([]int, len(docs))
	for k, i := range order {
		out[i] = l[k]
	}
	return out
}

// joinThreshold is the cosine an article with n distinct terms needs to
// join a story (see JoinAtRef).
func joinThreshold(n int) float64 {
	if n <= 0 {
		return JoinMax
	}
	t := JoinAtRef * math.Pow(JoinRefTerms/float64(n), JoinExponent)
	return min(max(t, JoinMin), JoinMax)
}
