package quotes

import (
	"runtime"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// maxLangAllocPerByte bounds the bytes ExtractDoc allocates per byte of a
// German text of many quotations in one sentence (no full stop), the
// shape on which leadSpeaker scanned back from every quotation to the
// sentence start: 64 KB allocated about 1,000 bytes per byte then, 4x per
// doubling; about 40 now (go test ./internal/quotes -run
// TestLangLeadLinear -v logs it).
const maxLangAllocPerByte = 120

// TestLangLeadLinear is the regression test for leadSpeaker's backward
// scan (quadratic on many quotations in one long sentence): allocation per
// input byte, which is deterministic, stays bounded and does not grow with
// the text.
func TestLangLeadLinear(t *testing.T) {
	checkLangLinear(t, "\u201cWir stimmen ab\u201d und Velmar \" Plan \" ", "de", true)
}

// checkLangLinear fails t when ExtractDoc, over unit repeated 400 and
// 1,600 times as one text in lang, allocates more than
// maxLangAllocPerByte per input byte at the larger size, or an amount
// per byte growing with the text. quotes asks for quotes at each size.
func checkLangLinear(t *testing.T, unit, lang string, quotes bool) {
	t.Helper()
	perByte := func(n int) uint64 {
		text := strings.Repeat(unit, n)
		d := people.AnalyzeLang(text, lang)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		qs := ExtractDoc(d, Options{})
		runtime.ReadMemStats(&m1)
		if quotes && len(qs) == 0 {
			t.Fatalf("n=%d: no quotes", n)
		}
		return (m1.TotalAlloc - m0.TotalAlloc) / uint64(len(text))
	}
	small, large := perByte(400), perByte(1600)
	t.Logf("allocated %d B/B at 400 repeats, %d B/B at 1600", small, large)
	if large > maxLangAllocPerByte {
		t.Errorf("%d bytes allocated per input byte, want <= %d", large, maxLangAllocPerByte)
	}
	if large > 2*small+maxLangAllocPerByte/4 {
		t.Errorf("allocation per byte grows with the text: %d at 4x the size, %d before", large, small)
	}
}
