package claims

import "strings"

// Rule germanNominative: a German source stands in the case its preposition
// governs ("laut Statistischem Landesamt", "nach Angaben des Deutschen
// Wetterdienstes", "wie das Statistische Landesamt mitteilte"), but a
// source is a name, and a name is written in the nominative without its
// article ("Statistisches Landesamt", "Deutscher Wetterdienst"): the same
// office was three sources across three sentences. The head noun's gender
// comes from its ending (germanHeads); the adjectives before it take the
// nominative's strong ending, a masculine or neuter head loses its
// genitive "-es"/"-s". A phrase whose head is unknown is left as written.

// germanGender is the grammatical gender of a head noun.
type germanGender byte

const (
	germanMasculine germanGender = 'm'
	germanNeuter    germanGender = 'n'
	germanFeminine  germanGender = 'f'
)

// germanHeads are the endings of the nouns that head an institution's
// name, with their gender: offices and institutes, services and
// federations, agencies and banks.
var germanHeads = []struct {
	suffix string
	gender germanGender
}{
	{"amt", germanNeuter}, {"institut", germanNeuter}, {"ministerium", germanNeuter},
	{"gericht", germanNeuter}, {"zentrum", germanNeuter}, {"büro", germanNeuter},
	{"komitee", germanNeuter}, {"präsidium", germanNeuter},
	{"dienst", germanMasculine}, {"bund", germanMasculine}, {"verband", germanMasculine},
	{"ausschuss", germanMasculine}, {"verein", germanMasculine}, {"senat", germanMasculine},
	{"gerichtshof", germanMasculine}, {"rechnungshof", germanMasculine},
	{"agentur", germanFeminine}, {"bank", germanFeminine}, {"bahn", germanFeminine},
	{"kammer", germanFeminine}, {"gesellschaft", germanFeminine}, {"stiftung", germanFeminine},
	{"behörde", germanFeminine}, {"anstalt", germanFeminine}, {"vereinigung", germanFeminine},
	{"kommission", germanFeminine}, {"hochschule", germanFeminine}, {"universität", germanFeminine},
	{"akademie", germanFeminine}, {"regierung", germanFeminine}, {"polizei", germanFeminine},
}

// germanAdjectiveEndings are the case endings of an adjective, longest
// first.
var germanAdjectiveEndings = []string{"em", "en", "er", "es", "e"}

// germanAdjectiveStems are the endings of the adjective stems the rule
// inflects ("statistisch", "deutsch", "öffentlich", "national", "oberst"):
// a place's adjective ends in "-er" in every case ("Hamburger Polizei"), so
// a stem of any other ending is not touched.
var germanAdjectiveStems = []string{"sch", "lich", "al", "ell", "iv", "är", "st"}

// germanNominative is the source phrase s in the nominative (rule
// germanNominative), or s when its head is not known.
func germanNominative(s string) string {
	words := strings.Fields(s)
	for h, w := range words {
		if !upperStart(w) {
			return s
		}
		head, g, ok := germanHead(w)
		if !ok {
			if _, ok := germanAdjectiveStem(w); !ok {
				return s
			}
			continue
		}
		if h == 0 && head == w {
			return s // nothing to change
		}
		out := make([]string, 0, len(words))
		for _, a := range words[:h] {
			stem, _ := germanAdjectiveStem(a)
			out = append(out, stem+germanStrongEnding[g])
		}
		out = append(out, head)
		return strings.Join(append(out, words[h+1:]...), " ")
	}
	return s
}

// germanStrongEnding is an adjective's nominative ending before a noun of
// each gender with no article.
var germanStrongEnding = map[germanGender]string{germanMasculine: "er", germanNeuter: "es", germanFeminine: "e"}

// germanHead reports whether w is a known head noun, and gives it in the
// nominative with its gender ("Wetterdienstes" -> "Wetterdienst").
func germanHead(w string) (string, germanGender, bool) {
	lw := strings.ToLower(w)
	for _, hd := range germanHeads {
		if strings.HasSuffix(lw, hd.suffix) {
			return w, hd.gender, true
		}
		if hd.gender == germanFeminine {
			continue
		}
		for _, gen := range []string{"es", "s"} {
			if strings.HasSuffix(lw, hd.suffix+gen) {
				return w[:len(w)-len(gen)], hd.gender, true
			}
		}
	}
	return "", 0, false
}

// germanAdjectiveStem is the stem of w when w is an inflected adjective of
// a known stem ending ("Statistischem" -> "Statistisch").
func germanAdjectiveStem(w string) (string, bool) {
	for _, end := range germanAdjectiveEndings {
		stem, ok := strings.CutSuffix(w, end)
		if !ok {
			continue
		}
		for _, se := range germanAdjectiveStems {
			if strings.HasSuffix(stem, se) {
				return stem, true
			}
		}
		return "", false
	}
	return "", false
}
