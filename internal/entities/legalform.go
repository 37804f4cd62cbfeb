package entities

import "strings"

// germanFirmNouns are the German nouns for a company written before its
// name ("die Firma Velmo Logistik AG", "das Tochterunternehmen Velmo
// GmbH"), never the name's first word; compounds ending in one count.
var germanFirmNouns = []string{"firma", "firmen", "konzern", "konzerns", "unternehmen", "unternehmens"}

// firmNounOpens is rule firmNounBeforeName: a German noun for a company
// right before a capitalised name opens no name of rule kindSuffix's
// ("Firma Velmo Logistik AG" was the organisation's name, "Firma"
// included): the name starts after it.
func (f *finder) firmNounOpens(toks []token, i int) bool {
	if f.lang != germanRules || i+1 >= len(toks) || !next(toks, i+1) || !toks[i+1].cap {
		return false
	}
	w := strings.ToLower(toks[i].text)
	for _, n := range germanFirmNouns {
		if strings.HasSuffix(w, n) {
			return true
		}
	}
	// Rule industryNounBeforeName: a company's trade written before its
	// name ("der Maschinenbauer Velmtec AG", "der Versicherer Orvia SE")
	// was the name's first word. Only compounds of "bauer", a surname
	// alone ("Bauer AG").
	for _, n := range germanIndustryNouns {
		if strings.HasSuffix(w, n) && (n != "bauer" || len(w) > len(n)) {
			return true
		}
	}
	return false
}

// germanIndustryNouns are the German nouns of a company's trade (rule
// industryNounBeforeName); compounds ending in one count
// ("Autozulieferer", "Energieversorger").
var germanIndustryNouns = []string{"hersteller", "herstellers", "bauer", "versicherer", "zulieferer", "anbieter", "händler", "betreiber", "versorger", "discounter", "logistiker"}

// legalFormEnds is rule legalFormCloses: a company's legal form ("AG",
// "GmbH", "SE", "Ltd") is the last word of its name, so the run of
// capitalised words of rule kindSuffix ends after it: a list of firms
// without commas ("Velmo Wind AG Norda SE") is two names, not one.
//
// The three rules with germanLegalForm (i18n.go), lede extract --format
// json (/tmp/hD/w/run.sh), d2b34e2 -> this, by md5 half of the file
// name: 966 quotes texts unchanged; 2,045 go-trafilatura extract texts
// 17 changed (9/8): half 0 6 right (a firm's name found or completed), 3
// wrong or mixed (a noun before the name kept, one name split in two, a
// directory page's run-on names still partly run on); half 1 6 right, 2
// junk before and after, none wrong. Without legalFormCloses the
// directory page read most of its firms as run-on pairs; without the
// compound-end guard in i18n.go's init "AG" and "SE" ended German nouns
// ("Prise", "Interesse") and 100 texts gained junk organisations.
// bench quotes ggt-dev, polnear-dev, polnear-train byte-identical.
func (f *finder) legalFormEnds(toks []token, j int) bool {
	if !legalForms[toks[j-1].text] {
		return false
	}
	_, ok := f.suffixKind(toks[j-1].text)
	return ok
}
