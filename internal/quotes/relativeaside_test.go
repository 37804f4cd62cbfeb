package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestRelativeAside: a German subject with its relative clause before
// the verb ("Der Matrose, der Wache hatte, warnte den Hafenmeister.", a
// name and its relative clause too) is no reported speech, and the noun after the verb no speaker (rule
// relativeAside); a clause that goes on past the relative clause is
// still reported. Invented text.
func TestRelativeAside(t *testing.T) {
	for _, text := range []string{
		"Boot geborgen\n\nDer Matrose, der in der Nacht Wache hatte, warnte den Hafenmeister.",
		"Boot geborgen\n\nDie Ministerin, die am Montag in Kellmar war, kritisierte die Baufirma.",
		"Boot geborgen\n\nEine Anwohnerin, die den Rauch aus ihrem Garten sah, warnte die Nachbarn.",
		"Derby gewonnen\n\nJörg Wendlandt, der die Mannschaft seit 2019 betreut, sprach nach dem Spiel im Stadion.",
	} {
		if got := ExtractDoc(people.AnalyzeLang(text, "de"), Options{}); len(got) != 0 {
			t.Errorf("%q: got %+v, want no quote", text, got)
		}
	}
	text := "Boot geborgen\n\nDer Plan, der im März vorgestellt wurde, sei gescheitert, sagte der Hafenmeister."
	got := ExtractDoc(people.AnalyzeLang(text, "de"), Options{})
	if len(got) != 1 || got[0].Text != "Der Plan, der im März vorgestellt wurde, sei gescheitert" || got[0].SpeakerMention != "der Hafenmeister" {
		t.Errorf("%q: got %+v, want the clause before the attribution", text, got)
	}
}
