package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestSettingBeforeSpeaker: a press-conference setting between the
// speech verb and its speaker ("explicó en rueda de prensa el
// entrenador local, X") is passed over (rule settingBeforeSpeaker).
// Invented text.
func TestSettingBeforeSpeaker(t *testing.T) {
	cases := []struct{ lang, text, speaker string }{
		{"es", "El Valdemora cae ante el líder\n\nEl Valdemora perdió 0-2 ante el Atlético Serrano el sábado.\n\n«Hemos competido bien hasta la roja», explicó en rueda de prensa el entrenador local, Julián Ortega.", "Julián Ortega"},
		{"de", "Hollerbach verliert\n\nDer SV Hollerbach hat am Samstag 0:2 gegen den Tabellenführer verloren.\n\n„Wir haben bis zur roten Karte gut gespielt“, sagte auf der Pressekonferenz Trainer Julian Ortmann.", "Julian Ortmann"},
		{"fr", "Vernonville s'incline\n\nLe club de Vernonville a perdu 0-2 samedi contre le leader.\n\n« Nous avons bien joué jusqu’au carton rouge », a expliqué en conférence de presse l'entraîneur, Julien Ortais.", "Julien Ortais"},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].Speaker != c.speaker {
			t.Errorf("%s: got %+v, want speaker %q", c.lang, got, c.speaker)
		}
	}
}
