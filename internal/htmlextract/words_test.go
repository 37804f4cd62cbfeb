package htmlextract

import (
	"slices"
	"testing"
)

// wordOf returns the wordID of w, failing the test when words lacks it.
func wordOf(t *testing.T, w string) wordID {
	t.Helper()
	i := slices.Index(words, w)
	if i < 0 {
		t.Fatalf("%q is not in words", w)
	}
	return wordID(i)
}

// TestWords: every word stands once in words, and each id reads back as
// its word.
func TestWords(t *testing.T) {
	seen := map[string]bool{}
	for i, w := range words {
		if seen[w] {
			t.Errorf("%q stands twice in words", w)
		}
		seen[w] = true
		if got := wordID(i).String(); got != w {
			t.Errorf("wordID(%d).String() = %q, want %q", i, got, w)
		}
	}
	for tok, id := range classWords {
		if id.String() != "class:"+tok {
			t.Errorf("classWords[%q] = %q", tok, id)
		}
	}
	for r, id := range roleWords {
		if id.String() != "role:"+r {
			t.Errorf("roleWords[%q] = %q", r, id)
		}
	}
	for p, id := range propWords {
		if id.String() != "itemprop:"+p {
			t.Errorf("propWords[%q] = %q", p, id)
		}
	}
}
