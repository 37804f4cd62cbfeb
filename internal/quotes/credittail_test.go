package quotes

import (
	"math/rand"
	"strings"
	"testing"
)

// checkCreditTail fails when rule credit-tail turns away a paragraph
// pullQuoteCredit matches.
func checkCreditTail(t *testing.T, para string) {
	trimmed := strings.TrimRight(para, "\t\n\f\r ")
	if !creditTail(trimmed) && pullQuoteCredit.MatchString(para) {
		t.Fatalf("creditTail(%q) = false, but pullQuoteCredit matches", trimmed)
	}
}

// TestCreditTail pins rule credit-tail to pullQuoteCredit on credited pull
// quotes of every shape (name alone, with a role, apostrophes, hyphens,
// accents, trailing white space), on 50,000 random paragraphs made of
// their pieces, and on paragraphs it must turn away.
func TestCreditTail(t *testing.T) {
	pieces := []string{"We had no spare boat left at all.", "Why would anyone wait?", "Go now!", "“Keep going.”", "'Fine.'",
		" ", " ", "  ", "\n", "\t", ", ", ",", ".", "!", "?", "”", "’", "'", "-", "(", ")", ":",
		"Ivo", "Brandt", "Tidewater", "ferry", "pilot", "O’Neill", "D'Arcy", "Smith-Jones", "Zoë", "Émile", "ÅSA", "x", "3",
		"Ivo Brandt", "Ivo Brandt, Tidewater ferry pilot", "Ana Lund Berg, head of the port", ", chair", "\xff"}
	var paras []string
	for _, tail := range []string{"Ivo Brandt", "Ivo Brandt, Tidewater ferry pilot", "Zoë O’Neill-Hart", "Émile D'Arcy, chair of the board (retired)", "Ana Lund Berg, 2024"} {
		for _, end := range []string{"", " ", "\n", " \t\r\n\f"} {
			for _, open := range []string{"We had no spare boat left at all.", "Why would anyone wait that long?", "“Keep going, all of you.”", "It went on and on and on!'"} {
				paras = append(paras, open+" "+tail+end)
			}
		}
	}
	r := rand.New(rand.NewSource(5))
	for range 50000 {
		var b strings.Builder
		for range 2 + r.Intn(10) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		paras = append(paras, b.String())
	}
	matched := 0
	for _, p := range paras {
		if pullQuoteCredit.MatchString(p) {
			matched++
		}
		checkCreditTail(t, p)
	}
	if matched < 100 {
		t.Errorf("only %d paragraphs match the regexp: the test reads too few credits", matched)
	}
	for _, p := range []string{"He said: “We will win.”", "Will they come?", "It ended (again)", "“No,” she said, “never.”"} {
		if creditTail(strings.TrimRight(p, "\t\n\f\r ")) {
			t.Errorf("creditTail(%q) = true, want false", p)
		}
	}
}

// FuzzCreditTail: rule credit-tail turns away no paragraph pullQuoteCredit
// matches.
func FuzzCreditTail(f *testing.F) {
	for _, s := range []string{"We had no spare boat left at all. Ivo Brandt, Tidewater ferry pilot", "Why? Zoë O’Neill ", "He said: “We will win.”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCreditTail(t, s)
	})
}
