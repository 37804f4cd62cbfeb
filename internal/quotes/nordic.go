package quotes

import (
	"sync"

	"github.com/lede-news/lede/internal/lexicon"
)

// nordicSpeech holds the speech words of Swedish, Danish and Norwegian,
// whose people rules (names, titles, role nouns) package people has but
// whose speech verbs lexicon.SpeechIn does not: with them a text in one of
// these languages gets the rules of lang.go, above all rule commaDialogue
// for its dialogue lines ("– Det blir dyrt, säger Eva Lund."). Format as
// lexicon's speech_de.txt, read by lexicon.ParseSpeech. They stay here, not
// in lexicon, because package people reads lexicon.SpeechIn for these
// languages too, and its output with them is unmeasured.
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
	ownOnce sync.Once
	// ownSets are the parsed lists of nordicSpeech and eastSpeech, by
	// language code.
	ownSets map[string]*lexicon.Speech
)

// speechIn is lexicon.SpeechIn with the Nordic lists of nordicSpeech
// ("no" and "nn" read as Bokmål, as package people reads them) and the
// Russian, Polish and Turkish lists of east.go's eastSpeech, parsed once.
func speechIn(lang string) *lexicon.Speech {
	if sp := lexicon.SpeechIn(lang); sp != nil {
		return sp
	}
	ownOnce.Do(func() {
		ownSets = map[string]*lexicon.Speech{}
		for _, lists := range []map[string]string{nordicSpeech, eastSpeech} {
			for code, data := range lists {
				ownSets[code] = lexicon.ParseSpeech(data)
			}
		}
		ownSets["no"], ownSets["nn"] = ownSets["nb"], ownSets["nb"]
	})
	return ownSets[lang]
}
