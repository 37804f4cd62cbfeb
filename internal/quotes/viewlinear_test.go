package quotes

import (
	"runtime"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestLangViewLinear: rules viewLead and coordSubject read a bounded run
// of tokens from the sentence start, not every token up to each
// quotation: on one long French sentence of unattributed quotations
// allocation per byte grew 4x per 4x of text (854 to 3,317 B/B) before.
func TestLangViewLinear(t *testing.T) {
	perByte := func(n int) uint64 {
		text := strings.Repeat("« Nous votons » et Velmar « Plan » y ", n)
		d := people.AnalyzeLang(text, "fr")
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		ExtractDoc(d, Options{})
		runtime.ReadMemStats(&m1)
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
