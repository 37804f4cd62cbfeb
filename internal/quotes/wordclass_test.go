package quotes

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/people"
)

// TestWordClass: a word has a list's bit in wordClass exactly when the
// list holds it (rule oneLookup).
func TestWordClass(t *testing.T) {
	lists := wordClassLists()
	for _, l := range lists {
		for w, v := range l.list {
			if v && wordClass[w]&l.bit == 0 {
				t.Errorf("%q lacks bit %#x", w, l.bit)
			}
		}
	}
	for w, c := range wordClass {
		for _, l := range lists {
			if c&l.bit != 0 && !l.list[w] {
				t.Errorf("%q has bit %#x but is not in its list", w, l.bit)
			}
		}
	}
}

// verbShortcutTexts are the package's and the analysis's test articles
// and, for every word of the lists and every speech verb, sentences that
// set it after the words isVerbAt's rules read around it.
func verbShortcutTexts(t *testing.T) []string {
	var texts []string
	for _, g := range []string{"testdata/*.txt", "../analysis/testdata/*.txt", "../analysis/testdata/e2e/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	words := lexicon.SpeechVerbs()
	for w := range wordClass {
		words = append(words, w)
	}
	sort.Strings(words)
	frames := []string{
		"%s that the ferry is late.", "They %s that the ferry is late.", "The crew %s on the plan.",
		"The %s that the ferry was late spread.", "A new %s that ran.", "Many %s the ferry is late.",
		"Some %s the ferry is late.", "He %s out about the ferry.", "She %s it clear that it was late.",
		"It was %s by the board.", "A group %s Velm ran ads.", "Officials %s guilty to it.",
		"No %s on the plan.", "The vain %s that it works.", "Harbour states %s.",
	}
	var b strings.Builder
	for _, w := range words {
		for _, f := range frames {
			b.WriteString(strings.Replace(f, "%s", w, 1))
			b.WriteString(" ")
		}
		b.WriteString("\n\n")
	}
	return append(texts, b.String())
}

// checkVerbShortcut: isVerbAt answers as its rules without rule
// oneLookup's shortcut, at every token of text, and noVerbToken skips
// no token that isVerbAt or channelRelative takes.
func checkVerbShortcut(t *testing.T, text string) {
	x := newExtractor(people.Analyze(text))
	for si := range x.sents {
		s := &x.sents[si]
		for k := s.t0; k < s.t1; k++ {
			tk := x.toks[k]
			slow := tk.Word && !(tk.Cap && k != s.t0) && x.isVerbRules(k, s, x.lower(k))
			if got := x.isVerbAt(k, s); got != slow {
				t.Fatalf("isVerbAt(%q) = %v, rules say %v, in %q", tk.Text, got, slow, text[x.toks[s.t0].Start:x.toks[s.t1-1].End])
			}
			if x.noVerbToken(k, s) && (slow || x.channelRelative(k, s).ok) {
				t.Fatalf("noVerbToken(%q) skips a verb, in %q", tk.Text, text[x.toks[s.t0].Start:x.toks[s.t1-1].End])
			}
		}
	}
}

// TestIsVerbAtShortcut pins rule oneLookup to the rules it skips.
func TestIsVerbAtShortcut(t *testing.T) {
	for _, text := range verbShortcutTexts(t) {
		checkVerbShortcut(t, text)
	}
}

func FuzzIsVerbAtShortcut(f *testing.F) {
	f.Add("Jones made no comment on the figures, and many say the vain hope that he spoke out about it was called off.")
	f.Add("The proposals were discussed; Some argue that the board, which notes it, pleaded guilty.")
	f.Fuzz(func(t *testing.T, text string) {
		checkVerbShortcut(t, text)
	})
}
