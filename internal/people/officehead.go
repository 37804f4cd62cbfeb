package people

import "strings"

// Rule officeHead: Croatian, Serbian, Bosnian and Slovene name a public
// office by its noun, in the nominative, before the place it governs
// ("Općina Zlatni Dol", the municipality of Zlatni Dol; "Grad Velika
// Gorica", "Občina Zgornja Draga"): the
// capitalised run was read as a person, as the subject of a speech verb
// ("navodi Općina Zlatni Dol") most of all. A run opening with one of
// these nouns is no person, unless a known given name follows it
// ("Općina Ivana Gora" stays a person then). "Vlada" (government) is
// also a man's name, before his surname ("Vlada Velmović"): it is an
// office only before a genitive in -e ("Vlada Republike Hrvatske",
// "Vlada Srbije"), which a surname seldom ends in.
var officeHeads = map[string]map[string]bool{
	"hr": words(`općina opčina opština grad županija ministarstvo sabor skupština ured uprava agencija policija
	општина град жупанија министарство скупштина управа агенција полиција`),
	"sl": words(`občina mesto ministrstvo zbor uprava agencija policija`),
}

// genitiveOfficeHeads are the nouns of officeHeads that are also given
// names: an office only before a word in -e.
var genitiveOfficeHeads = words(`vlada влада`)

func init() {
	// Serbian and Bosnian read Croatian's nouns (Latin and Cyrillic).
	officeHeads["sr"], officeHeads["bs"] = officeHeads["hr"], officeHeads["hr"]
}

// officeHead is rule officeHead for the run toks[i:j].
func (d *Doc) officeHead(i, j int) bool {
	if d.lx == nil || i+1 >= j {
		return false
	}
	heads := officeHeads[d.lx.code]
	if heads == nil {
		// A language without the rule: no run's words lowered.
		return false
	}
	head, next := d.lowerBare(d.Tokens[i]), d.lowerBare(d.Tokens[i+1])
	if genitiveOfficeHeads[head] {
		return strings.HasSuffix(next, "e") || strings.HasSuffix(next, "е")
	}
	return heads[head] && !d.givenName(next)
}
