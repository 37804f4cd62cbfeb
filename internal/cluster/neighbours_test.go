package cluster

import (
	"math"
	"testing"
)

// The neighbourhood boost doubles a term shared with a few neighbours (the
// story's own), leaves alone one shared with most of them (the saga's)
// and one shared with none (the document's own idiosyncrasy).
func TestBoostNeighbourhood(t *testing.T) {
	const (
		saga   = 101 // in every document
		story  = 102 // in documents 0, 1 and 2
		own    = 103 // in document 0 only
		others = 200 // + i: each other document's own term
	)
	vecs := [][]feat{{{id: saga, w: 0.5}, {id: story, w: 0.5}, {id: own, w: 0.5}}}
	for i := 1; i < 2+BoostNeighbours; i++ {
		v := []feat{{id: saga, w: 0.6}, {id: others + uint64(i), w: 0.6}}
		if i <= 2 {
			v = append(v, feat{id: story, w: 0.5})
		}
		vecs = append(vecs, v)
	}
	rank := make([]int, len(vecs))
	for i := range rank {
		rank[i] = i
	}
	got := boostNeighbourhood(vecs, rank, nil)
	w := map[uint64]float64{}
	var norm float64
	for _, f := range got[0] {
		w[f.id] = float64(f.w)
		norm += float64(f.w) * float64(f.w)
	}
	if math.Abs(norm-1) > 1e-5 {
		t.Errorf("boosted vector has squared norm %v, want 1", norm)
	}
	for _, c := range []struct {
		name string
		id   uint64
		want float64 // weight relative to the saga term's
	}{
		{"story term, in 2 of 10 neighbours", story, 1 + Boost},
		{"own term, in no neighbour", own, 1},
	} {
		if r := w[c.id] / w[saga]; math.Abs(r-c.want) > 1e-5 {
			t.Errorf("%s: weight %.3f times the saga term's, want %.3f", c.name, r, c.want)
		}
	}
	if got[0][0].id != story {
		t.Errorf("heaviest term is %d, want the boosted story term %d first", got[0][0].id, story)
	}
	if vecs[0][1].w != 0.5 {
		t.Errorf("input vector modified: %v", vecs[0])
	}
}

// TestBoostWeekdays: rules weekday-clash and weekday-agree in the
// neighbourhood. Ten reports share document 0's common term more than
// one other report shares its specific term; when the ten tell Thursday
// (clash; the one names no day, so that weekday-agree cannot stand in for
// the rule) or name no day and the one tells Tuesday (agree), the one must
// still be a neighbour, else the ten fill the neighbourhood and the
// specific term is not boosted.
func TestBoostWeekdays(t *testing.T) {
	const common, specific, other = 1, 2, 3
	const tue, thu = 1 << 1, 1 << 3
	for _, c := range []struct {
		rule   string
		others uint8 // the weekdays of the ten
		one    uint8 // the weekdays of the report sharing the specific term
	}{
		{"weekday-clash", thu, 0},
		{"weekday-agree", 0, tue},
	} {
		vecs := [][]feat{normalize([]feat{{id: common, w: 1}, {id: specific, w: 1}})}
		wd := []uint8{tue}
		for range BoostNeighbours {
			vecs = append(vecs, normalize([]feat{{id: common, w: 1}, {id: other, w: 0.2}}))
			wd = append(wd, c.others)
		}
		vecs = append(vecs, normalize([]feat{{id: specific, w: 0.9}, {id: other, w: 1}}))
		wd = append(wd, c.one)
		rank := make([]int, len(vecs))
		for i := range rank {
			rank[i] = i
		}
		var wSpecific, wCommon float32
		for _, f := range boostNeighbourhood(vecs, rank, wd)[0] {
			switch f.id {
			case specific:
				wSpecific = f.w
			case common:
				wCommon = f.w
			}
		}
		if wSpecific <= wCommon {
			t.Errorf("%s: specific term %.3f, common term %.3f: the report sharing it is not a neighbour", c.rule, wSpecific, wCommon)
		}
	}
}
