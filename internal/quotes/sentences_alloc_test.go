package quotes

import (
	"runtime"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestSentenceBound checks sentenceBound against sentences: never below
// the count (the slice would grow), on texts with line breaks, runs of
// stops, abbreviations and quotations (invented).
func TestSentenceBound(t *testing.T) {
	for _, text := range []string{
		"",
		"One.",
		"Velm Orr said. ",
		"No stop at all",
		"\n\n \n\t\nA line.\n\nAnother one!\n",
		"Why?! Really... (Yes.) At 7 p.m. He left.",
		"\"We will sail.\" Orr said. \"Not today!\" he added.\n\"Why?\" asked Dunst.",
		"\u201cQuiet.\u201d \u201cLoud!\u201d \u201cDone?\u201d",
		strings.Repeat("Velm Orr said. ", 50),
		strings.Repeat(".", 40) + strings.Repeat("\n", 40) + strings.Repeat(". \n", 40),
	} {
		x := newExtractor(people.Analyze(text))
		if b := sentenceBound(text, len(x.segs)); b < len(x.sents) {
			t.Errorf("sentenceBound(%q) = %d, sentences made %d", text, b, len(x.sents))
		}
	}
}

// TestSentencesAlloc is the regression test for the regrown slice of
// sentences: on a text of many short sentences and no quotation, the
// slice is made once (the append growth took 16 allocations here). With
// -v it logs the bytes sentences allocates per byte of text, the figure
// sentences' comment gives.
func TestSentencesAlloc(t *testing.T) {
	text := strings.Repeat("Velm Orr said. ", 5000)
	x := newExtractor(people.Analyze(text))
	if n := testing.AllocsPerRun(3, func() { x.sentences() }); n > 1 {
		t.Errorf("sentences made %v allocations, want 1", n)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	x.sentences()
	runtime.ReadMemStats(&after)
	t.Logf("sentences: %.1f bytes allocated per byte of text (%d bytes)", float64(after.TotalAlloc-before.TotalAlloc)/float64(len(text)), len(text))
}
