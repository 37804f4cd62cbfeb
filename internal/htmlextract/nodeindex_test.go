package htmlextract

import (
	"testing"

	"golang.org/x/net/html"
)

// TestNodeIndex checks the table against a map through growth, overwrites,
// misses and a reset, as the pool reuses it across pages.
func TestNodeIndex(t *testing.T) {
	var ix nodeIndex
	for _, size := range []int{0, 1, 10, minNodeIndex, 5 * minNodeIndex} {
		nodes := make([]*html.Node, size)
		want := map[*html.Node]int32{}
		for i := range nodes {
			nodes[i] = &html.Node{Type: html.ElementNode, Data: "div"}
			ix.put(nodes[i], int32(i))
			want[nodes[i]] = int32(i)
		}
		for i := 0; i < size; i += 3 { // overwrite every third
			ix.put(nodes[i], int32(-i))
			want[nodes[i]] = int32(-i)
		}
		for _, n := range nodes {
			if v, ok := ix.get(n); !ok || v != want[n] {
				t.Fatalf("size %d: get = %d, %v; want %d, true", size, v, ok, want[n])
			}
		}
		if v, ok := ix.get(&html.Node{}); ok {
			t.Fatalf("size %d: a node never put has index %d", size, v)
		}
		ix.reset()
		for _, n := range nodes {
			if _, ok := ix.get(n); ok {
				t.Fatalf("size %d: a node survives reset", size)
			}
		}
	}
}
