package cluster

import (
	"testing"

	"github.com/lede-news/lede/internal/stories/synth"
)

// BenchmarkDocTerms times term extraction, the largest per-article cost of
// clustering, on generated ~450-word articles.
func BenchmarkDocTerms(b *testing.B) {
	docs, _ := synthDocs(synth.Options{Events: 50, Reports: 4, Copies: 0, Paragraphs: 10, Seed: 1})
	b.ResetTimer()
	i := 0
	for b.Loop() {
		docTerms(&docs[i%len(docs)])
		i++
	}
}

// vector keeps the heaviest terms, heaviest first, for short documents
// (packed integer keys) and documents of more distinct terms than a key
// can index (comparator sort) alike.
func TestVectorOrder(t *testing.T) {
	for _, n := range []int{50, vectorIndexMask + 10} {
		var terms []feat
		index := map[uint64]int{}
		c := New()
		for i := 0; i < n; i++ {
			f := feat{id: uint64(i+1) * 0x9E3779B97F4A7C15, w: float32(1 + i%7)}
			terms = append(terms, f)
			index[f.id] = i
			c.df[f.id] = int32(1 + i%5)
		}
		c.ndocs = 10
		v := c.vector(terms)
		if len(v) != MaxTerms {
			t.Fatalf("n=%d: %d terms, want %d", n, len(v), MaxTerms)
		}
		for i := 1; i < len(v); i++ {
			if v[i].w > v[i-1].w {
				t.Fatalf("n=%d: term %d heavier than term %d", n, i, i-1)
			}
		}
		// The heaviest raw terms are those counted 7 times (i%7 == 6) of
		// the lowest document frequency (i%5 == 0).
		best := func(id uint64) bool {
			i := index[id]
			return i%7 == 6 && i%5 == 0
		}
		if !best(v[0].id) {
			t.Errorf("n=%d: heaviest term is not one of the heaviest", n)
		}
		if n > 35*MaxTerms && !best(v[len(v)-1].id) {
			t.Errorf("n=%d: a lighter term was kept before a heavier one", n)
		}
	}
}
