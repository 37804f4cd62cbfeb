package htmlextract

import (
	"strings"
	"unicode"
)

// honorifics may stand before an author's name in a bio ("Dr. Jane Roe is
// a veterinarian ..."), with the space after them.
var honorifics = []string{"Dr. ", "Dr ", "Prof. ", "Prof "}

// maxCredential bounds a credential after a name: "MD", "DVM", "PhD",
// "M.D.", "MPH".
const maxCredential = 6

// cutHonorific returns t without one of honorifics at its start.
func cutHonorific(t string) string {
	for _, h := range honorifics {
		if rest, ok := strings.CutPrefix(t, h); ok {
			return rest
		}
	}
	return t
}

// cutCredentials returns s, the text after a name, without the
// credentials that follow the name (", MD", ", DVM, PhD"), and a comma
// after them (", MD, is ...").
func cutCredentials(s string) string {
	for {
		rest, ok := strings.CutPrefix(s, ", ")
		if !ok {
			return s
		}
		end := credentialEnd(rest)
		if end < 0 {
			return s
		}
		s = rest[end:]
		if strings.HasPrefix(s, ",") && !strings.HasPrefix(s, ", ") {
			return s
		}
		if strings.HasPrefix(s, ", ") && credentialEnd(s[2:]) < 0 {
			return s[1:]
		}
	}
}

// credentialEnd returns the length of the word that opens s (up to a
// space, a comma or a footnote mark) when that word is a credential, or
// -1.
func credentialEnd(s string) int {
	end := strings.IndexAny(s, " ,*")
	if end < 0 {
		end = len(s)
	}
	if !credential(s[:end]) {
		return -1
	}
	return end
}

// credential reports whether w is a degree's or licence's letters: two to
// maxCredential characters, capitals with perhaps lower-case letters and
// full stops among them, opening with a capital ("MD", "PhD", "M.D.").
func credential(w string) bool {
	if len(w) < 2 || len(w) > maxCredential || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	caps := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= 'a' && r <= 'z', r == '.':
		default:
			return false
		}
	}
	return caps >= 2
}

// credentialName reports whether t is the line of the author name (and
// nothing else): the name alone, or with credentials and a footnote mark
// after it ("Jane Roe, DVM", "Jane Roe, MD*"), as rule "author-bio" reads
// the name line over a bio.
func credentialName(t, name string) bool {
	t = strings.TrimSpace(t)
	if foldEq(t, name) {
		return true
	}
	rest, ok := strings.CutPrefix(t, name)
	if !ok || rest == "" {
		return false
	}
	return strings.TrimRight(cutCredentials(rest), "*") == ""
}
