package dedup

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// diffCostText is a random text of n paragraphs of one to four sentences
// of invented words.
func diffCostText(r *rand.Rand, n int) string {
	syl := []string{"ka", "lo", "mi", "ru", "te", "sa", "po", "ven", "dor", "quil"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for s := r.Intn(4); s >= 0; s-- {
			b.WriteString("Zo")
			for w := 8 + r.Intn(10); w > 0; w-- {
				b.WriteByte(' ')
				for k := r.Intn(3); k >= 0; k-- {
					b.WriteString(syl[r.Intn(len(syl))])
				}
			}
			b.WriteString(". ")
		}
	}
	return b.String()
}

// BenchmarkDiffRandom diffs 40 pairs of unrelated random texts of up to
// 100 paragraphs: nearly every paragraph is left over on both sides, the
// worst case for pairKept (rule kept-sentence).
func BenchmarkDiffRandom(b *testing.B) {
	r := rand.New(rand.NewSource(3))
	var in [][2]string
	for i := 0; i < 40; i++ {
		in = append(in, [2]string{diffCostText(r, 1+r.Intn(100)), diffCostText(r, 1+r.Intn(100))})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range in {
			Diff("a", p[0], "b", p[1])
		}
	}
}

// pairKeptScan is pairKept as it was before its index of sentences: each
// copy paragraph's set of sentences compared with every source
// paragraph's. TestPairKeptMatchScan holds pairKept to it.
func pairKeptScan(sp, cp []string, pairs [][2]int, onlySrc, onlyCopy []int) ([][2]int, []int, []int) {
	if len(onlySrc) == 0 || len(onlyCopy) == 0 || len(onlySrc)*len(onlyCopy) > maxKeptPairs {
		return pairs, onlySrc, onlyCopy
	}
	sents := func(p string) map[string]bool {
		m := map[string]bool{}
		for _, s := range Sentences(p) {
			if n := norm(s); n != "" {
				m[n] = true
			}
		}
		return m
	}
	ss := make([]map[string]bool, len(onlySrc))
	for k, i := range onlySrc {
		ss[k] = sents(sp[i])
	}
	used := make([]bool, len(onlySrc))
	var leftCopy []int
	for _, j := range onlyCopy {
		cs := sents(cp[j])
		best, bestN := -1, 0
		for k := range onlySrc {
			if used[k] {
				continue
			}
			n := 0
			for s := range cs {
				if ss[k][s] {
					n++
				}
			}
			if n > bestN {
				best, bestN = k, n
			}
		}
		if best < 0 {
			leftCopy = append(leftCopy, j)
			continue
		}
		used[best] = true
		pairs = append(pairs, [2]int{onlySrc[best], j})
	}
	var leftSrc []int
	for k, i := range onlySrc {
		if !used[k] {
			leftSrc = append(leftSrc, i)
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int { return a[1] - b[1] })
	return pairs, leftSrc, leftCopy
}

// TestPairKeptMatchScan: pairKept pairs random leftover paragraphs built
// from a few shared sentences (ties, repeats, sentences kept twice) as the
// comparison of every pair did.
func TestPairKeptMatchScan(t *testing.T) {
	pool := []string{"Zo ka lo.", "Mi ru te!", "Sa po ven?", "Dor quil ka.", "Lo lo lo.", "Te sa.", "Ka, ka.", "Ven dor."}
	r := rand.New(rand.NewSource(9))
	para := func() string {
		var b strings.Builder
		for k := r.Intn(5); k >= 0; k-- {
			b.WriteString(pool[r.Intn(len(pool))] + " ")
		}
		return b.String()
	}
	for range 5000 {
		var sp, cp []string
		var onlySrc, onlyCopy []int
		for i := range 1 + r.Intn(8) {
			sp = append(sp, para())
			if r.Intn(3) > 0 {
				onlySrc = append(onlySrc, i)
			}
		}
		for j := range 1 + r.Intn(8) {
			cp = append(cp, para())
			if r.Intn(3) > 0 {
				onlyCopy = append(onlyCopy, j)
			}
		}
		p1, s1, c1 := pairKept(sp, cp, nil, slices.Clone(onlySrc), slices.Clone(onlyCopy))
		p2, s2, c2 := pairKeptScan(sp, cp, nil, slices.Clone(onlySrc), slices.Clone(onlyCopy))
		if got, want := fmt.Sprint(p1, s1, c1), fmt.Sprint(p2, s2, c2); got != want {
			t.Fatalf("pairKept(%q, %q, %v, %v) = %s, want %s", sp, cp, onlySrc, onlyCopy, got, want)
		}
	}
}
