package cluster

import (
	"cmp"
	"math"
	"slices"
)

// Neighbourhood boost. The errors left by plain TF-IDF are mostly reports
// of neighbouring events of one saga (two infrastructure votes a week
// apart, this week's jobless claims and last week's) that share their
// whole vocabulary. What tells them apart are the few specific terms (a
// name, a figure, a rare noun) that the true story's reports share and the
// rest of the saga does not. In a document's neighbourhood (its most
// similar documents) such terms are found in a few neighbours, the saga's
// vocabulary in most of them, and the document's idiosyncrasies in none.
// So, before clustering, a term found in at least one and at most
// BoostMaxShare of a document's BoostNeighbours nearest neighbours weighs
// 1+Boost times as much in that document's vector.
//
// Measured on the development sets (allsides_roundups_2021 / newswcl50 /
// wikiref220 BCubed F1; plain 0.794 / 1.000 / 0.887): as built, 0.802 /
// 1.000 / 0.896. A first version ranking neighbours by the full cosine
// tried the neighbourhood's shape: K=10, share 4, boost 1: 0.804 / 1.000 /
// 0.892; share 3: 0.800 / 0.882; share 5: 0.800 / 0.885; boost 1.5: 0.804
// / 0.867; K=20 share 4: 0.797; K=20 share 6: 0.800; K=5 share 2: 0.800;
// boost 1 with a lower join threshold (0.22, 0.20): 0.790, 0.786.
// Average-link agglomerative clustering over the same vectors gains the
// same (best F1 0.779 -> 0.789), so the vectors, not the streaming, are
// what improved. The opposite rule (an IDF over the neighbourhood, which
// also cuts the terms shared with every neighbour) lowers all
// similarities at once and collapses recall (allsides 0.632, newswcl50
// 0.483). Cost: 100,000 generated articles take 15% more CPU time.
//
// In a small corpus every document is every other's neighbour, and the
// boost doubles the common words two unrelated reports share (two Chinese
// city announcements of TestClusterUnitsUnrelated, g1 and g4: cosine
// 0.09, boosted 0.27, over the 0.25 threshold, printed by a throwaway test
// over vector and boostNeighbourhood; none kept). Measured 2026-11-27 with
// lede bench cluster and rejected: a floor on a neighbour's similarity,
// 0.05 / 0.1 / 0.15: allsides 0.806 /
// 0.801 / 0.787, wikiref220 0.891 / 0.869 / 0.887 (reference 0.805 /
// 0.896), and at 0.1 two reports of one rainstorm in unitDocs split. Also
// rejected (2026-11-27): no boost for a document with BoostMaxShare or
// fewer neighbours, where no term can be the saga's: allsides 0.805,
// wikiref220 0.895, and five of unitDocs' pairs split (in a small corpus
// reports of one event join only boosted).
const (
	// BoostNeighbours is the size of the neighbourhood: a story has 2-5
	// reports in the development sets, a saga a dozen or more.
	BoostNeighbours = 10
	// BoostMaxShare: a term in more neighbours than this is the saga's.
	BoostMaxShare = 4
	// Boost is the extra weight of a term shared by a few neighbours.
	Boost = 1.0
	// BoostMaxPosting: neighbours are found, and ranked, through the
	// documents' QueryTerms heaviest terms (the dot product over those
	// only, as a search engine scores); a term heading more documents
	// than this is skipped. Both keep the search per document flat as the
	// corpus grows (with every term and no cap, 100,000 generated
	// articles took three times the CPU time; 300 is MaxPosting's order).
	BoostMaxPosting = 300
)

// posting is one document's weight for a term.
type posting struct {
	doc int32
	w   float32
}

// boostNeighbourhood returns the vectors reweighted by the neighbourhood
// boost (see Boost), each unit length and heaviest first again. rank[i]
// is document i's place in the streaming order, which breaks ties between
// equally similar neighbours so that the result does not depend on the
// order of vecs; wd[i] its weekdays (rule weekday-clash; nil for none).
// The input vectors are not modified.
func boostNeighbourhood(vecs [][]feat, rank []int, wd []uint8) [][]feat {
	post := map[uint64][]posting{}
	for i, v := range vecs {
		for _, f := range v[:min(len(v), QueryTerms)] {
			post[f.id] = append(post[f.id], posting{int32(i), f.w})
		}
	}
	out := make([][]feat, len(vecs))
	Parallel(len(vecs), func(i int) {
		out[i] = boostOne(vecs, post, rank, wd, i)
	})
	return out
}

