package claims

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// numberStartWords are the words of every list matchUnsignedAll reads, in
// three cases, and others that open no expression.
func numberStartWords() []string {
	var ws []string
	for _, m := range []map[string]bool{vagueScales, vagueDeterminers, qualifiers, months, numberStarts} {
		for w := range m {
			ws = append(ws, w)
		}
	}
	for _, m := range []map[string]float64{smallNumbers, scales, shortScales, fractions} {
		for w := range m {
			ws = append(ws, w)
		}
	}
	for _, m := range []map[string]string{currencySymbols, currencyWords, dollarPrefixes} {
		for w := range m {
			ws = append(ws, w)
		}
	}
	ws = append(ws, "of", "the", "and", "per", "cent", "pc", "percent", "people", "vast", "large", "second", "first",
		"no", "number", "page", "aged", "than", "more", "-", "−", ",", "%", "3", "1,200", "3.5", "2016", "26th", "9pm", "x", "’s", "O’Neill", "naïve")
	n := len(ws)
	for _, w := range ws[:n] {
		ws = append(ws, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	return ws
}

// checkNumberStarts compares matchUnsigned with matchUnsignedAll at every
// token of s, signed and not.
func checkNumberStarts(t *testing.T, s string) {
	toks := tokenize(s, 0)
	for i := range toks {
		for _, signed := range []bool{false, true} {
			e1, ok1 := matchUnsigned(toks, i, signed)
			e2, ok2 := matchUnsignedAll(toks, i, signed)
			if ok1 != ok2 || !reflect.DeepEqual(e1, e2) {
				t.Fatalf("%q at %d (%q): %v %+v, full reading %v %+v", s, i, toks[i].text, ok1, e1, ok2, e2)
			}
		}
	}
}

// TestNumberStarts pins rule number-start (matchUnsigned's look-up in
// numberStarts) to matchUnsignedAll on 30,000 random sentences of the
// words its lists hold, and on claimsDevCases' kind of prose.
func TestNumberStarts(t *testing.T) {
	ws := numberStartWords()
	r := rand.New(rand.NewSource(7))
	seps := []string{" ", " ", " ", "", "-", ", "}
	for range 30000 {
		checkNumberStarts(t, randomSentence(r, ws, seps, 2))
	}
	for _, s := range []string{
		"A third of voters and two-thirds of members backed it; twice as many as in 2016.",
		"Half a million people, tens of thousands of them doctors, and several dozen nurses.",
		"The majority of the public, a vast majority, and the majority back the ban.",
		"It cost £3m, $1.2 billion, US$5, C$98,390 and a hundred and twenty-five pounds.",
		"Inflation was −0.2%, -3.5 per cent; sales doubled, profits halved, fees tripled.",
		"In the second half of the year, one in eight five years ago, four dozen, a dozen.",
		"An hundred of them, an thousand people, a million pounds, an dozen, A dozen eggs.",
	} {
		checkNumberStarts(t, s)
	}
}

// FuzzNumberStarts: matchUnsigned agrees with matchUnsignedAll on any text.
func FuzzNumberStarts(f *testing.F) {
	for _, s := range []string{"a third of", "twice as many", "Half a million", "tens of thousands of", "£3m", "-3.5 per cent", "twenty-five"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNumberStarts(t, s)
	})
}

// checkMayHoldExpr fails when rule no-figure-sentence (mayHoldExpr) turns
// away a sentence in whose tokens findExprs finds an expression.
func checkMayHoldExpr(t *testing.T, s string) {
	if !mayHoldExpr(s) && len(findExprs(tokenize(s, 0))) > 0 {
		t.Fatalf("mayHoldExpr(%q) = false, but findExprs finds %+v", s, findExprs(tokenize(s, 0)))
	}
}

// TestMayHoldExpr pins rule no-figure-sentence to findExprs: on every
// word of the lists in three cases, alone and in sentences; on 30,000
// random sentences of those words, with glue that joins or splits tokens
// (apostrophes, hyphens, non-ASCII letters and digits, and "K" (U+212A),
// "İ" (U+0130), which lower-case to ASCII); and on sentences it must let
// through and turn away.
func TestMayHoldExpr(t *testing.T) {
	ws := numberStartWords()
	ws = append(ws, "la\u212ah", "a la\u212ah", "A LA\u212aH", "\u212aILLED", "İ", "١٢", "٣", "é", "’", "'", "o'clock", "one’s", "x1", "a\u00a0third\u00a0of")
	for _, w := range ws {
		checkMayHoldExpr(t, w)
		checkMayHoldExpr(t, "The "+w+" of them.")
	}
	r := rand.New(rand.NewSource(11))
	seps := []string{" ", " ", " ", "", "-", ", ", "’", "'", "é", "\u00a0", "“"}
	for range 30000 {
		checkMayHoldExpr(t, randomSentence(r, ws, seps, 1))
	}
	for s, want := range map[string]bool{
		"The council met on Tuesday and said nothing new.": false,
		"“We’re not there yet,” she said.":                 false,
		"Someone, anyone, at all.":                         false,
		"It rose 3%.":                                      true,
		"A third of voters.":                               true,
		"Thousands of people marched.":                     true,
		"ONE in five.":                                     true,
		"It cost ١٢ dinars.":                               true,
		"The café shut.":                                   true,
	} {
		if got := mayHoldExpr(s); got != want {
			t.Errorf("mayHoldExpr(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzMayHoldExpr: rule no-figure-sentence turns away no sentence that
// holds an expression.
func FuzzMayHoldExpr(f *testing.F) {
	for _, s := range []string{"a third of", "Twice as many", "It rose 3%.", "la\u212ah", "nothing here", "one’s own"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMayHoldExpr(t, s)
	})
}

// randomSentence joins least to least+6 words of ws picked by r, with a
// separator of seps picked by r between each two.
func randomSentence(r *rand.Rand, ws, seps []string, least int) string {
	var b strings.Builder
	for k := range least + r.Intn(7) {
		if k > 0 {
			b.WriteString(seps[r.Intn(len(seps))])
		}
		b.WriteString(ws[r.Intn(len(ws))])
	}
	return b.String()
}
