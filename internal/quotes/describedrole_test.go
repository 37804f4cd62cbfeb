package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestDescribedRole: a definite article and a role noun nobody holds
// ("dijo el entrenador") is the person whose name opened the sentence
// before, after an article and a role at most, and "o técnico" the coach
// named as "o treinador" (rule describedRole); a staff description after a minister
// ("afirmó la portavoz") is not the minister (rule otherRole's check),
// and a person named in a complement ("un sobrino de X") is no
// subject a description points back to. Invented text.
func TestDescribedRole(t *testing.T) {
	cases := []struct {
		name, lang, text, quote, speaker, mention string
	}{
		{"coach", "es", "Valdemora gana el derbi\n\nJorge Villena, que dirige el equipo desde 2019, habló tras el partido en el estadio municipal. \"Mostramos carácter en la segunda parte\", dijo el entrenador.", "Mostramos carácter en la segunda parte", "Jorge Villena", "el entrenador"},
		{"coach de", "de", "Kellmar gewinnt das Derby\n\nJörg Wendlandt betreut die Mannschaft seit 2019 und blieb nach dem Spiel lange auf dem Platz. „Wir haben Moral gezeigt“, sagte der Trainer.", "Wir haben Moral gezeigt", "Jörg Wendlandt", "der Trainer"},
		{"coach synonym", "pt", "Valmora vence o dérbi\n\nO treinador Jorge Vilela mostrou-se satisfeito depois do jogo. \"Mostrámos carácter na segunda parte\", disse o técnico.", "Mostrámos carácter na segunda parte", "Jorge Vilela", "o técnico"},
		{"other role", "es", "El puerto de Valdemora se amplía\n\nLa ministra Ana Velmora visitó el lunes las obras del puerto. \"La constructora incumplió tres plazos\", afirmó la portavoz.", "La constructora incumplió tres plazos", "", "la portavoz"},
		{"complement", "es", "Exposición en Valdemora\n\nLa muestra reúne fotos del taller que heredó un sobrino de Jorge Villena. \"Es un archivo único\", dijo el alcalde.", "Es un archivo único", "", "el alcalde"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].Text != c.quote || got[0].Speaker != c.speaker || got[0].SpeakerMention != c.mention {
			t.Errorf("%s: got %+v, want speaker %q mentioned as %q", c.name, got, c.speaker, c.mention)
		}
	}
}
