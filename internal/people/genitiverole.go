package people

import "strings"

// IsGenitiveRole reports whether word (any case) is a role noun of d's
// language in the singular genitive, in the languages of rule
// textNominative ("predsjednika", "ministrice" of predsjednik,
// ministrica): the role lists hold the nominatives only. The genitive
// only: another case's ending is often a plural's too ("liječnici",
// doctors, is also the dative of liječnica). Rule
// accordingRoleApposition of package quotes reads it.
func (d *Doc) IsGenitiveRole(word string) bool {
	if d.lx == nil || textNominativeLangs[d.lx.code] == nil {
		return false
	}
	w := strings.ToLower(word)
	for _, e := range textNominativeLangs[d.lx.code].genitive {
		if stem, ok := strings.CutSuffix(w, e.ending); ok && stem != "" && d.lx.roles[stem+e.base] {
			return true
		}
	}
	return false
}
