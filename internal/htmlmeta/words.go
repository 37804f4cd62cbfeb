package htmlmeta

import "strings"

// wordSet finds whether any of its words occurs in a string. Class and id
// checks run on every element of every page, so instead of one
// strings.Contains per word it scans the string once and tries only the
// words whose first two bytes occur there (a bitset of byte pairs).
type wordSet struct {
	pairs [1 << 16 / 64]uint64
	// byFirst lists the words by first byte: a set has a few words per
	// byte, and indexing an array is cheaper than a map lookup per pair hit.
	byFirst [256][]string
	// single holds one-byte words, matched with strings.Contains.
	single []string
}

func newWordSet(words ...string) *wordSet {
	w := &wordSet{}
	for _, x := range words {
		if len(x) < 2 {
			w.single = append(w.single, x)
			continue
		}
		p := uint16(x[0])<<8 | uint16(x[1])
		w.pairs[p/64] |= 1 << (p % 64)
		w.byFirst[x[0]] = append(w.byFirst[x[0]], x)
	}
	return w
}

// in reports whether s contains one of the words.
func (w *wordSet) in(s string) bool {
	if w.index(s) >= 0 {
		return true
	}
	for _, x := range w.single {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// index returns where the first occurrence of any of the words (of two
// bytes or more) starts in s, or -1: the least strings.Index of the words.
func (w *wordSet) index(s string) int {
	for i := 0; i+1 < len(s); i++ {
		p := uint16(s[i])<<8 | uint16(s[i+1])
		if w.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		// Words sharing the first byte are told apart by the second
		// before any is compared whole (see setGroup.match).
		b1 := s[i+1]
		for _, x := range w.byFirst[s[i]] {
			if x[1] == b1 && strings.HasPrefix(s[i:], x) {
				return i
			}
		}
	}
	return -1
}

// inFolded reports whether s, folded to lower case, contains one of the
// words (lower-case ASCII): in on strings.ToLower(s) without building the
// folded copy. Bytes outside ASCII fold as strings.ToLower folds them only
// through the copy, so such a string takes that path, as does a set with
// one-byte words (the pair scan starts at words of two bytes).
func (w *wordSet) inFolded(s string) bool {
	if len(w.single) > 0 {
		return w.in(strings.ToLower(s)) // one-byte words: the plain path
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return w.in(strings.ToLower(s))
		}
	}
	for i := 0; i+1 < len(s); i++ {
		p := uint16(lowerASCII(s[i]))<<8 | uint16(lowerASCII(s[i+1]))
		if w.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		b1 := lowerASCII(s[i+1])
		for _, x := range w.byFirst[lowerASCII(s[i])] {
			if x[1] == b1 && len(s)-i >= len(x) && strings.EqualFold(s[i:i+len(x)], x) {
				return true
			}
		}
	}
	return false
}

// lowerASCII folds an ASCII capital to lower case.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// setGroup finds which of several word sets occur in a string in one pass:
// for each byte pair of the string, the words of all the sets that start
// there, each with its set's bit.
type setGroup struct {
	pairs   [1 << 16 / 64]uint64
	byFirst [256][]groupWord
	all     classSets
}

type groupWord struct {
	word string
	bit  classSets
}

// newSetGroup joins sets, each answering with its bit. The sets' words
// have two bytes or more (there is no one-byte word among them).
func newSetGroup(sets []*wordSet, bits []classSets) *setGroup {
	g := &setGroup{}
	for k, set := range sets {
		if len(set.single) > 0 {
			panic("htmlmeta: a set group takes no one-byte words")
		}
		g.all |= bits[k]
		for i := range set.pairs {
			g.pairs[i] |= set.pairs[i]
		}
		for b, words := range set.byFirst {
			for _, w := range words {
				g.byFirst[b] = append(g.byFirst[b], groupWord{w, bits[k]})
			}
		}
	}
	return g
}

// match returns the bits of the sets one of whose words s contains: the
// same as asking each set's in.
func (g *setGroup) match(s string) classSets {
	var cs classSets
	for i := 0; i+1 < len(s) && cs != g.all; i++ {
		p := uint16(s[i])<<8 | uint16(s[i+1])
		if g.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		// A pair of the bitset starts a word of some set, but the list
		// for the first byte holds a dozen words (p: post, posted,
		// publish, promo, photo, ...): the second byte, compared inline,
		// rules most out before HasPrefix is called: match on the class
		// texts a page has not met before was 7% of htmlmeta.Extract
		// (go test ./internal/htmlmeta -run '^$' -bench '^BenchmarkExtract$'
		// -cpuprofile cpu.out, November 2026).
		b1 := s[i+1]
		for _, w := range g.byFirst[s[i]] {
			if w.word[1] == b1 && cs&w.bit == 0 && strings.HasPrefix(s[i:], w.word) {
				cs |= w.bit
			}
		}
	}
	return cs
}
