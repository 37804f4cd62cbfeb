package dedup

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestAddPreparedLargeCopyGroup: 1,000 copies of one story (a wire report
// carried by every outlet) form one group, each copy checked once against
// each of its latest maxCandidates predecessors, in bounded time. The
// candidates already checked were kept in a slice scanned at each
// candidate, which made this cubic (10 s for 1,000 copies, 73 s for 2,000;
// 0.6 s and 2 s with the mark array, less with the cap).
func TestAddPreparedLargeCopyGroup(t *testing.T) {
	const n = 1000
	base := strings.Repeat("The council of Port Alder approved the harbour budget on Monday after a long debate about the cost of repairs to the old sea wall. ", 3)
	ps := make([]Prepared, n)
	for i := range ps {
		ps[i] = Prepare(base + fmt.Sprintf(" Reporting by desk %d.", i))
	}
	ix := NewIndexSize(n)
	start := time.Now()
	var last []string
	for i := range ps {
		last = ix.AddPrepared(Doc{ID: fmt.Sprint(i), Seq: int64(i)}, ps[i])
	}
	if d := time.Since(start); d > 4*time.Second {
		t.Errorf("%d copies took %v", n, d)
	}
	want := 0
	for i := range n {
		want += min(i, maxCandidates)
	}
	if ix.Candidates != want || len(last) != maxCandidates {
		t.Errorf("%d candidates, the last copy matched %d; want %d and %d", ix.Candidates, len(last), want, maxCandidates)
	}
	if g, ok := ix.GroupOf("0"); !ok || len(g.Members) != n {
		t.Errorf("group of the first copy: %+v", g)
	}
}
