package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// isDayWordCases: Portuguese weekdays are read whole with "-feira" (rule
// feiraWeekday); a word merely ending so is no day.
var isDayWordCases = []struct {
	w    string
	want bool
}{
	{"segunda-feira", true},
	{"terça-feira", true},
	{"sexta-feira", true},
	{"domingo", true},
	{"ontem", true},
	{"meia-feira", false},
	{"feira", false},
}

func TestIsDayWord(t *testing.T) {
	for _, c := range isDayWordCases {
		if got := isDayWord(c.w); got != c.want {
			t.Errorf("isDayWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestFeiraWeekday: "disse na segunda-feira que" reports the clause after
// "que" (rule feiraWeekday). Invented text.
func TestFeiraWeekday(t *testing.T) {
	text := "Porto de Valmora\n\nA ministra Ana Velmora disse na segunda-feira que o terminal abrirá na primavera."
	got := ExtractDoc(people.AnalyzeLang(text, "pt"), Options{})
	if len(got) != 1 || got[0].Text != "o terminal abrirá na primavera" || got[0].Speaker != "Ana Velmora" {
		t.Errorf("got %+v, want the clause after que, by Ana Velmora", got)
	}
}
