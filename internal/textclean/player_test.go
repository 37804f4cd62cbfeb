package textclean

import (
	"strings"
	"testing"
)

// playerPara is a paragraph of the story around the player's lines.
const playerPara = "\n\nThe harbour council voted on Tuesday to approve a reduced winter timetable for the island ferry.\n\n"

// TestPlayerCounter pins rule player-counter: a player's counter line and
// the speed beside it leave the body; a speed alone and a counter split
// over two lines stay.
func TestPlayerCounter(t *testing.T) {
	for _, c := range []struct {
		lines string
		kept  int
	}{
		{"00:00 / 03:12", 0},
		{"0:00/4:05\n\n1.5x", 0},
		{"1x\n\n1:02:10 / 1:15:00", 0},
		{"3x", 1},
		{"0:00\n\n/ 0:00", 2},
	} {
		a, _ := Extract("Ferry timetable cut for the winter"+playerPara+c.lines+playerPara, Options{})
		if got := len(a.Body) - 2; got != c.kept {
			t.Errorf("%q: %d lines kept, want %d", c.lines, got, c.kept)
		}
	}
}

// TestWatchDuration pins rule watch-duration: the length under a video
// teaser goes with the teaser; a time under a paragraph stays.
func TestWatchDuration(t *testing.T) {
	a, _ := Extract("Ferry timetable cut for the winter"+playerPara+"Watch: The ferry crosses in a storm\n\n02:45"+playerPara, Options{})
	if len(a.Body) != 2 {
		t.Errorf("teaser's length kept: %+v", a.Body)
	}
	a, _ = Extract("Ferry timetable cut for the winter"+playerPara+"02:45"+playerPara, Options{})
	if len(a.Body) != 3 {
		t.Errorf("time under a paragraph removed: %+v", a.Body)
	}
}

// TestListenButton: an article's listen button flattened into its label
// over its length goes (rule listen-button), in English, French and
// German; a "Listen" heading over the story's text stays. Fails with the
// rule switched off.
func TestListenButton(t *testing.T) {
	const story = "Quimby's mayor, Tom Hale, resigned on Tuesday after the city council rejected his budget for the third time.\n\nThe council will choose an interim mayor next week."
	for _, tc := range []struct {
		head string
		gone bool
	}{
		{"Listen\n4 min", true},
		{"Écouter\n3:45", true},
		{"Anhören\n12 Minuten", true},
		{"Listen\nThe band's third record opens with a song about the harbour.", false},
		// maxListenMinutes: a count of four figures is no article's length
		{"Listen\n1500 minutes", false},
	} {
		a, _ := Extract("Quimby mayor resigns\n\n"+tc.head+"\n\n"+story, Options{})
		label, _, _ := strings.Cut(tc.head, "\n")
		kept := strings.Contains(a.Text, label+"\n")
		if kept == tc.gone {
			t.Errorf("%q: label kept %v, want %v; text %q", tc.head, kept, !tc.gone, a.Text)
		}
	}
}
