package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestSynonymRoleHolder: "o técnico" after "o treinador Rui Martelo" is
// the one coach, named by another noun for the post (rule
// synonymRoleHolder); with two coaches named it is no one. Invented text.
func TestSynonymRoleHolder(t *testing.T) {
	head := "Derrota do Vale Serrano\n\nO Vale Serrano perdeu por 0-2 no sábado frente ao líder.\n\n«Jogámos bem até ao cartão vermelho», afirmou em conferência de imprensa o treinador Rui Martelo."
	cases := []struct{ name, text, speaker string }{
		{"one coach", head + "\n\n«Agora temos de recomeçar», acrescentou o técnico.", "Rui Martelo"},
		{"two coaches", head + " O treinador visitante, Paulo Sardinha, elogiou a equipa.\n\n«Agora temos de recomeçar», acrescentou o técnico.", ""},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, "pt"), Options{})
		last := got[len(got)-1]
		if last.Text != "Agora temos de recomeçar" || last.Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.name, got, c.speaker)
		}
	}
}
