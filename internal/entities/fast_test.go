package entities

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestUpperOnly holds upperOnly to what it replaced, strings.ToUpper(w) == w.
func TestUpperOnly(t *testing.T) {
	for _, w := range []string{
		"", "VORLAND", "Vorland", "V.Q.", "AT&T", "ÉTRAVE", "Étrave", "ÖSTVAL",
		"ß", "ǅ", "Σ", "ς", "4", "X4z", "\xff", "AB\xffC", "ﬁ", "İ",
	} {
		if got, want := upperOnly(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("upperOnly(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzUpperOnly: upperOnly agrees with strings.ToUpper(w) == w on any input.
func FuzzUpperOnly(f *testing.F) {
	for _, s := range []string{"ABC", "Abc", "ÉÖ", "\xffA", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := upperOnly(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("upperOnly(%q) = %v, want %v", w, got, want)
		}
	})
}

// TestFinderTokenizeReuse: the finder's reused token slice gives each line
// the tokens a fresh tokenize gives it, whatever line came before (a
// longer one with possessives, elisions and capitals).
func TestFinderTokenizeReuse(t *testing.T) {
	f := &finder{}
	lines := []string{
		"The Quellmark Agency’s chief told l'Orvande (QA) that Brell&Co's U.S. arm grew.",
		"short line",
		// Dense: the slice the first line left is reused without a count.
		"a b c d e f g h i j k l",
		"",
		"Dravo Street",
		// Longer than any before: the slice grows (at least doubles).
		strings.Repeat("Orvel Tarn’s Q.V. of Brimm, ", 12),
		"4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4% 4%",
	}
	for _, line := range lines {
		got := f.tokenize(line)
		for i := range got {
			got[i].elided = 2 // as elidedName writes
		}
		got = f.tokenize(line)
		if diff := cmp.Diff(tokenize(line), got, cmp.AllowUnexported(token{}), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("f.tokenize(%q) (-fresh +reused):\n%s", line, diff)
		}
	}
}

// TestLongestAliasPrefixes: the prefix stop of longestAlias finds the
// same longest alias as trying every length up to maxWords, for every
// alias of names.txt of two words or more (in order, so every run tries
// the same ones), alone, between invented words and cut short.
func TestLongestAliasPrefixes(t *testing.T) {
	l := loadLexicon()
	f := &finder{lex: l}
	tried := 0
	for _, long := range slices.Sorted(maps.Keys(l.names)) {
		cut := strings.LastIndexByte(long, ' ')
		if cut < 0 {
			continue
		}
		tried++
		for _, text := range []string{long, long + " Trovel", "Trovel " + long, long[:cut] + " Zzyx"} {
			testLongestAlias(t, f, l, text)
		}
	}
	if tried == 0 {
		t.Fatal("names.txt has no alias of two words or more")
	}
}

// testLongestAlias compares longestAlias with naiveAlias at every word of
// text.
func testLongestAlias(t *testing.T, f *finder, l *lexicon, text string) {
	t.Helper()
	toks := tokenize(text)
	for i := range toks {
		got, gotN := f.longestAlias(toks, i)
		want, wantN := naiveAlias(l, toks, i)
		if gotN != wantN || got != want {
			t.Errorf("%q at %d: longestAlias %d words, every length %d", text, i, gotN, wantN)
		}
	}
}

// naiveAlias is longestAlias without the buffer and the prefix stop.
func naiveAlias(l *lexicon, toks []token, i int) (alias, int) {
	best, bestN := alias{}, 0
	key := ""
	for n := 1; n <= l.maxWords && i+n <= len(toks); n++ {
		if n > 1 {
			if !next(toks, i+n-1) {
				break
			}
			key += " "
		}
		key += toks[i+n-1].key
		if a, ok := l.names[key]; ok {
			best, bestN = a, n
		}
	}
	return best, bestN
}

// TestOrgInitials holds orgInitials to the initials of every tail joined
// and read again, the way mergeAcronyms first did it.
func TestOrgInitials(t *testing.T) {
	all := []*found{
		{class: classOrg, mentions: []string{"Velm Board of Quarry Trade", "Quarry Trade"}},
		{class: classPlace, mentions: []string{"Upper Tarn Vale"}},
		{class: classOrg, mentions: []string{"Tarn Vale", "Östra  Brimm Unit", "Brell"}},
		{class: classOrg, mentions: []string{"Board Quarry Trade", "\xff Kel Dorn"}},
	}
	want := map[string]*found{}
	for _, e := range all {
		if e.class != classOrg {
			continue
		}
		for _, m := range e.mentions {
			words := strings.Fields(m)
			for k := 0; k+1 < len(words); k++ {
				if in := initials(strings.Join(words[k:], " ")); len(in) >= 2 {
					if _, taken := want[in]; !taken || k == 0 {
						want[in] = e
					}
				}
			}
		}
	}
	got := orgInitials(all)
	if len(got) != len(want) {
		t.Errorf("orgInitials has %d keys, want %d: %v", len(got), len(want), got)
	}
	for k, e := range want {
		if got[k] != e {
			t.Errorf("orgInitials[%q] = %v, want %v", k, got[k], e)
		}
	}
}
