package textclean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// trailingPromptFull is trailingPrompt as first written, its search for
// the last sentence end through the whole line: the reference for the
// window it reads now.
func trailingPromptFull(line string) (body, tail string, ok bool) {
	k := -1
	for _, end := range []string{". ", "! ", "? "} {
		if j := strings.LastIndex(line, end); j > k {
			k = j
		}
	}
	if k < minPromptHost || len(line)-k-2 > maxTrailingPrompt {
		return "", "", false
	}
	tail = line[k+2:]
	if r, _ := utf8.DecodeRuneInString(tail); !unicode.IsUpper(r) || reportsSpeech(tail) || strings.ContainsAny(tail, "“”\"") {
		return "", "", false
	}
	_, rule, ok := trailingRules.Classify(tail)
	if !ok || rule == "cta-follow" && !namesPlatform(tail) {
		return "", "", false
	}
	return line[:k+1], tail, true
}

// TestTrailingPromptWindow: trailingPrompt answers as it did with the
// search through the whole line, on lines whose last sentence end stands
// at every distance from the end around the window's edge, and on random
// joins of story sentences and prompts.
func TestTrailingPromptWindow(t *testing.T) {
	host := "The council voted on Tuesday to close the harbour road for six weeks while engineers repair the sea wall"
	prompts := []string{"Sign up for our newsletter.", "Follow us on Twitter.", "Share this article", "Story continues below advertisement",
		"Subscribe today", "Read on for more tips."}
	var lines []string
	for _, end := range []string{". ", "! ", "? "} {
		for _, p := range prompts {
			for pad := 0; pad < 90; pad++ {
				lines = append(lines, host+end+strings.Repeat("x", pad)+" "+p, host+end+p+strings.Repeat(" y", pad/2))
			}
		}
	}
	pieces := append([]string{host + ".", "It rained.", "Why?", "Now!", "...", "a", "“We waited,” she said."}, prompts...)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		var b []string
		for range 1 + rng.IntN(8) {
			b = append(b, pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, strings.Join(b, " "))
	}
	cut := 0
	for _, line := range lines {
		body, tail, ok := trailingPrompt(line)
		wb, wt, wok := trailingPromptFull(line)
		if body != wb || tail != wt || ok != wok {
			t.Fatalf("trailingPrompt(%q) = %q + %q %v, through the whole line %q + %q %v", line, body, tail, ok, wb, wt, wok)
		}
		if ok {
			cut++
		}
	}
	if cut == 0 {
		t.Error("no line of the test has a prompt cut")
	}
}

// TestCreditGate: every credit marker holds what hasCreditGate looks for,
// so that a block it turns away holds none.
func TestCreditGate(t *testing.T) {
	for _, m := range creditMarkers {
		if !hasCreditGate(m) {
			t.Errorf("credit marker %q passes no gate of hasCreditGate", m)
		}
	}
}
