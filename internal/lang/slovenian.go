package lang

import (
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// slovenianCroatian is rule slovenian-croatian: Slovenian and Croatian
// share most of their vocabulary, and the detector reads a Slovenian
// report of a few sentences as Croatian ("Mestni svet je v torek sklenil,
// da bo zgradil novo šolo ...") or is unsure between the two. Their
// function words part them: Slovenian's "ki", "bo", "so", "tudi", "kot",
// "v", "in", "ker" against Croatian's "koji", "će", "su", "također",
// "kao", "u", "i", "jer". When the detector's answer is either (or none,
// leaning to either), the language with more of its own words
// (minWords at least, and more than twice the other's) is the answer;
// one word is enough when it confirms an unsure detector's leaning and the
// other language has none. A text writing more than maxForeignLetters
// letters beyond ASCII other than Slovenian's č, š and ž (Croatian's ć
// and đ; Slovak's á, ý, ä, which the detector may read as Slovenian and
// which shares "v", "z", "pri") is no Slovenian.
func slovenianCroatian(text string, leaning whatlanggo.Lang, code string) string {
	sl, hr := ownWords(text, slovenianCroatianWords, "sl")
	switch {
	case outvotes(sl, hr), code == "" && leaning == whatlanggo.Slv && sl > 0 && hr == 0:
		if lettersBeyond(text, slovenianLetters) > maxForeignLetters {
			return code
		}
		return "sl"
	case outvotes(hr, sl), code == "" && leaning == whatlanggo.Hrv && hr > 0 && sl == 0:
		return "hr"
	}
	return code
}

// slovenianLetters are the letters beyond ASCII Slovenian writes (rule
// slovenian-croatian).
const slovenianLetters = "čšž"

// lettersBeyond counts the letters of text beyond ASCII that are not in
// own (lower case).
func lettersBeyond(text, own string) int {
	n := 0
	for _, r := range text {
		if r >= 0xC0 && unicode.IsLetter(r) && !strings.ContainsRune(own, unicode.ToLower(r)) {
			n++
		}
	}
	return n
}

// slovenianCroatianWords are common function words of Slovenian and of
// Croatian (Serbian and Bosnian write Croatian's) the other does not
// write, each with its language (rule slovenian-croatian); words both
// write ("biti", "smo", "ste", "bila", "zato", "pri", "ni") are left out.
var slovenianCroatianWords = pairWords(map[string]string{
	"sl": "ki bo bodo so tudi kot še v in sem sta bil lahko ker če med z ob vendar oziroma dejal dejala",
	"hr": "i u su će ću koji koja koje kojeg kojem što ili bio kao nije nakon prema također tko gdje kada ako jer rekao rekla godine",
})
