package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// clauseNaive is clause as it was before clauseBounds: a scan from the
// expression to each end of the sentence. It is the reference the
// precomputed bounds must agree with.
func clauseNaive(toks []token, i, j int) (int, int) {
	cs := 0
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if t.kind == tSym && (isBreakSym(t.text) || spacedDash(toks, k)) || t.kind == tWord && (t.lower == "that" || clauseBreaks[t.lower] || findingVerbs[t.lower] || t.speech) {
			cs = k + 1
			break
		}
	}
	ce := len(toks)
	for k := j; k < len(toks); k++ {
		t := toks[k]
		if t.kind == tSym && (isBreakSym(t.text) || spacedDash(toks, k)) {
			ce = k
			break
		}
		if t.kind == tWord && (clauseBreaks[t.lower] || findingVerbs[t.lower] || t.lower == "that" && toks[k-1].lower == "and") {
			ce = k
			if t.lower == "that" {
				ce--
			}
			break
		}
	}
	for ce > j && toks[ce-1].kind == tSym && !strings.ContainsAny(toks[ce-1].text, "%)]") {
		ce--
	}
	for cs < i && (toks[cs].kind == tSym && currencySymbols[toks[cs].text] == "" || leadConjunctions[toks[cs].lower]) {
		cs++
	}
	if i-cs > maxLeadWords {
		cs = i
	}
	return cs, ce
}

func TestClauseBoundsMatchScan(t *testing.T) {
	words := []string{"5", "12%", "$", "£3m", "and", "that", "but", "said", "found", "people", "the", ",", ";", "(", ")", ".", "”", "—", "of", "percent"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := r.IntN(30) + 1; k > 0; k-- {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
		toks := tokenize(b.String(), 0)
		markSpeech(toks)
		bounds := newClauseBounds(toks)
		for i := 0; i < len(toks); i++ {
			for j := i + 1; j <= len(toks); j++ {
				cs, ce := bounds.clause(i, j)
				ws, we := clauseNaive(toks, i, j)
				if cs != ws || ce != we {
					t.Fatalf("%q [%d,%d): clause (%d,%d), scan (%d,%d)", b.String(), i, j, cs, ce, ws, we)
				}
			}
		}
	}
}

// scaleBound is how long the scale tests' giant inputs may take: they took
// 0.15 s each after the fixes (go test -v -run 'ManyNumbers|NumberWords',
// 2 shared cores), and the number words 23 s with maxNumberWordTokens
// lifted, so the bound leaves room for a loaded machine and still catches a
// quadratic scan coming back.
const scaleBound = 10 * time.Second

// TestManyNumbersLinear: a "sentence" of 60k percentages without a break
// took minutes when each number scanned the whole sentence for its clause.
// A word between the figures keeps them claims: side by side they are a
// grid (rule figureGrid).
func TestManyNumbersLinear(t *testing.T) {
	start := time.Now()
	cs := Extract(strings.Repeat("1% up 2% up 3% up ", 20000), Options{})
	if len(cs) == 0 {
		t.Fatal("no claims")
	}
	if d := time.Since(start); d > scaleBound {
		t.Errorf("60k percentages took %v", d)
	}
}

// TestNumberWordsBounded: the longest number in words still reads whole,
// and a run of 60k number words (read again from each word before
// maxNumberWordTokens) stays fast.
func TestNumberWordsBounded(t *testing.T) {
	toks := tokenize("nine hundred and ninety-nine thousand nine hundred and ninety-nine", 0)
	v, end, words, ok := parseNumber(toks, 0)
	if !ok || !words || v != 999999 || end != len(toks) {
		t.Fatalf("parseNumber = %v, %d of %d, %v, %v", v, end, len(toks), words, ok)
	}
	run := strings.Repeat("one two three ", 20000)
	if _, end, _, ok := parseNumber(tokenize(run, 0), 0); !ok || end > maxNumberWordTokens {
		t.Fatalf("parseNumber on a run of number words read %d tokens (ok %v), want at most %d", end, ok, maxNumberWordTokens)
	}
	start := time.Now()
	Extract("Start. "+run, Options{})
	if d := time.Since(start); d > scaleBound {
		t.Errorf("60k number words took %v", d)
	}
}
