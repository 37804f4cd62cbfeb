package entities

import (
	"strings"
	"unicode/utf8"
)

// prefixLegalForms are the Russian company forms written before the
// company's name in quotation marks ("ООО «Велм Плюс»", "ПАО
// «Велмгаз»"): rule legalFormPrefix.
var prefixLegalForms = setOf(`ООО ОАО ЗАО ПАО АО НАО АНО`)

// suffixLegalForms are the company forms written after the name in
// Polish, Turkish and the Romance languages, as token sequences ("Velmo
// S.A.", "Velmo sp. z o.o.", "Velmo A.Ş.", "Velmo Ltd. Şti."): rule
// legalFormSuffix. Each is the words of the form as tokenize splits
// them.
var suffixLegalForms = [][]string{
	{"S.A."}, {"sp", "z", "o.o."}, {"Sp", "z", "o.o."}, {"A.Ş."}, {"Ltd", "Şti"},
}

// maxQuotedFirmWords bounds the name in quotation marks after a prefix
// form (rule legalFormPrefix).
const maxQuotedFirmWords = 6

// matchLegalForm is rules legalFormPrefix and legalFormSuffix: a
// company's legal form makes the words it is written with a company's
// name. Russian writes the form first and the name in quotation marks
// ("ООО «Велм Плюс»": the company is "Велм Плюс"; the form alone was
// read as an acronym's organisation "ООО"); Polish and Turkish write it
// after the name ("Velmo Energia S.A.", "Velmo Yapı A.Ş."), whose words
// no kind word ends. It returns the tokens taken from toks[i], 0 when
// none. lede extract --format json (/tmp/hD/w/run.sh), 2a3032d -> this,
// by md5 half of the file name: 2,045 go-trafilatura extract texts 1
// changed (0/1), right (a Spanish company with "S.A." found); 966 quotes
// texts unchanged; bench quotes ggt-dev and polnear-dev byte-identical.
func (f *finder) matchLegalForm(toks []token, i int) int {
	if n := f.legalFormPrefix(toks, i); n > 0 {
		return n
	}
	return f.legalFormSuffix(toks, i)
}

func (f *finder) legalFormPrefix(toks []token, i int) int {
	if !prefixLegalForms[toks[i].text] || i+1 >= len(toks) || !toks[i+1].cap {
		return 0
	}
	// Between the form and the name stands an opening quotation mark
	// alone.
	switch strings.TrimSpace(f.line[toks[i].end:toks[i+1].start]) {
	case "«", `"`, "„", "“":
	default:
		return 0
	}
	for j := i + 1; j < len(toks) && j <= i+maxQuotedFirmWords; j++ {
		if j > i+1 && !next(toks, j) && !strings.ContainsAny(f.line[toks[j-1].end:toks[j].start], "-–") {
			return 0
		}
		if c, _ := utf8.DecodeRuneInString(f.line[toks[j].end:]); c == '»' || c == '"' || c == '“' || c == '”' {
			name := f.line[toks[i+1].start:toks[j].end]
			f.add(classOrg, "company", "", name)
			return j + 1 - i
		}
	}
	return 0
}

func (f *finder) legalFormSuffix(toks []token, i int) int {
	s := i
	// A noun for a firm opening the sentence is no part of the name
	// ("Spółka Velmo Energia S.A. podała").
	if firmNounsEast[toks[i].text] && i+1 < len(toks) && next(toks, i+1) && toks[i+1].cap {
		s = i + 1
	}
	for j := s + 1; j < len(toks) && j-s <= maxFirmWords && next(toks, j); j++ {
		if n := legalFormAt(toks, j); n > 0 {
			f.add(classOrg, "company", "", f.line[toks[s].start:toks[j+n-1].end])
			return j + n - i
		}
		// "Velmo i Synowie sp. z o.o.", "Velm ve Ortakları A.Ş.": a
		// conjunction between capitalised words.
		if !toks[j].cap && !(firmConjunctions[toks[j].text] && j+1 < len(toks) && next(toks, j+1) && toks[j+1].cap) {
			return 0
		}
	}
	return 0
}

