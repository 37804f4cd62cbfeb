package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPlayerChrome: rule player-chrome reads a video player's and a
// picture viewer's labels alone on their line; one-word labels that may
// head a section, and sentences holding the words, stay.
func TestPlayerChrome(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Skip Ad", model.RemovedOther, "player-chrome"},
		{"Video Ad Feedback", model.RemovedOther, "player-chrome"},
		{"Unmute", model.RemovedOther, "player-chrome"},
		{"Enlarge this image", model.RemovedOther, "player-chrome"},
		{"toggle caption", model.RemovedOther, "player-chrome"},
		{"Open image in gallery", model.RemovedOther, "player-chrome"},
		{"View image in fullscreen", model.RemovedOther, "player-chrome"},
		{"Loading video", model.RemovedOther, "player-chrome"},
		{"Enable JavaScript to watch this video", model.RemovedOther, "player-chrome"},
		{"Pause", "", ""},
		{"Settings", "", ""},
		{"Viewers could skip ad breaks on the harbour channel for a fee, the board said.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
