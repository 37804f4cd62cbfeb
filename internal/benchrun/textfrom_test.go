package benchrun

import (
	"testing"

	"github.com/lede-news/lede/internal/score"
)

func TestTextPagesAndInputRun(t *testing.T) {
	cases := []score.ExtractCase{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	preds := map[string]score.ExtractPred{
		"a": {ID: "a", Text: "alpha text", Title: "Alpha", Author: []any{"Ada Marr", "Tom Vell"}, Date: "2024-01-02"},
		"c": {ID: "c", Text: "", Title: nil},
	}
	pages, missing := TextPages(cases, preds)
	if missing != 1 || string(pages[0].Data) != "alpha text" || pages[1].Data != nil || pages[1].LoadErr != nil {
		t.Errorf("TextPages: missing %d, pages %+v", missing, pages)
	}
	r := InputRun("x", cases, preds)
	want := []PredLine{{ID: "a", Text: "alpha text", Title: "Alpha", Author: "Ada Marr; Tom Vell", Date: "2024-01-02"}, {ID: "b"}, {ID: "c"}}
	for i, p := range r.Preds {
		if p != want[i] {
			t.Errorf("InputRun pred %d = %+v, want %+v", i, p, want[i])
		}
	}
}

func TestHalf(t *testing.T) {
	n := [2]int{}
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		h := Half(id)
		if h != Half(id) || h < 0 || h > 1 {
			t.Fatalf("Half(%q) = %d, unstable or out of range", id, h)
		}
		n[h]++
	}
	if n[0] == 0 || n[1] == 0 {
		t.Errorf("twelve ids all in one half: %v", n)
	}
	// The split is stable across runs and machines: FNV-1a's low bit,
	// pinned here (a seeded hash would move ids between runs).
	cases := []score.ExtractCase{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}, {ID: "e"}}
	sp := SplitHalves(cases)
	got := [2]string{}
	for h, half := range sp {
		for _, c := range half {
			got[h] += c.ID
		}
	}
	if got != [2]string{"ace", "bd"} {
		t.Errorf("SplitHalves = %q, want [ace bd] (FNV-1a low bit, order kept)", got)
	}
}
