package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/entities"
)

// leadWordRepeat is rule leadWordRepeat: the first word of a candidate
// name written again alone ("Marmalade" after "Marmalade Jars") is no
// repeat that attests a person, when a word of the name is one the text
// also writes in lower case ("jars"). Shop pages, menus, course lists
// and product reviews name things in capitalised pairs, a brand or an
// adjective before a common noun ("Velmo Charger", "Swift Folding"), and
// come back to the brand or the adjective alone; news names a person
// again by the surname. A name of a real person keeps its first-word
// repeat: its words are rarely also common nouns of the text ("Tova
// Renquist ... Tova"), and the rule leaves alone a listed given name,
// an East Asian family name written first (eastAsianFamilyNames, or a
// hyphenated given name after it), a name a he or she went to, and the
// languages that write the family name first. A name before a colon in
// a headline (headlineLabelSpan) still attests: the quote rules read it
// as the headline's speaker. lede extract --format json, a2ca48df ->
// this, by md5 half of the file name: over the 2,065 texts of ana-m 584
// candidate people removed (289 and 295), all products, menus, course and
// section headings, places and adjectives but a citation's author (b);
// over the 966 texts of ana-q 11 (5 and 6), all places, companies and
// phrases, and a quote moved from a phrase to its right speaker. Some
// dropped words became places after "in" (about 9 and 5, a programming
// language, a web site: entities' rule commonWordPlace now drops them),
// against a few right places and acronyms. Quotes benchmarks
// byte-identical but that speaker's name (same span, same scores).
func (d *Doc) leadWordRepeat(r ref) bool {
	if r.Kind != MentionPartial || d.lx != nil && familyFirstLangs[d.lx.code] {
		return false
	}
	p := d.People[r.person]
	w := strings.ToLower(Bare(r.Text))
	if p.first == "" || w != p.first || w == p.last || IsFirstName(w) || shortGivenNames[w] != 0 || eastAsianFamilyNames[w] || p.votesM+p.votesF > 0 {
		return false
	}
	f := strings.Fields(p.Name)
	if len(f) >= 2 && strings.Contains(f[1], "-") {
		return false // "Velm Ji-ho": a Korean given name after the family name
	}
	// A founder's name and a trade ("Velby Electric") is left to
	// entities' rule givenNameTrade, which reads it off the candidate
	// as a company: with it, ana-m's 3 companies the rule lost at
	// first (1 and 2) are back, nothing else changed.
	if len(f) == 2 && entities.TradeNoun(f[1]) {
		return false
	}
	d.buildLowerWords()
	for _, x := range f {
		// Only the name's capitalised words: a particle ("de") is lower
		// case in the name itself.
		if c, _ := utf8.DecodeRuneInString(x); unicode.IsUpper(c) && LowerLookup(d.lowerWords, Bare(x)) {
			return true
		}
	}
	return false
}

// eastAsianFamilyNames are common Chinese (pinyin), Korean and
// Vietnamese family names, lower case: those languages write the family
// name first, and English news calls the person by it alone ("Wen
// Haoran ... Wen said"), so the first word alone repeating is the
// surname, not a lead word (rule leadWordRepeat). Written by hand from
// general knowledge of each language's frequent family names.
var eastAsianFamilyNames = set(
	// Chinese.
	"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
	"guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao",
	"peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei",
	"su", "lu", "ding", "ren", "shen", "yao", "jin", "fu", "fan", "fang", "bai", "cui", "kang", "mao", "qiu",
	"qin", "xi", "meng", "wen", "hou", "shi", "bo", "lai", "tan", "zhong", "xiong", "qian", "yan", "kong",
	// Korean.
	"kim", "lee", "park", "choi", "jung", "chung", "cho", "yoon", "jang", "lim", "shin", "seo", "kwon",
	"hwang", "ahn", "yoo", "hong", "jeon", "ko", "moon", "son", "bae", "baek", "nam", "roh", "ban",
	// Vietnamese.
	"nguyen", "tran", "le", "pham", "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong", "ly",
)

// headlineLabelSpan is how far into a text, in bytes, a name before a
// colon is read as a headline's speaker label ("Velm on Harbour Fees:
// 'We Will Pay'"), which rule leadWordRepeat leaves to the quote rules:
// a headline is the text's first line, rarely longer than this.
const headlineLabelSpan = 100

