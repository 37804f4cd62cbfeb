package htmlextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// Bounds of rule "author-card"'s lines: a name of two to maxCardNameWords
// words, and a job title of at most maxCardTitle bytes and
// maxCardTitleWords words ("Senior Editor, Science Desk").
const (
	maxCardNameWords  = 5
	maxCardName       = 60
	maxCardTitle      = 80
	maxCardTitleWords = 10
)

// nameParticles are the lower-case words inside a person's name ("Anna
// van der Berg", "Luís da Silva").
var nameParticles = map[string]bool{"van": true, "der": true, "den": true, "de": true, "da": true, "do": true, "dos": true,
	"von": true, "la": true, "le": true, "du": true, "di": true, "del": true, "bin": true, "al": true}

// dropAuthorCards is rule "author-card": the text's last blocks that are
// a person's name, a short line under it (the job title) and a paragraph
// that names the person again ("Ilse Brandt" / "Night Desk Editor" /
// "Ilse is a night editor who ..." or "..., Ilse Brandt has ...") are the
// card a theme prints under the article, whether or not the page's
// metadata names its author (rule "author-bio" needs it); several cards
// in a row (one per author) go together. The bio speaks of a person
// (speaksOfPerson): a closing verdict on a product ("Harbour Kettle Pro" /
// "Best overall" / "The Harbour Kettle Pro is ...") has the same shape. A
// bio under an editorial heading
// ("How this piece was reported", then "Ilse Brandt is ...") is the article's
// own statement and has no name and title lines over it.
func (x *extractor) dropAuthorCards() {
	a := x.a
	for len(a.Body) >= 3 {
		i := len(a.Body) - 1
		bio, title, name := a.Body[i], a.Body[i-1], a.Body[i-2]
		if bio.Kind != model.KindParagraph || len(bio.Text) > authorBioMax || !cardTitle(title.Text) ||
			name.Kind == model.KindListItem || !cardName(name.Text) || !namesAgain(bio.Text, name.Text) || !speaksOfPerson(bio.Text) {
			return
		}
		for k := i; k >= i-2; k-- {
			x.dropBlock(k, model.RemovedByline, "author-card")
		}
	}
}

// cardName reports whether t reads as a person's name: two to
// maxCardNameWords words, each capitalised or one of nameParticles, no
// digits and no sentence punctuation.
func cardName(t string) bool {
	if len(t) > maxCardName || strings.ContainsAny(t, "0123456789,;:!?()|") {
		return false
	}
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > maxCardNameWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// cardTitle reports whether t is short enough for a job title and no
// sentence.
func cardTitle(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && len(t) <= maxCardTitle && len(strings.Fields(t)) <= maxCardTitleWords && !strings.HasSuffix(t, ".")
}

// namesAgain reports whether bio names the person of the name line: the
// whole name anywhere, or the first name followed by one of bioVerbs.
func namesAgain(bio, name string) bool {
	if strings.Contains(bio, name) {
		return true
	}
	first, _, _ := strings.Cut(name, " ")
	for _, v := range bioVerbs {
		if strings.HasPrefix(bio, first+v) || strings.Contains(bio, " "+first+v) {
			return true
		}
	}
	return false
}

// personWords are the English pronouns of a person, lower-cased.
var personWords = map[string]bool{"he": true, "she": true, "his": true, "her": true, "him": true, "hers": true}

// speaksOfPerson reports whether t holds one of personWords, or a sentence
// opening with "They" (personPronoun).
func speaksOfPerson(t string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if personWords[w] {
			return true
		}
	}
	return personPronoun(t)
}
