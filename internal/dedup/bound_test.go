package dedup

import (
	"fmt"
	"strings"
	"testing"
)

// TestDiffManyLines: two texts of thousands of distinct lines (the shape
// the fuzzer hung on) stay fast, and equal lines still pair.
func TestDiffManyLines(t *testing.T) {
	var a, b strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&a, "line %d alpha beta\n", i)
		fmt.Fprintf(&b, "row %d gamma delta\n", i)
	}
	a.WriteString("The same closing line.\n")
	b.WriteString("The same closing line.\n")
	ch := Diff("a", a.String(), "b", b.String())
	if len(ch.Removed) != 5000 || len(ch.Added) != 5000 {
		t.Errorf("removed %d, added %d, want 5000 each", len(ch.Removed), len(ch.Added))
	}
}

// TestAlignEqualFirst: equal items pair in order before similar ones.
func TestAlignEqualFirst(t *testing.T) {
	pairs, onlyA, onlyB := align([]string{"x y", "a b", "a b", "c d e"}, []string{"a b", "c d f", "a b", "z"}, 0.3)
	want := [][2]int{{1, 0}, {3, 1}, {2, 2}}
	if fmt.Sprint(pairs) != fmt.Sprint(want) || fmt.Sprint(onlyA) != "[0]" || fmt.Sprint(onlyB) != "[3]" {
		t.Errorf("align = %v %v %v, want %v [0] [3]", pairs, onlyA, onlyB, want)
	}
}

// TestAddPreparedKeyCollision: two bands of one text whose keys fall in the
// same 32-bit bucket (keys are cut to 32 bits) do not make the article its
// own candidate.
func TestAddPreparedKeyCollision(t *testing.T) {
	p := Prepare(wire)
	p.keys[1] = p.keys[0]
	ix := NewIndex()
	if got := ix.AddPrepared(Doc{ID: "a", Seq: 1}, p); len(got) != 0 {
		t.Errorf("first article matched %v", got)
	}
	q := Prepare(wire)
	q.keys[1] = q.keys[0]
	if got := ix.AddPrepared(Doc{ID: "b", Seq: 2}, q); fmt.Sprint(got) != "[a]" {
		t.Errorf("copy matched %v, want [a]", got)
	}
}
