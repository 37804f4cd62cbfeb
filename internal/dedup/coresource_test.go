package dedup

import (
	"strings"
	"testing"
)

// TestCoreSource: rule core-source. Three undated members: an agency's
// report, a copy with a newsletter line added and one cut short. Added in
// any order, the report is the source; with two members (the report and
// the cut copy) ingestion order still decides.
func TestCoreSource(t *testing.T) {
	paras := []string{
		"The ferry operator on the Lanmore strait said on Friday it would cut its winter timetable to four crossings a day, blaming fuel costs that had doubled since the spring.",
		"\"We cannot run half-empty boats at these prices,\" said operations director Ines Vadik. The cuts start on the first of November.",
		"Island councillors said the decision would leave commuters stranded and called on the regional government to step in with a subsidy.",
		"The operator carried 1.2 million passengers last year, most of them between May and September, and employs 340 people at its two ports.",
	}
	wire := Doc{ID: "wire", Text: strings.Join(paras, "\n\n")}
	pitch := Doc{ID: "pitch", Text: "Get our morning briefing on the news of the islands by email.\n\n" + wire.Text}
	cut := Doc{ID: "cut", Text: strings.Join(paras[:3], "\n\n")}
	for _, order := range [][]Doc{{cut, pitch, wire}, {pitch, wire, cut}, {wire, cut, pitch}} {
		ix := NewIndex()
		for i, d := range order {
			d.Seq = int64(i)
			ix.Add(d)
		}
		if g, _ := ix.GroupOf("wire"); len(g.Members) != 3 || g.Source != "wire" {
			t.Errorf("added %s first: group %+v, want the report as source", order[0].ID, g)
		}
	}
	ix := NewIndex()
	ix.Add(Doc{ID: "cut", Text: cut.Text})
	ix.Add(Doc{ID: "wire", Text: wire.Text, Seq: 1})
	if g, _ := ix.GroupOf("wire"); g.Source != "cut" {
		t.Errorf("two members: group %+v, want the first added as source", g)
	}
}
