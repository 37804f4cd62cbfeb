package textclean

import (
	"strings"
	"testing"
)

// TestAppealSubscribeObject: "subscribe to" is an appeal's ask only with
// the outlet as its object; a manual's "the widget will subscribe to
// fresh readings" is prose. Fails with rule appeal-subscribe-object off (plain
// "subscribe to" in appealWords).
func TestAppealSubscribeObject(t *testing.T) {
	lead := "Zorble widgets\n\nA zorble widget shows one value.\n\nIt redraws when the value changes.\n\nEach widget keeps its own state.\n\n"
	for _, tc := range []struct {
		tail string
		kept bool
	}{
		{"If we pick another value, our zorble widget drops the old feed and will subscribe to fresh zorble readings.", true},
		{"Liked this guide? Subscribe to our zorble letter for weekly tips.", false},
	} {
		a, err := Extract(lead+tc.tail, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(a.Text, tc.tail); got != tc.kept {
			t.Errorf("%.40q: kept %v, want %v", tc.tail, got, tc.kept)
		}
	}
}
