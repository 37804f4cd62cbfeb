package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestSecondSpeakerIntro: an attribution between two quotations that
// names a second person and ends in a colon (`"A," Brack said, before
// Lambert cut in: "B."`) splits them: A is Brack's, B Lambert's (rule
// secondSpeakerIntro). Invented text.
func TestSecondSpeakerIntro(t *testing.T) {
	text := "Minister defends plan\n\nHealth Minister Priya Lambert defended the closures on Thursday. Her deputy, Owen Brack, spoke first.\n\n\"We listened to every single response,\" Brack said, before Lambert cut in: \"And we changed the plan because of them.\""
	got := ExtractDoc(people.AnalyzeLang(text, "en"), Options{})
	want := []struct{ text, speaker string }{
		{"We listened to every single response,", "Owen Brack"},
		{"And we changed the plan because of them.", "Priya Lambert"},
	}
	if len(got) != 3 {
		t.Fatalf("got %d quotes, want 3: %+v", len(got), got)
	}
	for i, w := range want {
		if q := got[i+1]; q.Text != w.text || q.Speaker != w.speaker {
			t.Errorf("quote %d: got %q by %q, want %q by %q", i+1, q.Text, q.Speaker, w.text, w.speaker)
		}
	}
}