// neighbour is a candidate neighbour and its similarity.
type neighbour struct {
	doc int32
	sim float32
}

// boostOne returns document i's vector reweighted by the neighbourhood
// boost; post lists each term's documents (see boostNeighbourhood).
func boostOne(vecs [][]feat, post map[uint64][]posting, rank []int, wd []uint8, i int) []feat {
	v := vecs[i]
	if len(v) == 0 {
		return v
	}
	// Accumulate dot products over the postings of v's heaviest terms, as
	// a search engine does: only documents sharing one are touched.
	acc := map[int32]float32{}
	for _, f := range v[:min(len(v), QueryTerms)] {
		p := post[f.id]
		if len(p) > BoostMaxPosting {
			continue
		}
		for _, q := range p {
			if int(q.doc) != i {
				acc[q.doc] += f.w * q.w
			}
		}
	}
	nbs := make([]neighbour, 0, len(acc))
	for d, s := range acc {
		// Rule weekday-clash: a report of another day of the saga is a
		// farther neighbour, so that the terms boosted are those the
		// reports of the same day share. allsides 0.8240 -> 0.8290
		// (md5(id) halves 0.8957 -> 0.8990, 0.8784 -> 0.8838);
		// newswcl50 and wikiref220 unchanged (at 0.3 here, allsides
		// 0.8279, wikiref220 0.920 -> 0.927; left out, 0.8237).
		//
		// Rule weekday-agree: a report naming a weekday the document
		// names is as much nearer (1/WeekdayClash) as a clashing one is
		// farther. Reports that name no day (commentary, background,
		// other days' reports that leave the day out) took the places
		// of the same day's reports, so that the terms the event's own
		// reports share went unboosted. allsides 0.8290 -> 0.8298
		// (md5(id) halves 0.8990 -> 0.9023, 0.8838 -> 0.8872; pairs put
		// together: 18 right and 37 wrong new, 18 right and 63 wrong
		// gone); wikiref220 0.920 -> 0.927 (64 right pairs new, 4
		// gone); newswcl50 1.000. Not a smooth optimum: at 1.25
		// allsides 0.8288 (halves 0.8968, 0.8866), at 2 0.8303 (0.9021,
		// 0.8858), at 3 0.8276 (0.8959, 0.8844), wikiref220 0.927 at
		// each; the symmetric factor was taken as it is, not fitted.
		if wd != nil && weekdaysClash(wd[i], wd[d]) {
			s *= WeekdayClash
		} else if wd != nil && wd[i]&wd[d] != 0 {
			s /= WeekdayClash
		}
		nbs = append(nbs, neighbour{d, s})
	}
	slices.SortFunc(nbs, func(a, b neighbour) int {
		if c := cmp.Compare(b.sim, a.sim); c != 0 {
			return c
		}
		return cmp.Compare(rank[a.doc], rank[b.doc])
	})
	nbs = nbs[:min(len(nbs), BoostNeighbours)]
	share := make(map[uint64]int, len(v))
	for _, f := range v {
		share[f.id] = 0
	}
	for _, n := range nbs {
		for _, f := range vecs[n.doc] {
			if k, ok := share[f.id]; ok {
				share[f.id] = k + 1
			}
		}
	}
	w := make([]feat, len(v))
	var s float64
	for k, f := range v {
		w[k] = f
		if n := share[f.id]; n >= 1 && n <= BoostMaxShare {
			w[k].w *= 1 + Boost
		}
		s += float64(w[k].w) * float64(w[k].w)
	}
	norm := float32(1 / math.Sqrt(s))
	for k := range w {
		w[k].w *= norm
	}
	slices.SortFunc(w, func(a, b feat) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	return w
}
