package claims

import (
	"reflect"
	"testing"
)

// TestScratchReuse: the token, expression and clause-bound slices Extract
// reuses from one sentence to the next give what fresh ones give, though
// the sentence before was longer and its tokens marked (speech) or its
// bounds differ.
func TestScratchReuse(t *testing.T) {
	long := "Ministers said on Monday that 54% of 1,200 nurses, (a third of staff), blame \"the board\" while 6% said £3m was lost."
	for _, s := range []string{
		"It found 38% agreed.",
		"Some 4% of voters, the poll said; 7 in 10 disagreed",
		"",
		long,
	} {
		var sc scratch
		sc.toks = tokenizeInto(sc.toks, long, 0)
		markSpeech(sc.toks)
		sc.exprs = findExprsInto(sc.exprs, sc.toks)
		newClauseBoundsInto(&sc.bounds, sc.toks)

		toks := tokenizeInto(sc.toks, s, 5)
		if want := tokenize(s, 5); !reflect.DeepEqual(toks, want) && len(want) > 0 {
			t.Errorf("%q: reused tokens %v, want %v", s, toks, want)
		}
		if got, want := findExprsInto(sc.exprs, toks), findExprs(toks); len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("%q: reused expressions %v, want %v", s, got, want)
		}
		if got, want := newClauseBoundsInto(&sc.bounds, toks), *newClauseBounds(toks); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: reused bounds %v, want %v", s, got, want)
		}
	}
	ln := langNums["de"]
	dlong := "Laut Statistik stiegen die Preise um 3,5 % auf 1.234,5 Euro, sagte Weber."
	var buf []int32
	lt := ltokenizeInto(nil, dlong, 0, len(dlong), ln)
	newLangClauseBoundsInto(&buf, lt)
	for _, s := range []string{"Rund 40 Millionen.", dlong} {
		got := ltokenizeInto(lt, s, 0, len(s), ln)
		if want := ltokenize(s, 0, len(s), ln); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: reused language tokens %v, want %v", s, got, want)
		}
		if b, want := newLangClauseBoundsInto(&buf, got), newLangClauseBounds(got); !reflect.DeepEqual(b, want) {
			t.Errorf("%q: reused language bounds %v, want %v", s, b, want)
		}
	}
}

// TestClauseClass: a word has a list's bit in clauseClass exactly when
// the list holds it (rule clauseClassOnce).
func TestClauseClass(t *testing.T) {
	lists := clauseClassLists()
	for _, l := range lists {
		for w, v := range l.list {
			if v && clauseClass[w]&l.bit == 0 {
				t.Errorf("%q lacks bit %#x", w, l.bit)
			}
		}
	}
	for w, c := range clauseClass {
		for _, l := range lists {
			if c&l.bit != 0 && !l.list[w] {
				t.Errorf("%q has bit %#x but is not in its list", w, l.bit)
			}
		}
	}
}
