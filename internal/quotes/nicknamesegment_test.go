package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestNicknameSegment: a capitalised word in quotation marks between a
// given name and a surname is a nickname, no partial quotation of the
// speaker a speech verb earlier in the sentence names (rule
// nicknameSegment); a quoted word elsewhere stays. Invented text.
func TestNicknameSegment(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{"nickname", "es", "Cierre del puerto de Valdemora\n\n\"Las obras no pueden esperar más\", explicaron a Radio Ribera los técnicos del consistorio mientras la alcaldesa recorría el muelle junto a Tomás \"Tomi\" de Varela, jefe de obras.", []string{"Las obras no pueden esperar más"}},
		{"word", "es", "Cierre del puerto de Valdemora\n\nEl ministro Julián Ortega dijo que la reforma era \"Urgente\" y pidió apoyo al Congreso.", []string{"Urgente"}},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		var texts []string
		for _, q := range got {
			texts = append(texts, q.Text)
		}
		if len(texts) != len(c.want) || (len(texts) > 0 && texts[len(texts)-1] != c.want[len(c.want)-1]) {
			t.Errorf("%s: got quotes %q, want %q", c.name, texts, c.want)
		}
	}
}
