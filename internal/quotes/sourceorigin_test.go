package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestSourceOrigin: where a Polish source of "według" or "zdaniem" is
// from ("z Welmowa", "z PSW") is the source's, not the reported clause's
// (rule sourceOrigin). Invented text.
func TestSourceOrigin(t *testing.T) {
	const head = "Nowa szkoła\n\nEkonomistka Ewa Klimek i poseł Jan Welmak spotkali się z mieszkańcami.\n\n"
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"a town", head + "Według Ewy Klimek z Welmowa szkoła zostanie odbudowana do wiosny.", "szkoła zostanie odbudowana do wiosny", "Ewa Klimek"},
		{"a party", head + "Zdaniem Jana Welmaka z PSW rząd przekaże pieniądze na odbudowę.", "rząd przekaże pieniądze na odbudowę", "Jan Welmak"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractDoc(people.AnalyzeLang(c.text, "pl"), Options{})
			if len(got) != 1 || got[0].Text != c.quote || got[0].Speaker != c.speaker {
				t.Errorf("got %+v, want %q by %q", got, c.quote, c.speaker)
			}
		})
	}
}
