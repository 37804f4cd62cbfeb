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

// TestAppealButtonI18n: rule appeal-button-i18n removes a German, French
// or Spanish appeal's button under it with the appeal; fails with the
// rule off (the button stays as the body's last paragraph).
func TestAppealButtonI18n(t *testing.T) {
	for _, tc := range []struct{ appeal, button string }{
		{"Unterstützen Sie unabhängigen Journalismus – schon ab 5 Euro im Monat.", "Jetzt unterstützen"},
		{"Soutenez le journalisme local indépendant.", "Soutenir la rédaction"},
		{"Apoya el periodismo local independiente.", "Colabora ahora"},
	} {
		text := "Ferry fares to rise in spring\n\nThe Tollmouth ferry company said on Tuesday that fares would rise by 4% from April.\n\n" +
			"Passenger groups called the rise unfair to island residents.\n\n" + tc.appeal + "\n\n" + tc.button + "\n"
		a, _ := Extract(text, Options{})
		if len(a.Body) != 2 {
			t.Errorf("%q: body %d blocks, want 2: %+v", tc.button, len(a.Body), a.Body)
		}
	}
}
