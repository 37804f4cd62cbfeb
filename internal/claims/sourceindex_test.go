package claims

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
)

// knownStartingAtScan and knownEndingAtScan are the lookups as they were
// before sourceIndex: every source compared at the token (mentionEnd was
// part of knownEndingAt). They are the reference the indexed lookups must
// agree with.
func knownStartingAtScan(text string, toks []token, k int, opts Options) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	best, bestLen := "", 0
	for _, s := range opts.Sources {
		if s.Mention == "" || len(s.Mention) <= bestLen {
			continue
		}
		start := toks[k].start
		if strings.HasPrefix(text[start:], s.Mention) && boundaryAfter(text, start+len(s.Mention)) {
			best, bestLen = s.Name, len(s.Mention)
		}
	}
	return best
}

func knownEndingAtScan(text string, toks []token, k int, opts Options) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	end, ok := mentionEnd(toks, k)
	if !ok {
		return ""
	}
	best, bestLen := "", 0
	for _, s := range opts.Sources {
		if s.Mention == "" || len(s.Mention) <= bestLen {
			continue
		}
		if strings.HasSuffix(text[:end], s.Mention) && boundaryBefore(text, end-len(s.Mention)) {
			best, bestLen = s.Name, len(s.Mention)
		}
	}
	return best
}

// TestSourceIndexAgreesWithScan draws texts and sources from one small
// vocabulary (mentions nest, repeat under two names, are empty, end in a
// possessive) and checks both lookups at every token against the scans.
func TestSourceIndexAgreesWithScan(t *testing.T) {
	vocab := []string{"Moss", "Ann", "Ann Moss", "Moss's", "Moss’s", "Ipsos", "Ipsos Mori", "Mori", "the", "said", "poll", "NHS", "NHS England", "England", "Mossy", "42%", ",", "."}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var ws []string
		for k := 1 + r.Intn(12); k > 0; k-- {
			ws = append(ws, vocab[r.Intn(len(vocab))])
		}
		text := strings.Join(ws, " ")
		var opts Options
		for k := r.Intn(6); k > 0; k-- {
			m := ""
			if r.Intn(8) > 0 {
				m = vocab[r.Intn(len(vocab))]
			}
			opts.Sources = append(opts.Sources, Source{Mention: m, Name: fmt.Sprintf("N%d", r.Intn(4))})
		}
		opts.index = newSourceIndex(opts.Sources)
		toks := tokenize(text, 0)
		for k := -1; k <= len(toks); k++ {
			if got, want := knownStartingAt(text, toks, k, opts), knownStartingAtScan(text, toks, k, opts); got != want {
				t.Fatalf("knownStartingAt(%q, token %d, %v) = %q, the scan gives %q", text, k, opts.Sources, got, want)
			}
			if got, want := knownEndingAt(text, toks, k, opts), knownEndingAtScan(text, toks, k, opts); got != want {
				t.Fatalf("knownEndingAt(%q, token %d, %v) = %q, the scan gives %q", text, k, opts.Sources, got, want)
			}
		}
	}
}

// TestExtractManySources: a text citing 4,000 bodies, each also a source,
// is read in bounded time (comparing every source at every speech verb,
// as the scans above do, took 0.29 s on this text; see sourceIndex).
func TestExtractManySources(t *testing.T) {
	var b strings.Builder
	var opts Options
	for i := range 4000 {
		org := fmt.Sprintf("North%d Statistics Office", i)
		fmt.Fprintf(&b, "According to the %s, %d%% of homes rose in value, Ann Moss%d said. ", org, i%90+1, i)
		opts.Sources = append(opts.Sources, Source{Mention: org, Name: org}, Source{Mention: fmt.Sprintf("Moss%d", i), Name: fmt.Sprintf("Ann Moss%d", i)})
	}
	start := time.Now()
	cs := Extract(b.String(), opts)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("%d bytes citing 4,000 sources took %v", b.Len(), d)
	}
	if len(cs) == 0 || cs[0].Source != "North0 Statistics Office" {
		t.Errorf("first claim %+v", cs[:min(1, len(cs))])
	}
}
