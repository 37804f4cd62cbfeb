package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// germanStrongName is rule germanStrongAdjective: a German name is given
// as written without an article, its opening adjectives in the strong
// form of the head noun's gender ("Orvanisches Parlament", "Velmarischer
// Rundfunk", "Orvanische Union"). The rules read such names after "der",
// "die" or "das" ("das Orvanische Landesamt") or turn a declined name
// back to that weak form (rule germanNominative), so a neuter or
// masculine head was named with a weak adjective ("Orvanische Landesamt"):
// the adjectives take -s (neuter) or -r (masculine), and a head in the
// genitive ("Orvanische Instituts für ...") loses its -s. Feminine and
// unknown heads keep the name as it is. lede extract --format json,
// articleOpensName -> this, by md5 half of the file name: 2,065 texts of
// the extract benchmarks 23 organisations renamed (13/10), all right, and
// a claim's source with one; 966 quotes-benchmark texts unchanged; bench
// extract and quotes byte-identical.
func germanStrongName(name string) string {
	words := strings.Fields(name)
	h := 0
	for h < len(words) && germanWeakAdjective(words[h]) {
		h++
	}
	if h == 0 || h == len(words) {
		return name
	}
	gender, stem := germanHeadGender(words[h])
	if gender == 0 {
		return name
	}
	for k := 0; k < h; k++ {
		words[k] += string(gender)
	}
	words[h] = stem
	return strings.Join(words, " ")
}

// germanWeakAdjectiveEndings end a capitalised German adjective in the
// weak form of a name ("Orvanische", "Städtische", "Ländliche",
// "Nationale", "Evangelische"); germanWeakAdjectives are the common
// short ones.
var germanWeakAdjectiveEndings = []string{"ische", "sche", "liche", "ale", "äre", "elle", "ige"}

var germanWeakAdjectives = setOf(`Neue Freie Große Erste Zweite Weiße Rote Hohe`)

// germanWeakAdjective reports a capitalised German adjective in its weak
// -e form.
func germanWeakAdjective(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ContainsRune(w, '-') {
		return false
	}
	if germanWeakAdjectives[w] {
		return true
	}
	for _, e := range germanWeakAdjectiveEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+1 {
			return true
		}
	}
	return false
}

// germanNeuterHeads and germanMasculineHeads end the head nouns of
// names of a known gender, alone or as a compound's last part ("Amt",
// "Bundesamt"; "Rundfunk"; "Gerichtshof"). A feminine head ("Union",
// "Kommission", "Bank") is left alone: its strong form is its weak one.
var (
	germanNeuterHeads    = []string{"amt", "institut", "parlament", "werk", "ministerium", "gericht", "zentrum", "büro", "museum", "theater", "orchester", "forum", "bündnis", "komitee", "kuratorium", "sekretariat", "krankenhaus", "klinikum", "kabinett", "kreuz", "kommando", "archiv"}
	germanMasculineHeads = []string{"rundfunk", "verband", "bund", "rat", "dienst", "verein", "senat", "gerichtshof", "ausschuss", "fonds", "tag", "kreis", "konzern"}
)

// germanHeadGender returns 's' for a neuter head noun and 'r' for a
// masculine one (the strong adjective's last letter), or 0, with the
// head as the nominative writes it: a genitive -s or -es is cut
// ("Instituts", "Rundfunks").
func germanHeadGender(w string) (byte, string) {
	lw := strings.ToLower(w)
	for _, heads := range []struct {
		g    byte
		list []string
	}{{'s', germanNeuterHeads}, {'r', germanMasculineHeads}} {
		for _, h := range heads.list {
			for _, gen := range []string{"", "s", "es"} {
				if strings.HasSuffix(lw, h+gen) && (gen == "" || !strings.HasSuffix(lw, h)) {
					return heads.g, w[:len(w)-len(gen)]
				}
			}
		}
	}
	return 0, w
}
