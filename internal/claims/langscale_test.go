package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// langClauseScan is langClause as it was before langClauseBounds: a scan
// from the expression to the nearest break on each side. It is the
// reference the precomputed bounds must agree with.
func langClauseScan(toks []ltok, e langExpr) (int, int) {
	cs := 0
	for k := e.i - 1; k >= 0; k-- {
		if langBreakAt(toks, k) {
			cs = k + 1
			break
		}
	}
	ce := len(toks)
	for k := e.j; k < len(toks); k++ {
		if langBreakAt(toks, k) {
			ce = k
			break
		}
	}
	for ce > cs+1 && !toks[ce-1].word && !toks[ce-1].num && toks[ce-1].text != "%" && toks[ce-1].text != "€" && toks[ce-1].text != "$" {
		ce--
	}
	for cs < e.i && !toks[cs].word && !toks[cs].num && toks[cs].text != "€" && toks[cs].text != "$" {
		cs++
	}
	if cs >= ce {
		return e.i, max(e.j, e.i+1)
	}
	return cs, ce
}

func TestLangClauseBoundsMatchScan(t *testing.T) {
	words := []string{"4", "5,5", "%", "Prozent", ",", ";", ":", "€", "$", "„", "“", "—", "(", ")", ".", "der", "Brunnhaus", "und", "'"}
	ln := langNums["de"]
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := r.IntN(30) + 1; k > 0; k-- {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		toks := ltokenize(text, 0, len(text), ln)
		bounds := newLangClauseBounds(toks)
		for i := 0; i < len(toks); i++ {
			for j := i + 1; j <= len(toks); j++ {
				e := langExpr{i: i, j: j}
				cs, ce := bounds.clause(e)
				ws, we := langClauseScan(toks, e)
				if cs != ws || ce != we {
					t.Fatalf("%q [%d,%d): clause (%d,%d), scan (%d,%d)", text, i, j, cs, ce, ws, we)
				}
			}
		}
	}
}

// TestManyNumbersLinearLang is TestManyNumbersLinear in each language of
// langNums: a "sentence" of 30k percentages and no comma took 5 s for its
// first 10 KB, quadratic (hours for the whole), when each figure looked
// for the sentence's source again (rule sourceRead) and scanned the
// sentence for its clause (langClauseBounds). The languages together must
// stay under scaleBound: 0.4 s for all of them now, 27 s with the clause
// scanned per figure (langClauseScan in bounds.clause's place), which
// stayed under the bound for each language alone (go test
// ./internal/claims -run 'TestManyNumbersLinearLang$' -v).
func TestManyNumbersLinearLang(t *testing.T) {
	text := strings.Repeat("4 % 5 % ", 15000)
	start := time.Now()
	for lang := range langNums {
		if cs := Extract(text, Options{Lang: lang}); len(cs) == 0 {
			t.Errorf("%s: no claims", lang)
		}
	}
	if d := time.Since(start); d > scaleBound {
		t.Errorf("30k percentages in %d languages took %v, over %v", len(langNums), d, scaleBound)
	}
}
