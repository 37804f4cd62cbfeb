package entities

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// mapFound is found as first written: mentions and a map of their counts.
type mapFound struct {
	mentions []string
	count    map[string]int
}

// TestFoundCounts pins found's counts to the map they replaced on random
// runs of add's count, mergeAcronyms' listing again and mergeInto's merge.
func TestFoundCounts(t *testing.T) {
	words := []string{"NHS", "the NHS", "National Health Service", "Velm", ""}
	r := rand.New(rand.NewPCG(1, 2))
	for run := 0; run < 2000; run++ {
		var e, src found
		ref := mapFound{count: map[string]int{}}
		rsrc := mapFound{count: map[string]int{}}
		for range r.IntN(8) {
			m := words[r.IntN(len(words))]
			src.addCount(m, 1)
			if rsrc.count[m] == 0 {
				rsrc.mentions = append(rsrc.mentions, m)
			}
			rsrc.count[m]++
		}
		for range r.IntN(12) {
			m := words[r.IntN(len(words))]
			switch r.IntN(3) {
			case 0: // add
				e.addCount(m, 1)
				if ref.count[m] == 0 {
					ref.mentions = append(ref.mentions, m)
				}
				ref.count[m]++
			case 1: // mergeAcronyms
				c := 1 + r.IntN(3)
				e.appendMention(m)
				e.addCount(m, c)
				ref.mentions = append(ref.mentions, m)
				ref.count[m] += c
			case 2: // mergeInto
				mergeInto(&e, &src)
				for _, m := range rsrc.mentions {
					if ref.count[m] == 0 {
						ref.mentions = append(ref.mentions, m)
					}
					ref.count[m] += rsrc.count[m]
				}
			}
		}
		if !slices.Equal(e.mentions, ref.mentions) {
			t.Fatalf("run %d: mentions %q, want %q", run, e.mentions, ref.mentions)
		}
		for _, m := range words {
			if e.count(m) != ref.count[m] {
				t.Fatalf("run %d: count(%q) = %d, want %d", run, m, e.count(m), ref.count[m])
			}
		}
	}
}
