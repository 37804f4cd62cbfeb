package people

import "strings"

// germanProfessions: rule germanProfessions. A German story introduces
// its experts and witnesses by profession as often as by office
// ("Jonas Pfeiffer, Physiker am Institut", "Ärztin Lena Kowalski"), and
// the German table named offices and a few sciences alone, so such a
// person had no role. These are the professions news writes before or
// after a name, both genders; "arzt", "ärztin", "gründer" and
// "gründerin" also end compounds ("Chefärztin", "Hausarzt"), listed in
// the German table's roleSuffixes (lang.go).
// lede extract --format json (/tmp/hD/w/run.sh), 27d1d77 -> a317ade, with
// rule germanProfessionRun, by md5 half of the file name: 966 quotes
// texts unchanged; 2,045 go-trafilatura extract texts 17 changed (10/7):
// half 0 7 right (a role gained, or a person named by profession and
// name kept), 3 wrong (a list of roles after a name, a name run into
// the noun before it); half 1 7 right, none wrong. Without rule
// germanProfessionRun 5 more: 4 wrong (plurals and nouns after a
// profession read as people), 1 right (a one-word stage name). Bench
// quotes byte-identical.
var germanProfessions = words(`arzt ärztin mediziner medizinerin physiker physikerin chemiker chemikerin
	wissenschaftler wissenschaftlerin ingenieur ingenieurin lehrer lehrerin unternehmer unternehmerin
	journalist journalistin historiker historikerin jurist juristin analyst analystin autor autorin
	schriftsteller schriftstellerin schauspieler schauspielerin sänger sängerin musiker musikerin
	künstler künstlerin architekt architektin gründer gründerin inhaber inhaberin botschafter botschafterin
	pfarrerin bischöfin kapitän kapitänin ökonom psychologin psychologe`)

func init() {
	de := langTables["de"]
	for w := range germanProfessions {
		de.roles[w] = true
	}
}

// germanProfession reports a word of germanProfessions or a compound
// ending in one ("US-Musiker", "Allgemeinmediziner", "Seniorautorin").
func germanProfession(w string) bool {
	if h := strings.LastIndexByte(w, '-'); h >= 0 {
		w = w[h+1:]
	}
	for p := range germanProfessions {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// professionNoName is rule germanProfessionRun: a German profession in
// "-er" reads the same in the plural ("Physiker", "Wissenschaftler"),
// and any profession may stand before a noun that is no name ("die
// Physiker Erkenntnisse gewinnen", "Schauspielerin Dreifache Mutter" in a
// headline). After one, a run is a name only if it opens with a known
// given name, or has two words or more and its first is no plural or
// adjective form in -e or -en. "Musiker Tilo Velm" and "Ärztin Lena
// Kowalski" stay.
func (d *Doc) professionNoName(r nameRun) bool {
	if d.lx == nil || d.lx.code != "de" || !r.titled || r.tokStart == 0 || r.tokStart >= r.tokEnd {
		return false
	}
	if !germanProfession(d.lowerBare(d.Tokens[r.tokStart-1])) {
		return false
	}
	first := d.lowerBare(d.Tokens[r.tokStart])
	if d.givenName(first) {
		return false
	}
	return r.tokEnd-r.tokStart < 2 || strings.HasSuffix(first, "e") || strings.HasSuffix(first, "en")
}
