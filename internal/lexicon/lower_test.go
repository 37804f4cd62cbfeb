package lexicon

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLowerASCII pins model.IsLowerASCII to strings.ToLower leaving a word as it
// is (for each word it accepts) and IsSpeechVerb to the two look-ups it
// made before (for every form and random words of mixed case, non-ASCII
// and invalid bytes).
func TestLowerASCII(t *testing.T) {
	words := append(SpeechVerbs(), "", "Said", "SAID", "sAid", "dijo", "Déclaré", "déclaré", "said\xff", "İ", "K", "\u212a", "according to")
	for _, w := range SpeechVerbs() {
		words = append(words, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	alphabet := []string{"a", "s", "i", "d", "A", "S", "I", "D", "é", "É", "\u212a", "\xff", " ", "-", "'"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(8) {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		words = append(words, b.String())
	}
	speechOnce.Do(loadSpeech)
	for _, w := range words {
		if model.IsLowerASCII(w) && strings.ToLower(w) != w {
			t.Errorf("model.IsLowerASCII(%q) but ToLower gives %q", w, strings.ToLower(w))
		}
		_, a := speechSet[w]
		_, b := speechSet[strings.ToLower(w)]
		if got := IsSpeechVerb(w); got != (a || b) {
			t.Errorf("IsSpeechVerb(%q) = %v, want %v", w, got, a || b)
		}
	}
}
