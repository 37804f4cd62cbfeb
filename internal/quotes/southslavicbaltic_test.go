package quotes

import "testing"

// TestSouthSlavicBalticSpeakers pins the end of rule
// southSlavicBalticTables (package people): with a table for Croatian,
// Serbian, Latvian and Lithuanian the Doc has its language, so the speech
// verbs of lexicon speech_hr/lv/lt find each quote's speaker, the full
// name; before, every speaker was empty. Texts and names invented.
func TestSouthSlavicBalticSpeakers(t *testing.T) {
	for _, tt := range []struct{ lang, text, speaker string }{
		{"hr", "„Radovi su završeni u roku”, rekla je gradonačelnica Ivana Velmić.", "Ivana Velmić"},
		{"sr", "„Радови су завршени на време”, рекла је Ивана Велмић.", "Ивана Велмић"},
		{"lv", "\"Darbi tika pabeigti laikā,\" sacīja Velmpils mērs Jānis Velmkalns.", "Jānis Velmkalns"},
		{"lt", "„Darbai buvo baigti laiku“, – sakė Velmiškio meras Jonas Velmaitis.", "Jonas Velmaitis"},
	} {
		checkOnlyQuote(t, tt.lang, tt.text, speakerOf, tt.speaker)
	}
}

// TestSubjectTailSouthSlavic pins hr/sr/bs in subjectTailLangs: the
// auxiliary "je" and an adverbial between the subject and its speech verb
// ("Petar Velmić je u ponedjeljak rekao: ...") are not the speaker's
// mention. Texts and names invented.
func TestSubjectTailSouthSlavic(t *testing.T) {
	for _, tt := range []struct{ lang, text, mention string }{
		{"hr", "Petar Velmić je rekao: „Most je siguran.”", "Petar Velmić"},
		{"hr", "Ivana Velmić je u ponedjeljak rekla: „Nastavljamo dalje.”", "Ivana Velmić"},
		{"sr", "Петар Велмић је рекао: „Мост је безбедан.”", "Петар Велмић"},
		{"bs", "Tarik Velmić je također kazao: „Most je siguran.”", "Tarik Velmić"},
	} {
		checkOnlyQuote(t, tt.lang, tt.text, mentionOf, tt.mention)
	}
}

// TestReversedGuillemetsSouthSlavic pins hr/sr/bs in
// reversedGuillemetLangs: Croatian, Serbian and Bosnian papers write
// quotations in »...« as Polish ones do; unpaired, the closing « before
// the comma opened a quotation running to the paragraph's end, with no
// speaker. Texts and names invented.
func TestReversedGuillemetsSouthSlavic(t *testing.T) {
	for _, tt := range []struct{ lang, text, quote, speaker string }{
		{"hr", "»Ovo je veliki dan za grad«, rekla je gradonačelnica Ivana Velmić.", "Ovo je veliki dan za grad", "Ivana Velmić"},
		{"sr", "»Ово је велики дан за град«, рекла је Ивана Велмић.", "Ово је велики дан за град", "Ивана Велмић"},
		{"bs", "»Most je siguran«, kazao je Tarik Velmić.", "Most je siguran", "Tarik Velmić"},
	} {
		checkOnlyQuote(t, tt.lang, tt.text, textOf, tt.quote)
		checkOnlyQuote(t, tt.lang, tt.text, speakerOf, tt.speaker)
	}
}

// TestSubjectTailBaltic pins lv and lt in subjectTailLangs: an adverb of
// time between the subject and its speech verb ("... Velmkalne otrdien
// sacīja, ka ...") is not the speaker's mention. Texts and names invented.
func TestSubjectTailBaltic(t *testing.T) {
	for _, tt := range []struct{ lang, text, mention string }{
		{"lv", "Slimnīcas vadītāja Inese Velmkalne otrdien sacīja, ka trūkst ārstu.", "Slimnīcas vadītāja Inese Velmkalne"},
		{"lt", "Ligoninės direktorė Asta Velmienė antradienį sakė, kad trūksta gydytojų.", "Ligoninės direktorė Asta Velmienė"},
	} {
		checkOnlyQuote(t, tt.lang, tt.text, mentionOf, tt.mention)
	}
}

// TestConfirmBaltic pins "apstiprināja" (speech_lv.txt) and "patvirtino"
// (speech_lt.txt): a spokesman who confirms something reports it, as
// Croatian's "potvrdio" already did. Texts and names invented.
func TestConfirmBaltic(t *testing.T) {
	for _, tt := range []struct{ lang, text, speaker string }{
		{"lv", "Policijas pārstāve Dace Velmkalne apstiprināja, ka neviens nav cietis.", "Dace Velmkalne"},
		{"lt", "Policijos atstovė Eglė Velmienė patvirtino, kad niekas nenukentėjo.", "Eglė Velmienė"},
	} {
		checkOnlyQuote(t, tt.lang, tt.text, speakerOf, tt.speaker)
	}
}
