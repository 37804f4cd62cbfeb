package analysis

import (
	"strings"
	"unicode"

	"github.com/lede-news/lede/internal/model"
)

// addHandles gives people the social handles of the embeds that are theirs:
// a post whose author's display name is the person's name ("Jeremy Corbyn"
// posting as @jeremycorbyn), and an @mention that spells the person's name
// ("@Jeremy_hunt" for Jeremy Hunt). Embeds contribute nothing else.
func addHandles(ps []model.Person, embeds []model.Embed) {
	for i := range ps {
		p := &ps[i]
		nameWords := words(p.Name)
		if len(nameWords) < 2 {
			// A single name ("Corbyn") is too weak to claim an account.
			continue
		}
		for _, e := range embeds {
			if e.Handle != "" && e.Author != "" && authorIs(e.Author, nameWords) {
				p.Handles = appendUnique(p.Handles, e.Handle)
			}
			for _, m := range e.Mentions {
				if handleSpells(m, nameWords) {
					p.Handles = appendUnique(p.Handles, m)
				}
			}
		}
	}
}

// words are the lower-case letter-and-digit words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// authorSuffixes follow a name in a display name without changing whose
// account it is ("Jeremy Corbyn MP", "Jane Doe, PhD").
var authorSuffixes = map[string]bool{"mp": true, "mep": true, "msp": true, "mla": true, "phd": true, "md": true, "official": true, "jr": true, "sr": true, "qc": true, "kc": true}

// authorIs reports whether a display name is the person's name, apart from
// trailing titles.
func authorIs(author string, name []string) bool {
	aw := words(author)
	for len(aw) > len(name) && authorSuffixes[aw[len(aw)-1]] {
		aw = aw[:len(aw)-1]
	}
	if len(aw) != len(name) {
		return false
	}
	for i := range aw {
		if aw[i] != name[i] {
			return false
		}
	}
	return true
}

// handleSpells reports whether a handle spells the person's first and last
// names ("Jeremy_hunt", "jeremyhunt", "HuntJeremy"), its separators,
// digits and an "MP" ending ignored.
func handleSpells(handle string, name []string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(handle) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	h := strings.TrimSuffix(b.String(), "mp")
	first, last := name[0], name[len(name)-1]
	return h == first+last || h == last+first || h == strings.Join(name, "")
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if strings.EqualFold(y, x) {
			return xs
		}
	}
	return append(xs, x)
}
