package lang

import (
	"testing"

	"github.com/abadojack/whatlanggo"
)

// TestDanishNorwegian: Danish and Norwegian items the detector is unsure
// between are parted by their own spellings of common words (rule
// danish-norwegian).
func TestDanishNorwegian(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"danish the detector takes for norwegian", "Byrådet i Vordingborg vedtog tirsdag at bygge en ny skole i Nyråd. Borgmesteren sagde efter mødet, at skolen skal stå færdig i efteråret 2028, og at der bliver plads til over fire hundrede elever. Oppositionen mente, at projektet var for dyrt, men stemte alligevel for forslaget. Byggeriet begynder efter planen til foråret, og kommunen har allerede sendt opgaven i udbud.", "da"},
		{"danish the detector is unsure of", "Brand i boligblok i Næstved\n\nBrandvæsenet rykkede ud til en boligblok i centrum natten til søndag. Ingen personer kom til skade, oplyser politiet.", "da"},
		{"norwegian", "Kommunestyret i Steinkjer vedtok tirsdag å bygge en ny skole på Egge. Ordføreren sa etter møtet at skolen skal stå ferdig høsten 2028, og at det blir plass til over fire hundre elever. Opposisjonen mente prosjektet var for dyrt, men stemte likevel for forslaget. Byggingen starter etter planen til våren.", "nb"},
	}
	checkDetect(t, tests)
}

// TestDanishNorwegianSwedish: a Swedish text, which shares "sa" and
// "blir" with Norwegian, is left alone (rule danish-norwegian).
func TestDanishNorwegianSwedish(t *testing.T) {
	text := "Kommunalrådet sa att skolan blir klar hösten 2028 och att det blir plats för fyrahundra elever i Öjebyn."
	if got := danishNorwegian(text, whatlanggo.Nob, ""); got != "" {
		t.Errorf("danishNorwegian(%q) = %q, want \"\"", text, got)
	}
}
