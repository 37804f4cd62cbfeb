package dedup

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/segment"
)

// sentencesScan is Sentences as it was before endFinder: each kind of end
// looked for anew from every cut. TestSentencesMatchScan holds Sentences
// to it.
func sentencesScan(p string) []string {
	var out []string
	cjk := strings.ContainsAny(p, cjkSentencePunct)
	letters := segment.Has(p) && letterSentenceEnd.MatchString(p)
	for {
		cut := -1
		if loc := sentenceEnd.FindStringIndex(p); loc != nil {
			cut = loc[0] + 1
			for n := closingAt(p[cut:]); n > 0; n = closingAt(p[cut:]) {
				cut += n
			}
		}
		if cjk {
			if loc := cjkSentenceEnd.FindStringIndex(p); loc != nil && (cut < 0 || loc[1] < cut) {
				cut = loc[1]
			}
		}
		if letters {
			if loc := letterSentenceEnd.FindStringIndex(p); loc != nil && (cut < 0 || loc[0] < cut) {
				_, n := utf8.DecodeRuneInString(p[loc[0]:])
				cut = loc[0] + n
			}
		}
		if cut < 0 {
			break
		}
		if s := strings.TrimSpace(p[:cut]); s != "" {
			out = append(out, s)
		}
		p = p[cut:]
	}
	if s := strings.TrimSpace(p); s != "" {
		out = append(out, s)
	}
	return out
}

// TestSentencesMatchScan: Sentences cuts random paragraphs of Latin,
// Chinese, Thai, Lao and Khmer pieces, stops, quotes and spaces where the
// scan from every cut did.
func TestSentencesMatchScan(t *testing.T) {
	pieces := []string{"Zorvin", "klad", "A", "7", ".", "!", "?", " ", "  ", "\"", "”", "’", ")", "(", "“", "„", "«", "»", "\u00a0",
		"。", "！", "」", "）", "稍后", "かな", "ทดลอง", "ก", "ฯ", "ๆ", "ລາວ", "ໆ", "ខ្មែរ", "ៗ", "မြန်"}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for k := r.Intn(40); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		p := b.String()
		if got, want := Sentences(p), sentencesScan(p); !slices.Equal(got, want) {
			t.Fatalf("Sentences(%q) = %q, want %q", p, got, want)
		}
	}
}

// TestSentencesLinear: a paragraph of thousands of sentences ending one
// way and none another (Chinese full stops, Thai spaces) splits in linear
// time: with sentencesScan in Sentences' place each took 5-15 s
// (quadratic). sentencesLinearBudget leaves a wide margin for a busy
// machine.
func TestSentencesLinear(t *testing.T) {
	for _, p := range []string{
		strings.Repeat("稍后报道了该事。", 6000),
		strings.Repeat("ทดลองรายงาน เหตุการณ์ ", 3000),
		"ก ก " + strings.Repeat("Zorvin klad ved. ", 6000),
	} {
		start := time.Now()
		n := len(Sentences(p))
		if d := time.Since(start); d > sentencesLinearBudget {
			t.Errorf("Sentences of %d sentences (%.12q...) took %v, over %v", n, p, d, sentencesLinearBudget)
		}
	}
}

// sentencesLinearBudget: the three paragraphs of TestSentencesLinear take
// 20 ms together on the shared 2-core machine (go test ./internal/dedup
// -run SentencesLinear -v), and 5-15 s each with the scan from every cut.
const sentencesLinearBudget = time.Second
