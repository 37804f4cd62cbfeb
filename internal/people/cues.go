package people

import (
	"sort"
	"strings"

	"github.com/lede-news/lede/internal/entities"
)

// cueWindow is how many tokens after a person's first full-name mention
// rule genderCueAfterName reads: an apposition ("Ana Ruiz, the first
// lady,") or the pronoun of the next clause fits in six; a longer window
// reaches the next person's words.
const cueWindow = 6

// genderCueNouns are nouns that say the gender of the name they stand in
// apposition to ("Ana Ruiz, the first lady", "Tom Abel, a spokesman"),
// besides the kinship nouns.
var genderCueNouns = map[string]byte{
	"lady": 'f', "woman": 'f', "chairwoman": 'f', "spokeswoman": 'f', "congresswoman": 'f',
	"businesswoman": 'f', "actress": 'f', "queen": 'f', "princess": 'f', "duchess": 'f',
	"man": 'm', "spokesman": 'm', "congressman": 'm', "businessman": 'm', "king": 'm',
	"prince": 'm', "duke": 'm',
}

// genderCuePronouns are the pronouns that say a gender.
var genderCuePronouns = map[string]byte{
	"she": 'f', "her": 'f', "herself": 'f', "he": 'm', "his": 'm', "him": 'm', "himself": 'm',
}

// cueGender is rule genderCueAfterName: the gender the words right after
// person pi's first full-name mention give them, or 0. "Ana Ruiz, the
// first lady," and "Ana Ruiz said she" make Ana Ruiz a woman even though
// "Ana" is on no first-name list, so that rule honorificGender keeps the
// article's many "Mr. Ruiz" away from her. A gendered noun in the window
// wins over a pronoun ("Ana Ruiz and his wife": the wife is someone else,
// but "his" is not Ana's either, so neither is read); the window stops at
// the sentence's end, at "whose" and at the next capitalised word (another
// name's pronouns follow it).
func (d *Doc) cueGender(pi int) byte {
	p := d.People[pi]
	if len(p.fullStarts) == 0 {
		return 0
	}
	toks := d.Tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= p.fullStarts[0] })
	for k < len(toks) && toks[k].Word && toks[k].Cap {
		k++
	}
	var pron, noun byte
	for n := 0; k < len(toks) && n < cueWindow; k, n = k+1, n+1 {
		t := toks[k]
		if !t.Word {
			if t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ";" {
				break
			}
			continue
		}
		if t.Cap && n > 0 {
			break
		}
		if g := LowerLookup(genderCuePronouns, t.Text); g != 0 && (k+1 >= len(toks) || kinshipOf(toks[k+1].Text) == 0) {
			if pron == 0 {
				pron = g
			}
			continue
		}
		if t.Text == "whose" {
			break
		}
		if g := LowerLookup(genderCueNouns, t.Text); g != 0 && noun == 0 {
			noun = g
		}
		if k > 0 && !strings.EqualFold(toks[k-1].Text, "his") && !strings.EqualFold(toks[k-1].Text, "her") {
			if g := kinshipOf(t.Text); g != 0 && noun == 0 {
				noun = g
			}
		}
	}
	if noun != 0 {
		return noun
	}
	return pron
}

// minGerundLen: verb forms that open a sentence before a name ("Praising",
// "Thanking", "Quoting") have seven letters or more; shorter words ending
// in "-ing" are names or nouns ("King", "Ewing", "Irving" with six).
const minGerundLen = 7

// gerundOpener is rule gerundOpener: a capitalised word ending in "-ing"
// that opens a sentence ("Thanking Dunmore's volunteers, Okafor said") is a
// verb form capitalised by its place, not a first name, unless the
// first-name lists know it. tok is the word, runStart the first token of
// its capitalised run (the word must open it). English only: other
// languages' verb forms end otherwise.
func (d *Doc) gerundOpener(tok, runStart int) bool {
	if d.lx != nil || tok != runStart {
		return false
	}
	t := d.Tokens[tok]
	w := t.Text
	if len(w) < minGerundLen || !strings.HasSuffix(w, "ing") || !d.opensSentence(t.Start) {
		return false
	}
	return firstNameGender[strings.ToLower(w)] == 0
}

// compassWords open a region's name before a place ("Western Australia",
// "Northern Ontario").
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "central", "upper", "lower", "greater", "northeast", "northwest", "southeast", "southwest")

// placeRun is rule placeName: an untitled capitalised run that is a place
// of the entities list ("Kuala Lumpur", "Cape Town") or a compass word
// before one ("Southern Ontario") names no person, even when a speech
// verb follows it ("in Kuala Lumpur said on Monday"). English only, as
// the list's names are written in English.
func (d *Doc) placeRun(i, j int) bool {
	if d.lx != nil || j-i < 2 {
		return false
	}
	name := d.span(i, j)
	if entities.IsPlace(name) {
		return true
	}
	return compassWords[d.lower(d.Tokens[i])] && entities.IsPlace(d.span(i+1, j))
}

// placesRun is rule placesRun: in a language other than English an
// untitled run of two or more words each a listed place (none a common
// word: entities.IsPlace) is places side by side, no person: "schlug
// Deutschland Frankreich mit 2:1" (the verb before its subject, rule
// nationalTeamResult of package entities). English reads a run as one
// place only (placeRun).
func (d *Doc) placesRun(i, j int) bool {
	if j-i < 2 {
		return false
	}
	for k := i; k < j; k++ {
		if !entities.IsPlace(Bare(d.Tokens[k].Text)) {
			return false
		}
	}
	return true
}

