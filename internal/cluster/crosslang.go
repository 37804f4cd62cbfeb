package cluster

import (
	"cmp"
	"slices"
	"strings"

	"github.com/zeebo/xxh3"
)

// Rule cross-language: a German report and an English one of the same
// event share almost no terms (their words are two languages' words, and
// German words are folded by germanFold, English ones by stem), so each
// language's reports made a story of their own; so do French, Spanish,
// Italian, Portuguese and Dutch ones. What the languages share is what
// they do not translate: names (Falkenau, Kessler Logistik, Karin
// Wehrle), figures (14, 230; 3,5 and 3.5 read alike, the decimal comma
// read in each language that writes it, rule german-figures) and, when
// the articles were analysed, their people and places. A text's language
// is the list of foreignStopwords most of its stop words are from, else
// English (docTermsLang). After clustering, a story in one of those
// languages joins the story of another language with which it shares
// the most such anchors, when they are at least minCrossAnchors, one of
// them at least a name (figures alone match too easily), the best is
// unambiguous (no other story shares as many), each is the other's best
// (a German brief naming the town and its mayor shares three names with
// the English reports of the town's fire, whose German reports share
// more) and the two lie within Window of each other when both are dated.
//
// A corpus of one language is left as it was and costs nothing more
// than counting the foreign stop words met (the shared benchmark sets
// are English: lede bench cluster cmp-identical on the four). On the
// invented German and English corpus testdata/de, BCubed F1 0.936 ->
// 1.000 (the fire's two English reports join its three German ones),
// measured by
//
//	lede bench cluster --docs internal/cluster/testdata/de/docs.jsonl --out PRED.tsv
const minCrossAnchors = 3

// Anchor kinds, salted apart: a name token, a figure, a person, a place.
const (
	anchorName = 1 + iota
	anchorFigure
	anchorPerson
	anchorPlace
)

// anchor is one untranslated term of a document (rule cross-language).
type anchor struct {
	id   uint64
	name bool
}

// docAnchors are the untranslated terms of d: its words written with a
// capital where no sentence starts (names, and in German every noun,
// which English texts do not capitalise), unfolded; its figures of two
// digits or more, read with the decimal comma when decimalComma (the
// languages of foreignStopwords write it); its people and places. Sorted
// by id, each once (an id is salted with its kind, so whether it is a
// name goes with it).
func docAnchors(d *Doc, decimalComma bool) []anchor {
	var out []anchor
	add := func(s []byte, salt uint64, name bool) {
		out = append(out, anchor{xxh3.HashSeed(s, salt), name})
	}
	for _, text := range []string{d.Title, d.Text} {
		tokenizeIn(text, decimalComma, func(t token) {
			switch {
			case t.unit:
			case len(t.w) >= 2 && isNumber(t.w):
				add(t.w, anchorFigure, false)
			case t.cap && !t.sentStart:
				if _, ok := keepHash(t.w); ok {
					add(t.w, anchorName, true)
				}
			}
		})
	}
	for _, p := range d.People {
		add([]byte(strings.ToLower(p)), anchorPerson, true)
	}
	for _, p := range d.Places {
		add([]byte(strings.ToLower(p)), anchorPlace, true)
	}
	slices.SortFunc(out, func(a, b anchor) int { return cmp.Compare(a.id, b.id) })
	return slices.CompactFunc(out, func(a, b anchor) bool { return a.id == b.id })
}

// crossLanguage is rule cross-language over the labels of Cluster:
// lang gives each document's language (docTermsLang), spans its dates. It returns
// the labels with the stories joined, dense again in order of first
// appearance in streaming order (order).
func crossLanguage(docs []Doc, lang []int, spans []span, labels []int, order []int) []int {
	if !slices.ContainsFunc(lang, func(l int) bool { return l != lang[0] }) {
		return labels
	}
	type side struct {
		anchors map[uint64]bool // anchor -> is a name
		langs   [len(foreignStopwords) + 1]int
		n       int
		lo, hi  span
		dated   bool
	}
	anchors := make([][]anchor, len(docs))
	Parallel(len(docs), func(i int) { anchors[i] = docAnchors(&docs[i], lang[i] != 0) })
	nl := 0
	for _, l := range labels {
		nl = max(nl, l+1)
	}
	st := make([]side, nl)
	for i, l := range labels {
		s := &st[l]
		if s.anchors == nil {
			s.anchors = map[uint64]bool{}
		}
		for _, a := range anchors[i] {
			s.anchors[a.id] = a.name
		}
		s.n++
		s.langs[lang[i]]++
		if p := spans[i]; !p.lo.IsZero() {
			if !s.dated || p.lo.Before(s.lo.lo) {
				s.lo = p
			}
			if !s.dated || p.hi.After(s.hi.hi) {
				s.hi = p
			}
			s.dated = true
		}
	}
	// langOf is the language of most of a story's articles, -1 when
	// none has most; computed once, not for each posting read.
	langOf := make([]int, nl)
	for l := range langOf {
		langOf[l] = -1
		for k, n := range st[l].langs {
			if 2*n > st[l].n {
				langOf[l] = k
				break
			}
		}
	}
	near := func(a, b int) bool {
		x, y := &st[a], &st[b]
		if !x.dated || !y.dated {
			return true
		}
		return !x.lo.lo.After(y.hi.hi.Add(Window)) && !y.lo.lo.After(x.hi.hi.Add(Window))
	}
	// post lists the stories holding each anchor, so that a story is
	// compared only with the stories it shares anchors with; an anchor
	// held by more than MaxPosting stories is too common to count, as in
	// candidates.
	post := map[uint64][]int32{}
	for l := range nl {
		for id := range st[l].anchors {
			post[id] = append(post[id], int32(l))
		}
	}
	parent := make([]int, nl)
	for l := range parent {
		parent[l] = l
	}
	find := func(l int) int {
		for parent[l] != l {
			l = parent[l]
		}
		return l
	}
	// bestOther gives the other side's story sharing the most anchors
	// with a (one of them a name), -1 when it is not unambiguous or
	// shares fewer than minCrossAnchors.
	bestOther := func(a int) int {
		shared := map[int32]int{} // story -> anchors shared with a
		named := map[int32]bool{} // story -> a name among them
		for id, name := range st[a].anchors {
			p := post[id]
			if len(p) > MaxPosting {
				continue
			}
			for _, b := range p {
				if lb := langOf[b]; lb < 0 || lb == langOf[a] {
					continue
				}
				shared[b]++
				if name {
					named[b] = true
				}
			}
		}
		best, bestN, second := int32(-1), 0, 0
		for b, n := range shared {
			if !named[b] || !near(a, int(b)) {
				continue
			}
			// A tie for the best leaves second equal to bestN: no
			// story, whatever order the map gives them in.
			switch {
			case n > bestN:
				best, bestN, second = b, n, bestN
			case n > second:
				second = n
			}
		}
		if bestN < minCrossAnchors || bestN == second {
			return -1
		}
		return int(best)
	}
	for a := range nl {
		if langOf[a] <= 0 {
			continue
		}
		// Each the other's best: a German brief that names the town
		// and its mayor is not the fire's story, whose German reports
		// share far more with the English ones.
		if b := bestOther(a); b >= 0 && bestOther(b) == a {
			ra, rb := find(a), find(b)
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	return denseLabels(len(labels), order, func(i int) int { return find(labels[i]) })
}
