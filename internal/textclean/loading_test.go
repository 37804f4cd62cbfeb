package textclean

import (
	"strings"
	"testing"
)

// TestLoadingPlaceholder: the line test of rule loading-placeholder.
func TestLoadingPlaceholder(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Loading chart...", true},
		{"Loading image…", true},
		{"Loading reader reviews...", true},
		{"Loading...", true},
		{"Laden...", true},
		{"Wird geladen …", true},
		{"Cargando...", true},
		{"Loading", false},                            // no ellipsis: a heading
		{"Loading the ferry at Port Quell...", false}, // past maxLoadingObjectWords
		{"Laden am Markt...", false},                  // German's label counts alone
		{"Unloading...", false},
		{"Ada Quell kept loading...", false},
	} {
		if got := loadingPlaceholder(c.line); got != c.want {
			t.Errorf("loadingPlaceholder(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestLoadingPlaceholderRule: the placeholders leave the story, its
// paragraphs stay.
func TestLoadingPlaceholderRule(t *testing.T) {
	const story = `The Orvania harbour board voted on Tuesday to close the old ferry pier for repairs through the winter.

Loading image...

Board chair Ada Quell said the timber piles had rotted faster than the engineers of the Harbour Gazette's survey had feared.

Loading paragraph...

Ferries will berth at the north quay until the spring, the board said.
`
	a, _ := Extract(story, Options{})
	if strings.Contains(a.Text, "Loading") {
		t.Errorf("placeholder kept:\n%s", a.Text)
	}
	for _, want := range []string{"old ferry pier", "timber piles", "north quay"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("story lost %q:\n%s", want, a.Text)
		}
	}
}
