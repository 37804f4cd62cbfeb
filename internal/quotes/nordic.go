package quotes

import (
	"strings"
	"sync"

	"github.com/lede-news/lede/internal/lexicon"
)

// nordicSpeech holds the speech words of Swedish, Danish and Norwegian,
// whose people rules (names, titles, role nouns) package people has but
// whose speech verbs lexicon.SpeechIn does not: with them a text in one of
// these languages gets the rules of lang.go, above all rule commaDialogue
// for its dialogue lines ("– Det blir dyrt, säger Eva Lund."). Format as
// lexicon's speech_de.txt (one lemma and its forms a line; "=according",
// "=that", "=pronoun" with ":m"/":f"); two-word verbs are left out, as
// lexicon.Speech.VerbPair reads only its own lists.
var nordicSpeech = map[string]string{
	"sv": `säga säger sa sade sagt
berätta berättar berättade
förklara förklarar förklarade
konstatera konstaterar konstaterade
betona betonar betonade
understryka understryker underströk
tillägga tillägger tillade
skriva skriver skrev
svara svarar svarade
varna varnar varnade
hävda hävdar hävdade
menar menade
uppger uppgav
meddelar meddelade
fortsätter fortsatte
bekräftar bekräftade
framhåller framhöll
=according enligt
=that att
=pronoun han:m hon:f de`,
	"da": `sige siger sagde sagt
fortælle fortæller fortalte
forklare forklarer forklarede
understrege understreger understregede
tilføje tilføjer tilføjede
skrive skriver skrev
svare svarer svarede
advare advarer advarede
mener mente
vurderer vurderede
oplyser oplyste
=according ifølge
=that at
=pronoun han:m hun:f de`,
	"nb": `si sier sa sagt
fortelle forteller fortalte
forklare forklarer forklarte
understreke understreker understreket
skrive skriver skrev
svare svarer svarte
advare advarer advarte
mener mente
opplyser opplyste
=according ifølge
=that at
=pronoun han:m hun:f de`,
}

var (
	nordicOnce sync.Once
	nordicSets map[string]*lexicon.Speech
)

// speechIn is lexicon.SpeechIn with the Nordic lists of nordicSpeech
// ("no" and "nn" read as Bokmål, as package people reads them).
func speechIn(lang string) *lexicon.Speech {
	if sp := lexicon.SpeechIn(lang); sp != nil {
		return sp
	}
	nordicOnce.Do(func() {
		nordicSets = map[string]*lexicon.Speech{}
		for code, data := range nordicSpeech {
			nordicSets[code] = parseSpeech(data)
		}
		nordicSets["no"], nordicSets["nn"] = nordicSets["nb"], nordicSets["nb"]
	})
	return nordicSets[lang]
}

// parseSpeech reads a speech list in the format of nordicSpeech.
func parseSpeech(data string) *lexicon.Speech {
	s := &lexicon.Speech{Verbs: map[string]bool{}, According: map[string]bool{}, That: map[string]bool{}, Pronouns: map[string]byte{}, Study: map[string]bool{}, Subjunctive: map[string]bool{}}
	for line := range strings.SplitSeq(data, "\n") {
		dst := s.Verbs
		if kind, rest, ok := strings.Cut(line, " "); ok && strings.HasPrefix(kind, "=") {
			line = rest
			switch kind {
			case "=according":
				dst = s.According
			case "=that":
				dst = s.That
			case "=pronoun":
				for w := range strings.FieldsSeq(rest) {
					w, g, _ := strings.Cut(w, ":")
					s.Pronouns[w] = 0
					if g == "m" || g == "f" {
						s.Pronouns[w] = g[0]
					}
				}
				continue
			}
		}
		for w := range strings.FieldsSeq(line) {
			dst[w] = true
		}
	}
	return s
}