// commonLeadRepeat is rule commonLeadRepeat, rule leadWordRepeat's
// mirror: the last word of a candidate written again alone ("Trolleys"
// after "Folding Trolleys") attests no person when the candidate's first
// word is one the text also writes in lower case ("folding") and the
// repeated word is a common noun of the text too (commonNoun: "trolley"
// or "trolleys" in lower case): an adjective or a noun before a
// product's or a heading's noun, no given name and surname. A surname
// the text never writes in lower case keeps the repeat, so a person
// with a given name that is a word too stays one ("Hope Varnell ...
// Varnell" beside "hope"); so does a listed given name, and a name a he
// or she went to. English only. lede extract --format json, 1a172915 ->
// this, by md5 half of the file name: over the 2,065 texts of ana-m 78
// candidate people removed (34 and 44), all headings, features and
// products; 3 dropped words became places after "in" (1 and 2) and one
// an acronym, while 4 such places went and 9 acronyms got their full
// names; ana-q and the quotes benchmarks unchanged.
func (d *Doc) commonLeadRepeat(r ref) bool {
	first, w, ok := d.lastWordRepeat(r)
	if !ok {
		return false
	}
	d.buildLowerWords()
	return d.lowerWords[first] && d.commonNoun(w)
}

// lastWordRepeat returns, in lower case, the first word of r's person
// and r's word when r, in an English text, repeats alone the last word of
// a person whose first word is no listed given name and no he or she went
// to: the guard rules commonLeadRepeat and commonTailRepeat share.
func (d *Doc) lastWordRepeat(r ref) (first, w string, ok bool) {
	if r.Kind != MentionPartial || d.lx != nil {
		return "", "", false
	}
	p := d.People[r.person]
	w = strings.ToLower(Bare(r.Text))
	if p.first == "" || w != p.last || w == p.first || IsFirstName(p.first) || shortGivenNames[p.first] != 0 || p.votesM+p.votesF > 0 {
		return "", "", false
	}
	return p.first, w, true
}

// commonNoun reports whether w, a lower-case word, is one the text also
// writes in lower case, itself or, for a plural, its singular ("tools"
// beside "tool", "fees" beside "fee"): a noun, no surname ("Hicks" has
// no "hick" beside it).
func (d *Doc) commonNoun(w string) bool {
	if d.lowerWords[w] {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && len(stem) > 2 {
		if d.lowerWords[stem] {
			return true
		}
		if stem, ok := strings.CutSuffix(stem, "e"); ok && len(stem) > 2 && d.lowerWords[stem] {
			return true
		}
	}
	return false
}

// commonTailRepeat is rule commonTailRepeat, rule commonLeadRepeat for a
// candidate whose first word the text never writes in lower case (a
// brand, a place, an adjective of a heading): its last word written
// again alone ("Analytics" after "Harbour Analytics", "Tutoring" after
// "Velmar Tutoring") attests no person when it has the ending of a
// gerund or of an abstract or trade noun (commonTailEndings) and the
// text writes it in lower case too ("analytics", "tutoring"): a firm's,
// a product's or a heading's noun, no surname. Words in -ers are left
// out: many surnames are plural words too, and so is a
// listed given name and a name a he or she went to. English only.
// lede extract --format json, d6fc1ec1 -> this, by md5 half of the file
// name: over the 2,065 texts of ana-m 53 texts' people changed (24 and
// 29), all right (about 70 firms, services, products and headings no
// longer people); 2 organisations changed (an acronym found in full,
// right; a city's acronym no longer an organisation), 1 place gained
// (a software brand, wrong); over the 966 of ana-q 1 heading removed
// (half a); quotes benchmarks byte-identical.
func (d *Doc) commonTailRepeat(r ref) bool {
	_, w, ok := d.lastWordRepeat(r)
	if !ok || !hasCommonTail(w) {
		return false
	}
	d.buildLowerWords()
	return d.lowerWords[w]
}

// commonTailEndings end gerunds ("tutoring") and abstract or trade nouns
// ("analytics", "solutions", "payments", "dentists") that rule
// commonTailRepeat reads as no surname.
var commonTailEndings = []string{"ing", "ions", "ments", "ics", "ists"}

// commonTailMinLen is the shortest word rule commonTailRepeat reads: a
// short word in -ing is a surname as often as a gerund ("King", "Ling").
const commonTailMinLen = 6

func hasCommonTail(w string) bool {
	return hasEnding(w, commonTailMinLen, commonTailEndings)
}
