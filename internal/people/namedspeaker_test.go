package people

import (
	"strings"
	"testing"
)

// TestNamedSpeaker covers the guards of Doc.NamedSpeaker (rule
// speakerPerson of the analysis): where a firm, a paper or a survey is
// named, a speaker is none of the people. Names invented.
func TestNamedSpeaker(t *testing.T) {
	tests := []struct {
		text, span string
		want       bool
	}{
		{"“The ferry is late again.” ― Carla Velling", "Carla Velling", true},
		{"As reported by Velmar Dispatch, the ferry is late.", "Velmar Dispatch", false},
		{"Velmar Dispatch reported that the ferry is late.", "Velmar Dispatch", false},
		{"According to the activist group Velmar Eye, the ferry is late.", "Velmar Eye", false},
		{"The town's paper, Velmar Courier, said the ferry is late.", "Velmar Courier", false},
		{"Readers sent a dispatch. Velmar Dispatch said the ferry is late.", "Velmar Dispatch", false},
		{"The quay was busy, said Carla Velling Harbour Trust.", "Carla Velling", false},
	}
	for _, tt := range tests {
		d := Analyze(tt.text)
		s := strings.Index(tt.text, tt.span)
		if got := d.NamedSpeaker(s, s+len(tt.span)); got != tt.want {
			t.Errorf("%q: NamedSpeaker(%q) = %v, want %v", tt.text, tt.span, got, tt.want)
		}
	}
}
