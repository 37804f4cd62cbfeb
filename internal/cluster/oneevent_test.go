package cluster

import (
	"testing"

	"github.com/lede-news/lede/internal/stories/synth"
)

// TestClusterOneEvent: rule lone-words. A corpus of one event's coverage
// (a newsroom's first ingest of a story, or a set of a dozen outlets'
// reports of one event) is one story. Every word two reports share is in
// most documents there, so IDF ranks first the words no other report has;
// holding the vector's places, they split the coverage: each of these
// generated corpora, one event told by five outlets, came out in several
// stories without the rule.
func TestClusterOneEvent(t *testing.T) {
	split := 0
	for seed := uint64(1); seed <= 10; seed++ {
		docs, _ := synthDocs(synth.Options{Events: 1, Reports: 5, Paragraphs: 3, Seed: seed})
		l := Cluster(docs)
		for _, x := range l {
			if x != l[0] {
				split++
				break
			}
		}
	}
	if split > 0 {
		t.Errorf("%d of 10 generated corpora of one event's five reports split", split)
	}
}
