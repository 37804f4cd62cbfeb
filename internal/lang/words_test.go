package lang

import (
	"slices"
	"testing"
)

// TestFunctionWords: short texts the trigram detector gets wrong, or gives
// no answer for, are settled by their function words (rule function-words);
// short texts it gets right, and ones whose letters rule a language out,
// keep its answer.
func TestFunctionWords(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english quote under a one-word title", "Ferry\n\n\"This is a good day,\" said council leader Mira Osei.\n", "en"},
		{"english headline", "Tram tickets to rise by a third from spring", "en"},
		{"english question", "Is the old mill worth saving?", "en"},
		{"german headline", "Die Brücke ist wieder offen", "de"},
		{"german sentence", "Der Bürgermeister sagte, die Arbeiten würden im Mai beginnen.", "de"},
		{"spanish sentence", "El puente estará cerrado hasta el lunes, según el ayuntamiento.", "es"},
		{"french sentence", "Le maire a dit que le pont sera fermé jusqu'à lundi.", "fr"},
		{"portuguese sentence", "A ponte não vai abrir antes de maio, disse o prefeito.", "pt"},
		{"dutch sentence", "De brug is tot maandag dicht, zei de gemeente.", "nl"},
		// rule slovak-words: the detector knows no Slovak
		{"slovak the detector takes for italian", "V žilinskej škole chýbajú učitelia. Riaditeľ Peter Hudák povedal, že problém je vážny.", "sk"},
		{"slovak the detector is unsure of", "Lekári sa sťažujú na nízke mzdy. Odbory žiadajú vyššie platy a lepšie podmienky v nemocniciach.", "sk"},
		{"czech short", "Lékaři si stěžují na nízké mzdy. Odbory žádají vyšší platy a lepší podmínky v nemocnicích.", "cs"},
		// Norwegian's infinitive marker "å" (Danish writes "at") parts a
		// short item whose other words both languages write
		{"norwegian with infinitive marker", "Ras stenger veien på Helgeland. Politiet ber bilister om å være forsiktige og vente på nye meldinger.", "nb"},
		// rule catalan-vote: short Catalan items the detector takes for
		// French or answers nothing for; an Italian one sharing more words
		// with Catalan than with Italian, but none of Catalan's own, stays
		// Italian
		{"catalan the detector takes for french", "Els bombers van acudir diumenge a un edifici del centre de Manlleu. Ningú no va resultar ferit, segons la policia.", "ca"},
		{"catalan the detector is unsure of", "Tancat el pont de Balaguer per obres fins dilluns.", "ca"},
		// "hi" is an English greeting as well as a Catalan pronoun
		{"english greeting", "hi, i'm mara. i'm a 17-year-old high school senior.", "en"},
		{"italian sharing words with catalan", "La polizia ha arrestato un uomo a Pescara per furto.", "it"},
		// rule quote-frame: a short item opening with a quote in another
		// language is in the language of the words around the quote; a
		// quote in the report's own language counts for it
		{"english opening with a german quote", "\"Wir schaffen das nicht allein\", said the mayor of Lindau, Anna Vogt, on Tuesday.", "en"},
		{"german opening with an english quote", "\"We are not going to give up on this city, not now and not ever\", sagte die Bürgermeisterin am Montag.", "de"},
		{"english quoting french", "He said: \"Le projet est mort et la ville ne le relancera pas.\"", "en"},
		{"german quoting german", "Als „Eisen im Feuer“ bezeichnet Luc Moreau, Executive Director des Colour Institute", "de"},
		{"inches are no quotes", "The 27\" monitor costs $300 and the 32\" model is $450 at the store.", "en"},
		{"polish letters", "Most na rzece będzie zamknięty do poniedziałku.", "pl"},
		// Portuguese's "a", "o", "os" outnumber Polish's words, but "ó", "ł"
		// and "ż" are no Portuguese letters: no answer stays no answer.
		{"polish letters rule out portuguese", "Pokój dla 4 os. a o łóżku: 2 os.", ""},
	}
	checkDetect(t, tests)
}

func TestWordVote(t *testing.T) {
	// "the" counted once, "a" for English and the Romance languages, "isn"
	// and "t" for English alone.
	best, n, second, codeN := wordVote("The THE the bus isn't a tram", "fr")
	if best != "en" || n != 4 || second != 1 || codeN != 1 {
		t.Errorf("wordVote = %q %d %d %d, want en 4 1 1", best, n, second, codeN)
	}
	if best, n, _, _ := wordVote("Übermäßiglanggeschriebeneszusammengesetztesdeutscheswort und", ""); best != "de" || n != 1 {
		t.Errorf("a long word then und: %q %d", best, n)
	}
	if !foreignLetter("Łódź i okolice", "pt") || foreignLetter("São Paulo é a maior", "pt") {
		t.Error("foreignLetter")
	}
}

// BenchmarkDetectShort: Detect on a one-sentence text, where rule
// function-words votes (BenchmarkDetect's long text never does).
func BenchmarkDetectShort(b *testing.B) {
	text := "Ferry\n\n\"This is a good day,\" said council leader Mira Osei.\n"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Detect(text)
	}
}

// FuzzWordVote: any bytes, valid UTF-8 or not, give a consistent vote
// (the winner's count is the largest) and Detect keeps to the languages
// it knows.
func FuzzWordVote(f *testing.F) {
	for _, s := range []string{"The bus isn't late", "Die Brücke ist offen", "Pokój dla 4 os. a o łóżku", "\xff\xfe a o os", "ÉTÉ à la ville", ""} {
		f.Add(s, "pt")
	}
	f.Fuzz(func(t *testing.T, text, code string) {
		best, n, second, codeN := wordVote(text, code)
		if !slices.Contains(voteLangs, best) || n < second || n < codeN || second < 0 {
			t.Fatalf("wordVote(%q, %q) = %q %d %d %d", text, code, best, n, second, codeN)
		}
		if got := functionWords(text, code); got != code && !slices.Contains(voteLangs, got) {
			t.Fatalf("functionWords(%q, %q) = %q", text, code, got)
		}
	})
}

// TestOutsideQuotes: rule quote-frame drops the quoted spans; unbalanced
// marks (an inch, a quote cut off) give no frame.
func TestOutsideQuotes(t *testing.T) {
	tests := []struct {
		text, want string
		ok         bool
	}{
		{"He said: “Le projet est mort.” Then he left.", "He said:    Then he left.", true},
		{"The 27\" monitor costs $300 at the store.", "", false},
		{"No quotes at all.", "", false},
	}
	for _, tt := range tests {
		if got, ok := outsideQuotes(tt.text); got != tt.want || ok != tt.ok {
			t.Errorf("outsideQuotes(%q) = %q, %v, want %q, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}
