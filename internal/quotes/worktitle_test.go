package quotes

import "testing"

// TestWorkTitle: words in quotation marks after a noun of a work ("le
// film « ... »", "das Buch „...“") are a title, no quotation (rule
// workTitle); a quote after a speech verb stays one.
// Invented sentences.
func TestWorkTitle(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"fr", "« Nous restons ouverts au dialogue », a assuré la maire Sophie Garnier. Le film « La Ville en marche » sera projeté jeudi.",
			[]spoken{{"Nous restons ouverts au dialogue", "Sophie Garnier", "la maire Sophie Garnier"}}},
		{"de", "„Wir lesen viel“, sagte Bürgermeisterin Ida Brandt. Das Buch „Die lange Reise nach Süden“ steht auf der Liste.",
			[]spoken{{"Wir lesen viel", "Ida Brandt", "Bürgermeisterin Ida Brandt"}}},
		{"es", "La banda tocó la canción «Vuelve pronto a casa» al final del concierto.", nil},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
