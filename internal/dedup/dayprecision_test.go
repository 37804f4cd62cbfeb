package dedup

import (
	"testing"
	"time"
)

// TestDayPrecisionSource: rule day-precision in package dedup itself (its
// stories test goes through stories.Build). A member dated only by the
// day stands for its day's last instant: the member stamped 09:12 that
// day is the group's source, whichever was added first; a day-only date
// of the day before still comes first.
func TestDayPrecisionSource(t *testing.T) {
	text := "Workers at the Grenby steel plant voted on Thursday to accept a new pay deal, ending a three-week strike that had halted production at the second-largest mill of the valley.\n\n" +
		"The deal gives the plant's 2,400 workers a rise of 5.5 percent this year and 4 percent next year, the union said.\n\n" +
		"\"This is a fair result after a hard fight,\" said union official Marta Kowal. The company said production would resume on Monday."
	stamped := Doc{ID: "wire", Text: text, Date: time.Date(2026, 3, 5, 9, 12, 0, 0, time.UTC)}
	for _, tc := range []struct {
		day  time.Time
		want string
	}{
		{time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), "wire"},
		{time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), "paper"},
	} {
		dayOnly := Doc{ID: "paper", Text: text, Date: tc.day, DayOnly: true}
		for _, docs := range [][2]Doc{{stamped, dayOnly}, {dayOnly, stamped}} {
			ix := NewIndex()
			for i, d := range docs {
				d.Seq = int64(i)
				ix.Add(d)
			}
			g, ok := ix.GroupOf("paper")
			if !ok || len(g.Members) != 2 || g.Source != tc.want {
				t.Errorf("paper dated %s, %s added first: group %+v, want source %s", tc.day.Format(time.DateOnly), docs[0].ID, g, tc.want)
			}
		}
	}
	if got := OrderTime(time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), true); got != time.Date(2026, 3, 5, 23, 59, 59, 999999999, time.UTC) {
		t.Errorf("OrderTime of a day: %v", got)
	}
}
