package dedup

import (
	"strings"
	"testing"
	"time"
)

// TestCreditedSource: rule credited-source. Copies whose byline names the
// agency have the agency's own report as their source, though one copy is
// stamped the evening before (a wrong clock) and though the agency's
// report may carry no date; a credit an outlet gives itself, or no
// member published by the credited name, leaves the dates to decide.
func TestCreditedSource(t *testing.T) {
	text := "The ferry operator on the Lanmore strait said on Friday it would cut its winter timetable to four crossings a day, blaming fuel costs that had doubled since the spring.\n\n" +
		"\"We cannot run half-empty boats at these prices,\" said operations director Ines Vadik. The cuts start on the first of November.\n\n" +
		"Island councillors said the decision would leave commuters stranded and called on the regional government to step in with a subsidy."
	at := func(d, h int) time.Time { return time.Date(2026, 10, d, h, 0, 0, 0, time.UTC) }
	wire := Doc{ID: "wire", Text: text, Date: at(9, 8), Outlet: "Strait News Agency"}
	early := Doc{ID: "early", Text: text, Date: at(8, 20), Outlet: "Lanmore Echo", Credits: []string{"STRAIT NEWS AGENCY"}}
	late := Doc{ID: "late", Text: text, Date: at(9, 12), Outlet: "The Island Times", Credits: []string{"The Strait News Agency"}}
	undatedWire := wire
	undatedWire.Date = time.Time{}
	self := Doc{ID: "self", Text: text, Date: at(8, 20), Outlet: "Lanmore Echo", Credits: []string{"Lanmore Echo"}}
	plain := Doc{ID: "plain", Text: text, Date: at(9, 12), Outlet: "The Island Times"}
	for _, tc := range []struct {
		name string
		docs []Doc
		want string
	}{
		{"copy dated before the agency", []Doc{early, wire, late}, "wire"},
		{"added last", []Doc{late, early, wire}, "wire"},
		{"undated agency", []Doc{early, undatedWire, late}, "wire"},
		{"credit of its own outlet", []Doc{self, wire, plain}, "self"},
		{"agency not in the group", []Doc{late, early}, "early"},
		{"no credits", []Doc{plain, wire}, "wire"},
	} {
		ix := NewIndex()
		for i, d := range tc.docs {
			d.Seq = int64(i)
			ix.Add(d)
		}
		g, _ := ix.GroupOf(tc.docs[0].ID)
		if len(g.Members) != len(tc.docs) || g.Source != tc.want {
			t.Errorf("%s: group %+v, want source %s", tc.name, g, tc.want)
		}
	}
	for _, tc := range [][2]string{{"The Strait News Agency", "strait news agency"}, {"Strait News-Agency", "STRAIT NEWS AGENCY"}} {
		if creditKey(tc[0]) != creditKey(tc[1]) {
			t.Errorf("creditKey(%q) = %q, creditKey(%q) = %q: want equal", tc[0], creditKey(tc[0]), tc[1], creditKey(tc[1]))
		}
	}
}

// TestCreditedSourceBeforeCore: rule credited-source decides before rule
// core-source. Three undated members: the agency's report, added first,
// and two copies crediting it that both cut its last paragraph. Core-source
// alone would pick a copy (it shares as much and holds nothing of its own);
// the credit names the report, which was also first, and it stays the source.
func TestCreditedSourceBeforeCore(t *testing.T) {
	paras := []string{
		"The harbour board of Tessel Bay voted on Tuesday to close the old grain quay to lorries from March, citing cracks found in its pilings during a winter survey.",
		"\"The quay has carried more weight than it was ever built for,\" said board engineer Maro Lindqvist, who put the cost of the repairs at two million crowns.",
		"Hauliers said the closure would send forty lorries a day through the town centre and asked the board for a temporary ramp on the east side.",
		"The board meets again on the ninth of February, when it expects tenders for the repair work to be opened in public.",
	}
	text := func(n int) string { return strings.Join(paras[:n], "\n\n") }
	credit := []string{"Tessel Press Agency"}
	docs := []Doc{
		{ID: "wire", Text: text(4), Outlet: "Tessel Press Agency"},
		{ID: "echo", Text: text(3), Outlet: "Bay Echo", Credits: credit},
		{ID: "times", Text: text(3), Outlet: "Harbour Times", Credits: credit},
	}
	ix := NewIndex()
	for i, d := range docs {
		d.Seq = int64(i)
		ix.Add(d)
	}
	if g, _ := ix.GroupOf("wire"); len(g.Members) != 3 || g.Source != "wire" {
		t.Errorf("group %+v, want the credited report as source", g)
	}
}
