package dedup

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortUint32(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var scratch []uint32
	for _, n := range []int{0, 1, 5, 63, 64, 65, 400, 5000} {
		for _, mask := range []uint32{0xffffffff, 0xff, 0xff00ff00, 0} {
			a := make([]uint32, n)
			for i := range a {
				a[i] = r.Uint32() & mask
			}
			want := slices.Clone(a)
			slices.Sort(want)
			scratch = sortUint32(a, scratch)
			if !slices.Equal(a, want) {
				t.Fatalf("n=%d mask=%x: not sorted", n, mask)
			}
		}
	}
}

// BenchmarkSortShingles compares the radix sort with slices.Sort on a
// ~450-word article's shingle hashes.
func BenchmarkSortShingles(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{32, 64, 450} {
		src := make([]uint32, n)
		for i := range src {
			src[i] = r.Uint32()
		}
		a := make([]uint32, len(src))
		b.Run(fmt.Sprintf("radix/%d", n), func(b *testing.B) {
			scratch := make([]uint32, n)
			for b.Loop() {
				copy(a, src)
				radixUint32(a, scratch)
			}
		})
		b.Run(fmt.Sprintf("slices.Sort/%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(a, src)
				slices.Sort(a)
			}
		})
	}
}

// The bucket table returns each key's previous head, across growth.
func TestBucketTable(t *testing.T) {
	bt := newBucketTable(0)
	want := map[uint32]int32{}
	r := rand.New(rand.NewPCG(3, 4))
	for doc := int32(0); doc < 20000; doc++ {
		k := r.Uint32() % 5000
		if doc%7 == 0 {
			k = 0 // key 0 is a key like any other
		}
		prev, ok := bt.swap(k, doc)
		w, wok := want[k]
		if ok != wok || ok && prev != w {
			t.Fatalf("doc %d key %d: got %d,%v want %d,%v", doc, k, prev, ok, w, wok)
		}
		want[k] = doc
	}
}
