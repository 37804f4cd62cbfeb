package analysis

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// linearShapes are dense texts of about size bytes that name people with
// roles and organisations: allocShapes' English paragraphs, and roles
// read without the organisation's name before them that completeRoles
// gives back ("Union chief" to "Orvel Union chief", "MP" to "Velm Party
// MP").
func linearShapes(size int) []struct{ name, lang, text string } {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		p, q, r, s := denseName(i), denseName(i+7), denseName(i+3), denseName(i+9)
		fmt.Fprintf(&b, "Speaking for the Orvel Union, Union chief %s %s said no. Orvel Union chief %s %s left. The Velm Party's MP %s %s spoke. Velm Party MP %s %s said so. ", p, q, p, q, r, s, r, s)
		if i%3 == 2 {
			b.WriteString("\n\n")
		}
	}
	return []struct{ name, lang, text string }{
		allocShapes(size)[0],
		{"en-roles", "en", b.String()},
	}
}

// maxCPUGrowth bounds how much more CPU Analyze may spend per input byte
// on a dense text of 800 KB than of 100 KB: 1 if linear. Before
// roleCompleter, completeRoles read the whole text once a person, role
// and organisation mention, and it was 2.31 and 5.12 (each fails,
// checked); now 1.01 and 0.96. Twice is loose enough for a loaded
// machine.
const maxCPUGrowth = 2.0

// linearAttempts is how many times TestAnalyzeLinear measures a shape
// before it fails it.
const linearAttempts = 3

// TestAnalyzeLinear bounds the growth of Analyze's CPU per byte from 100
// KB to 800 KB of each linearShape. Each size is timed three times in turn
// and the least CPU time taken, so other work on the machine weighs less.
func TestAnalyzeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 5.4 MB of text")
	}
	Analyze(&model.Article{Text: "“Yes,” said Velmar Dunst, 54, of Brell AG. 4% in 2020.", Language: "en"})
	small, large := linearShapes(100_000), linearShapes(800_000)
	for i := range small {
		perByte := func(text, lang string) float64 {
			best := time.Duration(1 << 62)
			for range 3 {
				c0 := cpuTime()
				Analyze(&model.Article{Text: text, Language: lang})
				best = min(best, cpuTime()-c0)
			}
			return float64(best) / float64(len(text))
		}
		// A quadratic path fails every attempt; a burst of other work on a
		// shared machine seldom spans linearAttempts of them.
		var s, l float64
		for range linearAttempts {
			s, l = perByte(small[i].text, small[i].lang), perByte(large[i].text, large[i].lang)
			if s == 0 || l/s <= maxCPUGrowth {
				break
			}
		}
		t.Logf("%-14s %5.0f ns/B at %d B, %5.0f ns/B at %d B: %.2f", small[i].name, s, len(small[i].text), l, len(large[i].text), l/s)
		if s > 0 && l/s > maxCPUGrowth {
			t.Errorf("%s: CPU per byte grew %.2f times from %d to %d bytes in each of %d attempts, want at most %.1f", small[i].name, l/s, len(small[i].text), len(large[i].text), linearAttempts, maxCPUGrowth)
		}
	}
}
