package lang

import (
	"sync"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// scripts are whatlanggo's DetectScript counters, in their initial order.
// whatlanggo's Hiragana+Katakana table is unexported: its DetectScript
// returns it for a kana.
var scripts = [...]*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Devanagari, kanaTable,
	unicode.Ethiopic, unicode.Hebrew, unicode.Bengali, unicode.Georgian, unicode.Han,
	unicode.Hangul, unicode.Greek, unicode.Kannada, unicode.Tamil, unicode.Thai,
	unicode.Gujarati, unicode.Gurmukhi, unicode.Telugu, unicode.Malayalam, unicode.Oriya,
	unicode.Myanmar, unicode.Sinhala, unicode.Khmer,
}

var kanaTable = whatlanggo.DetectScript("あ")

const (
	scriptKana = 4
	scriptHan  = 9
	noScript   = -1
)

// scriptOf is the index in scripts of r's script, or noScript for a
// space, punctuation, a symbol, a digit (whatlanggo's stop characters) or a
// rune of none of the scripts. The scripts are Unicode's Script property,
// disjoint, so the order of whatlanggo's checks does not matter.
func scriptOf(r rune) int8 {
	if r < rune(len(lowScripts)) {
		return lowScripts[r]
	}
	return scriptOfRune(r)
}

func scriptOfRune(r rune) int8 {
	if unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r) {
		return noScript
	}
	for i, t := range scripts {
		if unicode.Is(t, r) {
			return int8(i)
		}
	}
	return noScript
}

// lowScripts is scriptOf of the runes of one- and two-byte UTF-8.
var lowScripts [0x800]int8

var lowScriptsOnce sync.Once

// detectScript is whatlanggo.DetectScript: the script of more than half of
// text's bytes as soon as one has that many runes, else the script of most
// runes, the first in whatlanggo's order of counters, which moves a script
// one step ahead each time a rune of it is seen (and Japanese when kana
// come before Han in that order and are then the most).
func detectScript(text string) *unicode.RangeTable {
	lowScriptsOnce.Do(func() {
		for r := range lowScripts {
			lowScripts[r] = scriptOfRune(rune(r))
		}
	})
	halfLen := len(text) / 2
	var counts, order, at [len(scripts)]int
	for i := range order {
		order[i], at[i] = i, i
	}
	for _, r := range text {
		s := scriptOf(r)
		if s == noScript {
			continue
		}
		counts[s]++
		if counts[s] > halfLen {
			return scripts[s]
		}
		if i := at[s]; i > 0 {
			prev := order[i-1]
			order[i-1], order[i] = int(s), prev
			at[s], at[prev] = i-1, i
		}
	}
	jpCount, most, mostScript := 0, 0, 0
	for _, s := range order {
		if counts[s] > most {
			most, mostScript = counts[s], s
			if s == scriptKana {
				jpCount = most
			}
		}
	}
	switch {
	case most == 0:
		return nil
	case mostScript == scriptHan && jpCount > 0:
		return kanaTable
	}
	return scripts[mostScript]
}