// maxCoordRole: the lower-case role words that may stand between "and"
// and the full name ("and first lady Orsina Velko", "and his wife Orsina
// Velko") number three at most.
const maxCoordRole = 3

// coordinatedNamesakes is rule coordinatedNamesake: a surname alone joined
// by "and" to a full name of the same surname ("President Velko and
// Orsina Velko, the first lady"; "Velko and his wife Orsina Velko") names
// someone else than that full name: two people of one family, the one
// the article calls by surname alone. It returns the surnames so found,
// each mapped to -1 (its person is made at its first mention). Without
// the rule, every later "Velko" and "Mr. Velko" went to the only person
// named in full, and with them every quotation.
func (d *Doc) coordinatedNamesakes(singles []nameRun) map[string]int {
	toks := d.Tokens
	var out map[string]int
	for _, r := range singles {
		w := d.lowerBare(toks[r.tokStart])
		k := r.tokEnd
		if k >= len(toks) || !strings.EqualFold(toks[k].Text, "and") {
			continue
		}
		k++
		for n := 0; n < maxCoordRole && k < len(toks) && toks[k].Word && !toks[k].Cap; n++ {
			k++
		}
		j := k
		for j < len(toks) && toks[j].Word && toks[j].Cap {
			j++
		}
		if j-k >= 2 && d.lowerBare(toks[j-1]) == w && !strings.EqualFold(Bare(toks[k].Text), Bare(toks[r.tokStart].Text)) {
			if out == nil {
				out = map[string]int{}
			}
			out[w] = -1
		}
	}
	return out
}

// wordFirstNames are given names that are also common English words
// ("Mark Velden" beside "mark the day"), which rule leadWordRun lets
// open a name; firstNameGender leaves some of them out for their gender
// or their places ("Rose", "Will", "Jack").
var wordFirstNames = set(strings.Fields(`mark will rose grace jack joy hope faith bill pat sue drew
	chase grant dean guy frank rich ray may june april august art bob rob don ken ted victor
	penny summer dawn eve carol holly iris ivy ruby jasmine amber crystal destiny chance page
	miles rod gene earl bud sunny sky river lance max sterling wade wolf`)...)

// leadWord is rule leadWordRun: a run whose first word the text also
// writes in lower case, and which no first-name list holds, opens with an
// ordinary word capitalised by its place ("Dieses Rezept", "Walking
// Tam", "Nach Velmora"): a run of two such words is no name, and a longer
// one is the name after it ("Deport Ada Marr" is Ada Marr). It holds in
// every language, as a given name is seldom a common word of the same
// text; German nouns are never written in lower case, so they do not
// trip it.
func (d *Doc) leadWord(i int) bool {
	if i < 0 || i >= len(d.Tokens) || !d.Tokens[i].Cap {
		return false
	}
	w := Bare(d.Tokens[i].Text)
	if LowerLookup(firstNameGender, w) != 0 || LowerLookup(wordFirstNames, w) || LowerLookup(particleWords, w) {
		return false
	}
	d.buildLowerWords()
	return LowerLookup(d.lowerWords, w)
}

// particleWords open surnames ("Van der Velde", "Von Arx"): written in
// lower case elsewhere as particles, they still open a name (rule
// leadWordRun). "De", "Di", "La" are left out: "De Vaara" alone is the
// surname of a "Tomas de Vaara" named in full, which a run rejected here
// resolves to, and "La Velmora" opens with an article.
var particleWords = set("van", "von", "ten", "ter", "zu")

// buildLowerWords fills d.lowerWords, the words the text writes in lower
// case, on first use.
func (d *Doc) buildLowerWords() {
	if d.lowerWords != nil {
		return
	}
	d.lowerWords = map[string]bool{}
	for _, t := range d.Tokens {
		if t.Word && !t.Cap && !d.inAddress(t) {
			d.lowerWords[t.Text] = true
		}
	}
}

// inAddress reports a token inside an e-mail or web address ("ada" of
// "ada@harbour.example", "harbour" of "www.harbour.example"): addresses
// write names in lower case.
func (d *Doc) inAddress(t Token) bool {
	if t.Start > 0 {
		switch d.Text[t.Start-1] {
		case '@', '.', '/':
			return true
		}
	}
	if t.End < len(d.Text) {
		switch d.Text[t.End] {
		case '@', '/':
			return true
		case '.':
			return t.End+1 < len(d.Text) && d.Text[t.End+1] != ' ' && d.Text[t.End+1] != '\n'
		}
	}
	return false
}

// commonWordsRun is rule commonWordsRun: an untitled run of capitalised
// words each of which the same text also writes in lower case is a
// heading, a product's feature or a phrase capitalised by its place
// ("Hull Pressure" over a table of hull pressure figures), not a
// name: surnames are seldom common words of the same article, and a first
// name of the lists ("Ross Price" beside prices) keeps the run a person.
// English only (German capitalises its nouns). A run right before a
// colon is left alone: it may be a transcript's or a headline's speaker
// label ("Ada Lowe: We will rebuild"), which the quotes package judges
// (with the rule there too, PolNeAR dev lost a headline quotation).
func (d *Doc) commonWordsRun(i, j int) bool {
	if j-i < 2 || LowerLookup(firstNameGender, Bare(d.Tokens[i].Text)) != 0 {
		return false
	}
	if j < len(d.Tokens) && d.Tokens[j].Text == ":" {
		return false
	}
	d.buildLowerWords()
	if d.leadWord(i) {
		return true
	}
	if d.lx != nil {
		return false
	}
	for k := i; k < j; k++ {
		if !LowerLookup(d.lowerWords, Bare(d.Tokens[k].Text)) {
			return false
		}
	}
	return true
}
