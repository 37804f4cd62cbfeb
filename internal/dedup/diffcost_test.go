package dedup

import (
	"math/rand"
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
