package lexicon

import (
	"sort"
	"testing"
)

func TestIsSpeechVerb(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"said", true}, {"Told", true}, {"tell", true}, {"according to", true},
		{"tweeted", true}, {"insisted", true}, {"pointed out", true}, {"wrote", true},
		{"marched", false}, {"doctors", false}, {"", false}, {"the", false},
	}
	for _, tt := range tests {
		if got := IsSpeechVerb(tt.w); got != tt.want {
			t.Errorf("IsSpeechVerb(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestSpeechVerbs(t *testing.T) {
	l := SpeechVerbs()
	if len(l) < 200 || !sort.StringsAreSorted(l) {
		t.Fatalf("SpeechVerbs: %d entries, sorted=%v", len(l), sort.StringsAreSorted(l))
	}
	l[0] = "mutated"
	if SpeechVerbs()[0] == "mutated" {
		t.Error("SpeechVerbs returns shared storage")
	}
}
