package htmlmeta

import (
	"regexp"
	"strings"
)

// loginDeclared is rule authorLoginDeclared: a CMS often declares as the
// author (JSON-LD, the author meta) the account that uploaded the post, a
// login ("lena.marsh", "anna-k", "PetraK"), while the byline a
// reader sees names the writer ("by Dana Tarrant"). When the login spells
// a shown name, rules authorHandleName and authorLoginName (fullerName)
// take it; a login spelling no shown name is another person's account,
// an editor's or an agency's, and the byline's person wrote the post,
// unless the page shows the login itself as a credit (a forum's poster)
// or the person is credited in an image's licence line (imageCredit). It
// returns the first visible source's people when every declared name is a
// login and that source names only people, else nil. lede bench extract:
// two WCXB pages of half a gain their byline's writer, nothing else moves
// (counted as doc.go says, by hand when the rule came in, a33318d3).
func (c *collector) loginDeclared(declared []string, visible [][]string, namesOf func([]string, *[]string) []string) []string {
	for _, n := range declared {
		if !loginCredit(n) || shownCredit(n, visible) {
			return nil
		}
	}
	return visiblePeople(visible, namesOf, c.imageCredit)
}

// shownCredit reports whether a login is itself shown as a credit on the
// page: a forum shows its posters' logins ("jdoe42" above the post), and
// a login the page shows is the credit the site chose.
func shownCredit(login string, visible [][]string) bool {
	login = strings.ToLower(login)
	for _, src := range visible {
		for _, raw := range src {
			if strings.Contains(strings.ToLower(raw), login) {
				return true
			}
		}
	}
	return false
}

// imageCredit reports whether a name is credited in an image's caption or
// credit line after the headline (afterH1Image): a photographer's credit
// set in an element whose class names an author ("<span
// class=byline-name>" in a photo's licence note) names no writer.
func (c *collector) imageCredit(name string) bool {
	for i, t := range c.afterH1 {
		if c.afterH1Image[i] && strings.Contains(t, name) {
			return true
		}
	}
	return false
}

// loginCredit reports whether a credit is an account's login rather than
// a name as a person writes it: an account handle (handleShape) or a given
// name with an initial glued on (initialLogin). A word of small letters
// alone (loginShape) stays with rule authorLoginName: it may be a desk's
// account ("webdesk"), or a place a template put in the author field.
func loginCredit(n string) bool {
	return handleShape.MatchString(n) || initialLogin.MatchString(n)
}

// initialLogin is a login made of a given name and the surname's initial
// glued on ("PetraK", "TomG"), as some CMS build their user names.
var initialLogin = regexp.MustCompile(`^\p{Lu}\p{Ll}{2,}\p{Lu}$`)
