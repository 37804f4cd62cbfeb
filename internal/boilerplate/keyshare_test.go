package boilerplate

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestMeasureKeyFilterShare is a measuring tool, not a check: it logs what
// allKeys' comment says, the share of a paragraph's words the key filter
// turns away before the map, and asserts nothing (the share is a matter of
// speed, and any value is correct). It reads the JSON lines file
// LEDE_KEY_TEXTS names (records with a "text", as bench/peers writes
// another extractor's output) and splits each line of eight words or more
// as firstWordMask does; it skips without the file.
func TestMeasureKeyFilterShare(t *testing.T) {
	name := os.Getenv("LEDE_KEY_TEXTS")
	if name == "" {
		t.Skip("LEDE_KEY_TEXTS not set")
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	words, admitted := 0, 0
	for sc.Scan() {
		var c struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(c.Text, "\n") {
			if len(strings.Fields(line)) < 8 {
				continue
			}
			for w := range strings.SplitSeq(string(normalize(line, nil)), " ") {
				if w != "" && (isEndPunct(w[0]) || isEndPunct(w[len(w)-1])) {
					w = trimWordPunct(w)
				}
				if w == "" {
					continue
				}
				words++
				if allKeys.has(w) {
					admitted++
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d words, %d admitted by allKeys, %.1f%% turned away", words, admitted, 100*(1-float64(admitted)/float64(max(words, 1))))
}