// firmNounsEast are the Polish and Turkish nouns for a company that
// open a sentence before its name (rule legalFormSuffix).
var firmNounsEast = setOf(`Spółka Firma Koncern Şirket Şirketi`)

// firmConjunctions join the capitalised words of a firm's name before
// its legal form ("i", "ve").
var firmConjunctions = setOf(`i ve`)

// maxFirmWords bounds the name before a suffix legal form (rule
// legalFormSuffix).
const maxFirmWords = 5

// legalFormAt is the length in tokens of the suffix legal form that
// starts at toks[j], 0 when none. The form's own full stops part its
// tokens ("sp. z o.o."), so no spacing is asked of them.
func legalFormAt(toks []token, j int) int {
	for _, form := range suffixLegalForms {
		if j+len(form) > len(toks) {
			continue
		}
		ok := true
		for k, w := range form {
			ok = ok && toks[j+k].text == w
		}
		if ok {
			return len(form)
		}
	}
	return 0
}

// apostropheCases is rule apostropheCase: Turkish writes a proper name's
// case ending after an apostrophe ("Velmabad'da", "Velmabad'daki",
// "Ankara'ya"), so the word is the name before it, and the name ends
// there, as an English possessive ends one. Before, the whole word was
// looked up and no place or organisation was found. Its dotted capital
// "İ" is looked up as "I" ("İzmir" is the word lists' "Izmir"). lede
// extract --format json (/tmp/hD/w/run.sh), d4b2176 -> this: the 2,045
// go-trafilatura texts and the 966 quotes texts unchanged (none is
// Turkish); bench quotes byte-identical.
func apostropheCases(toks []token) {
	for i := range toks {
		t := &toks[i]
		if k := strings.IndexAny(t.text, "'’"); k > 0 && t.cap {
			t.text = t.text[:k]
			t.key = normKey(t.text)
			t.possessive = true
		}
		if strings.HasPrefix(t.key, "İ") {
			t.key = "I" + t.key[len("İ"):]
		}
	}
}

// turkishLocatives are the Turkish locative endings written after a
// name's apostrophe ("Hatay'da", "Kırıkhan'da", "Davos'ta",
// "Velmabad'de"), and with "-ki" ("Hatay'daki"), where something is.
var turkishLocatives = setOf(`da de ta te daki deki taki teki`)

// matchTurkishLocative is rule turkishLocative: in Turkish a capitalised
// name in the locative, one word ("Hatay'da deprem", "Kırıkhan'da"), is
// a place: people are seldom where something is, they say things
// ("Velmoğlu'ndan", the ablative, is left). Not an acronym ("AFAD'da",
// an agency), a person's word, a known given name, nor the last word of
// a longer name ("Süper Lig'de"; a sentence's first word the text also
// writes in lower case is no name's: "Deprem Adıyaman'da hissedildi");
// names of the lists were read before.
func (f *finder) matchTurkishLocative(toks []token, i int) int {
	t := toks[i]
	// The acronym check reads the name before its ending: the token's
	// allCaps was taken on the word with its lower-case ending.
	if !f.caseApostrophe || !t.possessive || upperOnly(t.text) || f.people[t.key] {
		return 0
	}
	if p := i - 1; p >= 0 && next(toks, i) && toks[p].cap && (!toks[p].sentStart || !f.writesLower(toks[p].text)) {
		return 0
	}
	raw := f.raw(t)
	k := strings.IndexAny(raw, "'’")
	if k < 0 {
		return 0
	}
	_, sz := utf8.DecodeRuneInString(raw[k:])
	if !turkishLocatives[raw[k+sz:]] || f.firstName != nil && f.firstName(t.text) {
		return 0
	}
	f.add(classPlace, "", "", t.text)
	return 1
}

// writesLower reports whether the text also writes w in lower case
// (rules ampersandName, teamGuards, turkishLocative, polishClubCity):
// the text's lower-case words are read once, when first asked, or are
// lowerWords where the language has rules.
func (f *finder) writesLower(w string) bool {
	if f.anyLower == nil {
		f.anyLower = lowerWordsOf(f.text)
	}
	return f.anyLower[strings.ToLower(w)]
}
