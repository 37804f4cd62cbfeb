package htmlextract

import (
	"math/bits"
	"unsafe"

	"golang.org/x/net/html"
)

// nodeIndex maps each scored element to the index of its record in
// extractor.nodes. It stands in for a map[*html.Node]int32, whose inserts,
// growth and lookups took a sixth of the extractor's own time on dense
// pages (pprof, TestDevTime on 430-560 KB pages of 10k+ elements): an
// open-addressing table with linear probing, hashed on the node's address
// (Go's heap does not move objects, and the tree keeps every key alive),
// kept across pages by the extractor pool and at most half full so that a
// miss (most lookups are for nodes without a record) ends after a probe
// or two.
type nodeIndex struct {
	keys  []*html.Node
	vals  []int32
	n     int  // keys in use
	shift uint // 64 - log2(len(keys))
}

// minNodeIndex is the table's first size: a typical article page has a
// few hundred to a few thousand elements.
const minNodeIndex = 2048

// slot is n's home slot. The 8 KB page of memory holding n (the span the
// parser's nodes are allocated from one after another) is hashed
// (Fibonacci hashing, whose top bits spread the pages over the table) to
// a run of spanSlots slots, and n's offset in the page picks its slot in
// the run: the nodes of one page, neighbours in the document, share a
// few cache lines of the table instead of one each. Every pass over the
// tree looks its nodes up in document order, and on a dense page (a table
// of 900k elements, an index of 2M slots) a miss per lookup was a fifth of
// the extraction (pprof). Only speed rests on how the allocator lays the
// nodes out: any slot in range is correct, since a lookup probes on from
// it to the key or an empty slot, and the table is never over half full.
func (t *nodeIndex) slot(n *html.Node) int {
	a := uint64(uintptr(unsafe.Pointer(n)))
	return int((a>>13*0x9E3779B97F4A7C15)>>t.shift+a>>nodeAlign&(spanSlots-1)) & (len(t.keys) - 1)
}

// spanSlots and nodeAlign: an 8 KB page holds 73 html.Node (104 bytes,
// size class 112); its offset in 32-byte steps (nodeAlign) gives each its
// own slot of 256 (spanSlots), so that a page's nodes never collide and
// fill under a third of their run. Runs of different pages may overlap
// and lengthen a probe sequence now and then (TestNodeIndexProbes, 100
// runs: at most 1.72 probes on average and 91 at most, as against 1.63 and
// 18 for Fibonacci hashing of the whole address); smaller runs (1 KB
// chunks, 32 slots: 1.63 and 31) shared fewer cache lines and cost the
// 300k-row table page 15% more CPU (5 alternating runs: 1.18-1.28 s
// against 1.02-1.24 s).
const (
	spanSlots = 256
	nodeAlign = 5
)

// put records n's index, replacing a previous one.
func (t *nodeIndex) put(n *html.Node, v int32) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	mask := len(t.keys) - 1
	for i := t.slot(n); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case nil:
			t.keys[i], t.vals[i] = n, v
			t.n++
			return
		case n:
			t.vals[i] = v
			return
		}
	}
}

// get returns n's index and whether it has one.
func (t *nodeIndex) get(n *html.Node) (int32, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := len(t.keys) - 1
	for i := t.slot(n); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case nil:
			return 0, false
		case n:
			return t.vals[i], true
		}
	}
}

// grow doubles the table (or makes the first one) and reinserts the keys.
func (t *nodeIndex) grow() {
	keys, vals := t.keys, t.vals
	t.alloc(max(minNodeIndex, 2*len(keys)))
	for i, k := range keys {
		if k != nil {
			t.put(k, vals[i])
		}
	}
}

// reserve makes the table ready for n keys without growing: an empty
// table is remade at the size n needs (a dense page of 900k elements grew
// it ten times, each growth rehashing every key already in).
func (t *nodeIndex) reserve(n int) {
	if t.n != 0 || 2*n <= len(t.keys) {
		return
	}
	t.alloc(max(minNodeIndex, 1<<bits.Len(uint(2*n-1))))
}

// alloc makes an empty table of size slots, a power of two.
func (t *nodeIndex) alloc(size int) {
	t.keys, t.vals = make([]*html.Node, size), make([]int32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	t.n = 0
}

// reset empties the table, keeping its size for the next page.
func (t *nodeIndex) reset() {
	if t.n > 0 {
		clear(t.keys)
		t.n = 0
	}
}
